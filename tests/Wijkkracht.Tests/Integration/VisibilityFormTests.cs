using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// "Wie mag dit zien?" in the step and plan forms and in the step and plan API (ADR 0005), and read-only views as text
/// (issue 9 §2), on both providers.
/// </summary>
public sealed class VisibilityFormTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private sealed record Scenario(Guid Id, AppUser YouthWorker, AppUser Police);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<AppUser> PartnerUserAsync(TestApp app, TestOrg a, string name) => await app.InScopeAsync(async (sp, _) =>
    {
        var user = new AppUser { OrganisationId = a.Organisation.Id, Email = $"{Guid.NewGuid():N}@gm0001.example", DisplayName = $"{name} {Guid.NewGuid().ToString("N")[..4]}", Role = OrgRole.Partner, EmailConfirmed = true };
        user.UserName = user.Email;
        Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, TestApp.Password)).Succeeded);
        return user;
    }, a.Organisation.Id);

    /// <summary>An approach with every role (coordinator as gemeenteverbinder) plus a youth worker and a police officer as partners.</summary>
    private static async Task<Scenario> ScenarioAsync(TestApp app, TestOrg a)
    {
        var id = await MembersTests.ApproachWithEveryRoleAsync(app, a);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var youth = await PartnerUserAsync(app, a, "Jongerenwerker");
        var police = await PartnerUserAsync(app, a, "Wijkagent");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/members", new { userId = youth.Id, role = "Partner", partnerType = "Jongerenwerk" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/members", new { userId = police.Id, role = "Partner", partnerType = "Politie" })).StatusCode);
        return new Scenario(id, youth, police);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StepForm_LimitedToYouthWork_PoliceSeesNothingOnPageOrApiAndChangeIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var url = $"/aanpakken/{s.Id}/stappen/wwp-stap-2";
        const string note = "Signaal van het jongerenwerk over ronselen bij de snackbar";

        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var form = await coordinator.GetStringAsync(url);
        Assert.Contains("Wie mag dit zien?", form, StringComparison.Ordinal);
        Assert.Matches("value=\"Partners\" checked=\"checked\"", form); // the step default is pre-selected
        Assert.Contains("Kernteam en partners (standaard)", form, StringComparison.Ordinal);

        var saved = await TestApp.PostFormAsync(coordinator, url, new()
        {
            ["Input.Status"] = "Bezig",
            ["Input.Notes"] = note,
            ["Input.Version"] = "",
            ["Input.Visibility.Level"] = "Partners",
            ["Input.Visibility.PartnerTypes"] = "Jongerenwerk",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        foreach (var (user, sees) in new[] { (s.YouthWorker, true), (s.Police, false), (a.Users[OrgRole.Partner], false), (a.Users[OrgRole.Wijkverbinder], true) })
        {
            var page = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(user)).GetStringAsync(url));
            Assert.True(sees == page.Contains(note, StringComparison.Ordinal), $"{user.DisplayName} page");
            var step = await JsonAsync(await (await app.ApiClientAsync(user)).GetAsync($"/api/v1/approaches/{s.Id}/steps/wwp-stap-2"));
            Assert.True(sees == (step.GetProperty("notes").GetString() == note), $"{user.DisplayName} api");
            if (sees)
            {
                Assert.Equal("Partners", step.GetProperty("visibility").GetProperty("level").GetString());
                Assert.Equal("Jongerenwerk", step.GetProperty("visibility").GetProperty("partnerTypes")[0].GetString());
            }
        }

        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.ApproachId == s.Id && e.EntityType.Contains("Step")).Select(e => e.Changes ?? "").ToListAsync(), a.Organisation.Id);
        Assert.Contains(audited, c => c.Contains("Jongerenwerk", StringComparison.Ordinal) || c.Contains("VisibleToPartnerTypes", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StepVisibility_EditorWithoutMemberRights_SeesItAsTextAndCannotChangeIt(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var url = $"/aanpakken/{s.Id}/stappen/wwp-stap-3";
        var wijkverbinder = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var form = await wijkverbinder.GetStringAsync(url);
        Assert.Contains("name=\"Input.Notes\"", form, StringComparison.Ordinal); // may edit the step …
        Assert.DoesNotContain("name=\"Input.Visibility.Level\"", form, StringComparison.Ordinal); // … but sees who may read it as text
        Assert.Contains("Wie mag dit zien?", form, StringComparison.Ordinal);

        var response = await TestApp.PostFormAsync(wijkverbinder, url, new()
        {
            ["Input.Status"] = "Bezig",
            ["Input.Notes"] = "Mijn zorgvuldige notitie",
            ["Input.Version"] = "",
            ["Input.Visibility.Level"] = "Kernteam",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(VisibilityChoice.NotAllowed, html, StringComparison.Ordinal);
        Assert.Contains("Mijn zorgvuldige notitie", html, StringComparison.Ordinal);

        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var put = await api.PutAsJsonAsync($"/api/v1/approaches/{s.Id}/steps/wwp-stap-3", new { status = "Bezig", visibility = new { level = "Kernteam" } });
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.True((await JsonAsync(put)).GetProperty("errors").TryGetProperty("Visibility.Level", out _));
        var same = await api.PutAsJsonAsync($"/api/v1/approaches/{s.Id}/steps/wwp-stap-3", new { status = "Bezig", visibility = new { level = "Partners" } });
        Assert.Equal(HttpStatusCode.OK, same.StatusCode); // sending the current level is not a change
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PlanApi_VisibilityKernteam_PartnersGet404OnEveryVersionAndInvalidChoiceIs400(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/api/v1/approaches/{s.Id}/plan/versions";
        var first = await coordinator.PostAsJsonAsync(url, new { centralIssue = "Ronselen", budget = "€ 5.000", baseNumber = 0 });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("Partners", (await JsonAsync(first)).GetProperty("visibility").GetProperty("level").GetString()); // the plan default

        var youth = await app.ApiClientAsync(s.YouthWorker);
        Assert.Equal(HttpStatusCode.OK, (await youth.GetAsync($"/api/v1/approaches/{s.Id}/plan")).StatusCode); // positive control

        var invalid = await coordinator.PostAsJsonAsync(url, new { centralIssue = "Ronselen", baseNumber = 1, visibility = new { level = "Kernteam", partnerTypes = new[] { "Politie" } } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("alleen bij 'Kernteam en partners'", (await JsonAsync(invalid)).GetProperty("errors").GetProperty("Visibility.PartnerTypes")[0].GetString(), StringComparison.Ordinal);
        var unknown = await coordinator.PostAsJsonAsync(url, new { centralIssue = "Ronselen", baseNumber = 1, visibility = new { level = "Iedereen" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var second = await coordinator.PostAsJsonAsync(url, new { centralIssue = "Ronselen, herzien", budget = "€ 7.500", baseNumber = 1, visibility = new { level = "Kernteam" } });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("Kernteam", (await JsonAsync(second)).GetProperty("visibility").GetProperty("level").GetString());

        foreach (var partner in new[] { youth, await app.ApiClientAsync(s.Police) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/approaches/{s.Id}/plan")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"{url}/1")).StatusCode); // the earlier version follows
            Assert.Equal(0, (await JsonAsync(await partner.GetAsync(url))).GetArrayLength());
        }

        var page = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(s.YouthWorker)).GetStringAsync($"/aanpakken/{s.Id}/plan"));
        Assert.DoesNotContain("€ 7.500", page, StringComparison.Ordinal);
        Assert.DoesNotContain("€ 5.000", page, StringComparison.Ordinal);
        var core = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync($"/aanpakken/{s.Id}/plan"));
        Assert.Contains("€ 7.500", core, StringComparison.Ordinal);
        Assert.Contains("Alleen het kernteam", core, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PlanForm_PartnerTypesWithNetworkLevel_ShowsDutchMessageAndKeepsEverything(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var url = $"/aanpakken/{s.Id}/plan/bewerken";
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var form = await coordinator.GetStringAsync(url);
        Assert.Contains("Wie mag dit zien?", form, StringComparison.Ordinal);

        var response = await TestApp.PostFormAsync(coordinator, url, new()
        {
            ["Input.CentralIssue"] = "Mijn zorgvuldige plantekst",
            ["Input.BaseNumber"] = "0",
            ["Input.Visibility.Level"] = "Netwerk",
            ["Input.Visibility.PartnerTypes"] = "Politie",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Soorten partners kiest u alleen bij 'Kernteam en partners'", html, StringComparison.Ordinal);
        Assert.Contains("Mijn zorgvuldige plantekst", html, StringComparison.Ordinal);
        Assert.Matches("value=\"Netwerk\" checked=\"checked\"", html);
        Assert.Matches("value=\"Politie\" checked=\"checked\"", html);
        Assert.Contains("href=\"#Input_Visibility_PartnerTypes\"", html, StringComparison.Ordinal); // the summary links to the field
        Assert.Contains("id=\"Input_Visibility_PartnerTypes\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StepPage_PartnerWhoMayNotEdit_SeesRecordedWorkAsTextWithoutInputs(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        const string note = "Notitie die partners mogen lezen";
        const string answer = "Antwoord van het team op de eerste vraag";
        var put = await coordinator.PutAsJsonAsync($"/api/v1/approaches/{s.Id}/steps/wwp-stap-1", new { status = "Bezig", notes = note, answers = new[] { answer } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var url = $"/aanpakken/{s.Id}/stappen/wwp-stap-1";
        var editor = await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync(url);
        Assert.Contains("<textarea", editor, StringComparison.Ordinal); // positive control: an editor gets the form

        var partner = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(s.Police)).GetStringAsync(url));
        Assert.Contains(note, partner, StringComparison.Ordinal);
        Assert.Contains(answer, partner, StringComparison.Ordinal);
        Assert.Contains("Status van deze stap:", partner, StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", partner, StringComparison.Ordinal);
        Assert.DoesNotContain("<select", partner, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.", partner, StringComparison.Ordinal);
        Assert.Contains("Kernteam en partners", partner, StringComparison.Ordinal); // who may read it, as text
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PlanPage_NetworkMember_CannotOpenItWhateverTheLevel(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var s = await ScenarioAsync(app, a);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/approaches/{s.Id}/plan/versions",
            new { centralIssue = "Voor iedereen", baseNumber = 0, visibility = new { level = "Netwerk" } })).StatusCode);
        // The level "netwerk" is for field-work records; the plan page itself needs ViewPlan, which a network member lacks.
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var plan = await browser.GetAsync($"/aanpakken/{s.Id}/plan");
        Assert.Contains("toegang-geweigerd", plan.Headers.Location?.ToString() ?? ((int)plan.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var youth = await app.ApiClientAsync(s.YouthWorker);
        Assert.Equal("Netwerk", (await JsonAsync(await youth.GetAsync($"/api/v1/approaches/{s.Id}/plan"))).GetProperty("visibility").GetProperty("level").GetString());
    }
}
