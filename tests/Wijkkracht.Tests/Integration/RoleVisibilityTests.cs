using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// The visibility model (ADR 0005) over the API and pages, on both providers: partner types on members, visibility
/// levels on the plan (with budget), step notes and answers, and precondition checks; a record for "partners:
/// jongerenwerk" is not shown to a police partner.
/// </summary>
public sealed class RoleVisibilityTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Budget = "€ 12.345 voor het jongerenwerk";
    private const string StreetNote = "Straatnotitie van het jongerenwerk";
    private const string CheckNote = "Toelichting op de randvoorwaarden van het kernteam";

    private sealed record Scenario(Guid Id, AppUser YouthWorker, AppUser Police, Guid AssessmentId);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<AppUser> PartnerUserAsync(TestApp app, TestOrg a, string name) => await app.InScopeAsync(async (sp, _) =>
    {
        var user = new AppUser { OrganisationId = a.Organisation.Id, Email = $"{Guid.NewGuid():N}@gm0001.example", DisplayName = $"{name} {Guid.NewGuid().ToString("N")[..4]}", Role = OrgRole.Partner, EmailConfirmed = true };
        user.UserName = user.Email;
        var created = await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, TestApp.Password);
        Assert.True(created.Succeeded);
        return user;
    }, a.Organisation.Id);

    /// <summary>An approach with every role plus a youth worker and a police officer as partners, a plan, a step and a check, each restricted.</summary>
    private static async Task<Scenario> ScenarioAsync(TestApp app, TestOrg a)
    {
        var id = await MembersTests.ApproachWithEveryRoleAsync(app, a);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var youth = await PartnerUserAsync(app, a, "Jongerenwerker");
        var police = await PartnerUserAsync(app, a, "Wijkagent");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/members", new { userId = youth.Id, role = "Partner", partnerType = "Jongerenwerk" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/members", new { userId = police.Id, role = "Partner", partnerType = "Politie" })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/plan/versions", new { centralIssue = "Ronselen", budget = Budget, baseNumber = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/approaches/{id}/steps/wwp-stap-2", new { status = "Bezig", answers = new[] { StreetNote } })).StatusCode);
        var assessmentId = await app.InScopeAsync(async (_, db) =>
        {
            var assessment = new PreconditionAssessment { OrganisationId = a.Organisation.Id, ApproachId = id, AssessedOn = new DateOnly(2026, 3, 2), Notes = CheckNote };
            db.Add(assessment);
            await db.SaveChangesAsync();
            return assessment.Id;
        }, a.Organisation.Id);

        foreach (var body in new object[]
        {
            new { recordType = "plan", visibility = "Partners", partnerTypes = new[] { "Jongerenwerk" } },
            new { recordType = "step", recordId = "wwp-stap-2", visibility = "Partners", partnerTypes = new[] { "Jongerenwerk" } },
        })
        {
            var set = await coordinator.PutAsJsonAsync($"/api/v1/approaches/{id}/visibility", body);
            Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        }

        return new Scenario(id, youth, police, assessmentId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RestrictedToYouthWork_PoliceDoesNotSeeIt_YouthWorkerAndCoreTeamDo(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var readers = new (AppUser User, bool SeesYouthWork, bool SeesCheck)[]
        {
            (s.YouthWorker, true, false),
            (s.Police, false, false),
            (a.Users[OrgRole.Partner], false, false), // a partner without a partner type sees only unrestricted partner records
            (a.Users[OrgRole.Wijkverbinder], true, true),
            (a.Users[OrgRole.Coordinator], true, true),
            (a.Users[OrgRole.Beheerder], true, true), // audited oversight
        };
        foreach (var (user, seesYouthWork, seesCheck) in readers)
        {
            var api = await app.ApiClientAsync(user);
            var plan = await api.GetAsync($"/api/v1/approaches/{s.Id}/plan");
            Assert.True((seesYouthWork ? HttpStatusCode.OK : HttpStatusCode.NotFound) == plan.StatusCode, $"{user.DisplayName} plan: {plan.StatusCode}");
            var versions = await JsonAsync(await api.GetAsync($"/api/v1/approaches/{s.Id}/plan/versions"));
            Assert.Equal(seesYouthWork ? 1 : 0, versions.GetArrayLength());
            Assert.Equal(seesYouthWork ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/approaches/{s.Id}/plan/versions/1")).StatusCode);
            var step = await api.GetStringAsync($"/api/v1/approaches/{s.Id}/steps/wwp-stap-2");
            Assert.Equal(seesYouthWork, step.Contains(StreetNote, StringComparison.Ordinal));
            var checks = await api.GetStringAsync($"/api/v1/approaches/{s.Id}/precondition-assessments");
            Assert.Equal(seesCheck, checks.Contains(CheckNote, StringComparison.Ordinal));
            Assert.Equal(seesCheck ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/approaches/{s.Id}/precondition-assessments/{s.AssessmentId}")).StatusCode);

            var browser = await app.SignedInClientAsync(user);
            var planPage = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{s.Id}/plan"));
            Assert.Equal(seesYouthWork, planPage.Contains(Budget, StringComparison.Ordinal));
            var stepPage = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{s.Id}/stappen/wwp-stap-2"));
            Assert.Equal(seesYouthWork, stepPage.Contains(StreetNote, StringComparison.Ordinal));
            var report = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{s.Id}/rapport"));
            Assert.True(seesYouthWork == report.Contains(Budget, StringComparison.Ordinal), $"{user.DisplayName} report budget");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewPlanVersion_KeepsTheRestriction(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/approaches/{s.Id}/plan/versions", new { centralIssue = "Ronselen, versie 2", budget = Budget, baseNumber = 1 })).StatusCode);
        var police = await app.ApiClientAsync(s.Police);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/approaches/{s.Id}/plan")).StatusCode);
        var youth = await app.ApiClientAsync(s.YouthWorker);
        Assert.Equal(2, (await JsonAsync(await youth.GetAsync($"/api/v1/approaches/{s.Id}/plan"))).GetProperty("number").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SetVisibility_AllowOrDenyAsTheTableSays(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var url = $"/api/v1/approaches/{s.Id}/visibility";
        var open = new { recordType = "assessment", recordId = s.AssessmentId.ToString(), visibility = "Partners" };
        var expectations = new (OrgRole Role, string Method, string Url, object? Body, HttpStatusCode Expected)[]
        {
            (OrgRole.Partner, "PUT", url, open, HttpStatusCode.Forbidden),
            (OrgRole.Wijkverbinder, "PUT", url, open, HttpStatusCode.Forbidden), // edits content, does not decide who sees it
            (OrgRole.Beheerder, "PUT", url, open, HttpStatusCode.Forbidden), // reads, changes nothing
            (OrgRole.Netwerklid, "PUT", url, open, HttpStatusCode.Forbidden),
            (OrgRole.Coordinator, "PUT", url, new { recordType = "assessment", recordId = s.AssessmentId.ToString(), visibility = "Kernteam", partnerTypes = new[] { "Politie" } }, HttpStatusCode.BadRequest),
            (OrgRole.Coordinator, "PUT", url, new { recordType = "taart", visibility = "Partners" }, HttpStatusCode.BadRequest),
            (OrgRole.Coordinator, "PUT", url, new { recordType = "assessment", recordId = Guid.NewGuid().ToString(), visibility = "Partners" }, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "PUT", url, open, HttpStatusCode.NoContent),
        };
        var failures = await app.CheckStatusesAsync(a, expectations);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

        // Opened to all partners: now the police partner reads the check too.
        var police = await app.ApiClientAsync(s.Police);
        Assert.Contains(CheckNote, await police.GetStringAsync($"/api/v1/approaches/{s.Id}/precondition-assessments"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListMembers_PartnerTypes_ShownToFullReadersOnly(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var partnerJson = await MembersTests.MembersJsonAsync(app, s.Police, s.Id);
        var youth = JsonDocument.Parse(partnerJson).RootElement.EnumerateArray().Single(m => m.GetProperty("displayName").GetString() == s.YouthWorker.DisplayName);
        Assert.Equal("Jongerenwerk", youth.GetProperty("partnerType").GetString());
        var networkJson = await MembersTests.MembersJsonAsync(app, a.Users[OrgRole.Netwerklid], s.Id);
        Assert.DoesNotContain("partnerType", networkJson, StringComparison.Ordinal);
        Assert.DoesNotContain(s.YouthWorker.DisplayName, networkJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Filter_InMemoryRuleAgreesWithItsCases()
    {
        var youth = new VisibilityAccess(false, true, PartnerType.Jongerenwerk);
        var police = new VisibilityAccess(false, true, PartnerType.Politie);
        var record = new Wijkkracht.Core.Plans.PlanVersion { Visibility = VisibilityLevel.Partners, VisibleToPartnerTypes = PartnerType.Jongerenwerk | PartnerType.Welzijn };
        Assert.True(VisibilityRules.CanSee(record, youth));
        Assert.False(VisibilityRules.CanSee(record, police));
        Assert.False(VisibilityRules.CanSee(record, VisibilityAccess.NetworkOnly));
        Assert.True(VisibilityRules.CanSee(record, VisibilityAccess.Everything));
        record.Visibility = VisibilityLevel.Kernteam;
        Assert.False(VisibilityRules.CanSee(record, youth));
        record.Visibility = VisibilityLevel.Netwerk;
        Assert.True(VisibilityRules.CanSee(record, VisibilityAccess.NetworkOnly));
        Assert.Equal(VisibilityLevel.Kernteam, new PreconditionAssessment().Visibility);
        Assert.Equal(VisibilityLevel.Partners, new Wijkkracht.Core.Steps.StepProgress().Visibility);
        Assert.Equal(VisibilityLevel.Partners, new Wijkkracht.Core.Plans.PlanVersion().Visibility);
    }
}
