using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// Issue 9 §1, §2 (resident start page) and §9 over HTTP on both providers: the approach overview, the status after a
/// decision, the latest-decision warning, derived step status, Mijn taken, the resident's start page and the progress
/// report with a period. Each test makes its own approach in organisation A, so tests do not see each other's data.
/// </summary>
public sealed class OverviewTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static readonly string Today = Wijkkracht.Core.Common.DutchTimeProvider.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>A fresh ESS approach in <paramref name="org"/> with the wijkverbinder, the partner (jongerenwerk) and the netwerklid as members; nothing recorded yet.</summary>
    private static Task<Guid> NewApproachAsync(TestApp app, TestOrg org, ApproachMethod method = ApproachMethod.WeerbareGemeenschappen) => app.InScopeAsync(async (_, db) =>
    {
        var approach = new Approach
        {
            OrganisationId = org.Organisation.Id,
            AreaId = org.Buurt.Id,
            Title = "Overzicht " + Guid.NewGuid().ToString("N")[..6],
            Issue = "Ronselen op het plein.",
            Method = method,
            StartDate = new DateOnly(2026, 1, 1),
            Status = ApproachStatus.Voorbereiding,
        };
        db.Approaches.Add(approach);
        db.ApproachMembers.AddRange(
            new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Wijkverbinder].Id, Role = ApproachRole.Wijkverbinder },
            new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Partner].Id, Role = ApproachRole.Partner, PartnerType = PartnerType.Jongerenwerk },
            new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Netwerklid].Id, Role = ApproachRole.Netwerklid });
        await db.SaveChangesAsync();
        return approach.Id;
    }, org.Organisation.Id);

    private static async Task<string> StepStatusAsync(HttpClient api, Guid id, string stepId) =>
        (await JsonAsync(await api.GetAsync($"/api/v1/approaches/{id}/steps/{stepId}"))).GetProperty("status").GetString()!;

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient api, Guid id, string outcome, string? date = null) =>
        await api.PostAsJsonAsync($"/api/v1/approaches/{id}/decisions", new { outcome, rationale = "Besproken in de stuurgroep", decidedBy = "Stuurgroep", decidedOn = date ?? Today });

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordDecision_NogNietAfterDoor_StatusAndWarningFollowTheLatestDecision(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);

        Assert.Equal(HttpStatusCode.Created, (await DecideAsync(api, id, "Door", "2026-02-01")).StatusCode);
        Assert.Equal("Actief", (await JsonAsync(await api.GetAsync($"/api/v1/approaches/{id}"))).GetProperty("status").GetString());
        Assert.False((await JsonAsync(await api.GetAsync($"/api/v1/approaches/{id}/steps/ess-stap-5"))).GetProperty("decisionMomentNotice").GetBoolean());
        var overview = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{id}"));
        Assert.Contains("Besluit 'door'", overview, StringComparison.Ordinal);

        // A later "nog niet" withdraws the earlier "door": the status goes back and the warning returns.
        Assert.Equal(HttpStatusCode.Created, (await DecideAsync(api, id, "EerstRandvoorwaarden")).StatusCode);
        Assert.Equal("Voorbereiding", (await JsonAsync(await api.GetAsync($"/api/v1/approaches/{id}"))).GetProperty("status").GetString());
        Assert.True((await JsonAsync(await api.GetAsync($"/api/v1/approaches/{id}/steps/ess-stap-5"))).GetProperty("decisionMomentNotice").GetBoolean());
        var steps = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{id}/stappen"));
        Assert.Contains("Nog geen besluit 'door'", steps, StringComparison.Ordinal);
        overview = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{id}"));
        Assert.Contains("In voorbereiding", overview, StringComparison.Ordinal);
        Assert.Contains("stap 5–12 wachten op de randvoorwaarden", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Besluit 'door'", overview, StringComparison.Ordinal);

        // A back-dated "niet passend" (older than the newest decision) does not change the status.
        Assert.Equal(HttpStatusCode.Created, (await DecideAsync(api, id, "NietPassend", "2026-01-20")).StatusCode);
        Assert.Equal("Voorbereiding", (await JsonAsync(await api.GetAsync($"/api/v1/approaches/{id}"))).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await DecideAsync(api, id, "NietPassend")).StatusCode);
        Assert.Equal("Gepauzeerd", (await JsonAsync(await api.GetAsync($"/api/v1/approaches/{id}"))).GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StepStatus_FollowsCheckDecisionAndPlan_UnlessSetByHand(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Equal("NietGestart", await StepStatusAsync(api, id, "ess-stap-4"));
        Assert.Equal("NietGestart", await StepStatusAsync(api, id, "ess-stap-5"));

        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new PreconditionAssessment { OrganisationId = a.Organisation.Id, ApproachId = id, AssessedOn = new DateOnly(2026, 2, 1), Items = [new() { PreconditionId = "rv-01", Score = PreconditionScore.Deels }] });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        Assert.Equal("Bezig", await StepStatusAsync(api, id, "ess-stap-4"));
        // The check is for the core team only: a partner's derived status does not reveal it.
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal("NietGestart", await StepStatusAsync(partner, id, "ess-stap-4"));

        Assert.Equal(HttpStatusCode.Created, (await DecideAsync(api, id, "Door")).StatusCode);
        Assert.Equal("Afgerond", await StepStatusAsync(api, id, "ess-stap-4"));
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/approaches/{id}/plan/versions", new { centralIssue = "Ronselen", baseNumber = 0 })).StatusCode);
        Assert.Equal("Bezig", await StepStatusAsync(api, id, "ess-stap-5"));

        // Set by hand: the team's choice wins over the recorded work.
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/approaches/{id}/steps/ess-stap-4", new { status = "Bezig", notes = "Nog een tweede check nodig" })).StatusCode);
        Assert.Equal("Bezig", await StepStatusAsync(api, id, "ess-stap-4"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overview_OpenActionsAndRecentChanges_ShowOnlyWhatTheReaderMaySee(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var id = await NewApproachAsync(app, a);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var check = await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/precondition-assessments",
            new { assessedOn = "2026-02-01", participants = "Kernteam", items = new[] { new { preconditionId = "rv-01", askIndex = 0, score = "NietOpOrde" } } });
        Assert.Equal(HttpStatusCode.Created, check.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/precondition-actions",
            new { preconditionId = "rv-01", description = "Wethouder informeren over de aanpak", ownerUserId = a.Users[OrgRole.Wijkverbinder].Id, dueDate = "2026-03-01" })).StatusCode);

        var lead = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync($"/aanpakken/{id}"));
        Assert.Contains("Wethouder informeren over de aanpak", lead, StringComparison.Ordinal);
        Assert.Contains(a.Users[OrgRole.Wijkverbinder].DisplayName, lead, StringComparison.Ordinal);
        Assert.Contains("Te laat", lead, StringComparison.Ordinal);
        Assert.Contains("heeft een randvoorwaardencheck vastgelegd", lead, StringComparison.Ordinal);

        // The partner may read actions, but the check is for the core team: its change is not listed.
        var partner = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync($"/aanpakken/{id}"));
        Assert.Contains("Wethouder informeren over de aanpak", partner, StringComparison.Ordinal);
        Assert.DoesNotContain("randvoorwaardencheck vastgelegd", partner, StringComparison.Ordinal);

        // The network member sees neither actions nor who changed what.
        var resident = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid])).GetStringAsync($"/aanpakken/{id}"));
        Assert.DoesNotContain("Wethouder informeren", resident, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Users[OrgRole.Coordinator].DisplayName, resident, StringComparison.Ordinal);

        // Another organisation's approach is not found.
        var other = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/aanpakken/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyTasks_OwnedGoal_IsListedOverdueFirstAndOthersAreNot(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var id = await NewApproachAsync(app, a);
        var mine = "Mijn doel " + Guid.NewGuid().ToString("N")[..6];
        var later = "Later doel " + Guid.NewGuid().ToString("N")[..6];
        var theirs = "Doel van een ander " + Guid.NewGuid().ToString("N")[..6];
        var otherOrg = "Doel in Beekstad " + Guid.NewGuid().ToString("N")[..6];
        var otherId = await NewApproachAsync(app, b);
        await app.InScopeAsync(async (_, db) =>
        {
            db.AddRange(
                new Goal { OrganisationId = a.Organisation.Id, ApproachId = id, Title = later, Level = PpctLevel.Meso, Term = GoalTerm.Kort, OwnerUserId = a.Users[OrgRole.Partner].Id, TargetDate = Wijkkracht.Core.Common.DutchTimeProvider.Today.AddMonths(2) },
                new Goal { OrganisationId = a.Organisation.Id, ApproachId = id, Title = mine, Level = PpctLevel.Meso, Term = GoalTerm.Kort, OwnerUserId = a.Users[OrgRole.Partner].Id, TargetDate = new DateOnly(2026, 2, 1) },
                new Goal { OrganisationId = a.Organisation.Id, ApproachId = id, Title = theirs, Level = PpctLevel.Meso, Term = GoalTerm.Kort, OwnerUserId = a.Users[OrgRole.Wijkverbinder].Id });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new Goal { OrganisationId = b.Organisation.Id, ApproachId = otherId, Title = otherOrg, Level = PpctLevel.Meso, Term = GoalTerm.Kort, OwnerUserId = b.Users[OrgRole.Partner].Id });
            return await db.SaveChangesAsync();
        }, b.Organisation.Id);
        // Someone else changes the approach: it shows under "Wat is er veranderd?".
        var wijkverbinder = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        Assert.Equal(HttpStatusCode.Created, (await wijkverbinder.PostAsJsonAsync($"/api/v1/approaches/{id}/goals", new { title = "Nieuw doel van de wijkverbinder", level = "Exo", term = "Lang" })).StatusCode);

        var home = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync("/"));
        Assert.Contains("Mijn taken", home, StringComparison.Ordinal);
        Assert.Contains(mine, home, StringComparison.Ordinal);
        Assert.Contains(later, home, StringComparison.Ordinal);
        Assert.True(home.IndexOf(mine, StringComparison.Ordinal) < home.IndexOf(later, StringComparison.Ordinal), "the overdue goal comes first");
        Assert.Contains("Te laat", home, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs, home, StringComparison.Ordinal);
        Assert.DoesNotContain(otherOrg, home, StringComparison.Ordinal);
        Assert.Contains("heeft het doel 'Nieuw doel van de wijkverbinder' toegevoegd", home, StringComparison.Ordinal);

        // The other organisation's owner sees their own goal and nothing of organisation A.
        var otherHome = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(b.Users[OrgRole.Partner])).GetStringAsync("/"));
        Assert.Contains(otherOrg, otherHome, StringComparison.Ordinal);
        Assert.DoesNotContain(mine, otherHome, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuw doel van de wijkverbinder", otherHome, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ResidentStartPage_NetworkMember_SeesContactsGoalsAndHelpButNoApiOrOtherMembers(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await NewApproachAsync(app, a);
        var working = "Speelplek opknappen " + Guid.NewGuid().ToString("N")[..6];
        var done = "Buurtfeest gehouden " + Guid.NewGuid().ToString("N")[..6];
        await app.InScopeAsync(async (_, db) =>
        {
            db.AddRange(
                new Goal { OrganisationId = a.Organisation.Id, ApproachId = id, Title = working, Level = PpctLevel.Meso, Term = GoalTerm.Kort, Status = GoalStatus.Bezig },
                new Goal { OrganisationId = a.Organisation.Id, ApproachId = id, Title = done, Level = PpctLevel.Meso, Term = GoalTerm.Kort, Status = GoalStatus.Behaald });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);

        var home = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid])).GetStringAsync("/"));
        Assert.Contains("Uw contactpersoon", home, StringComparison.Ordinal);
        Assert.Contains(a.Users[OrgRole.Wijkverbinder].DisplayName, home, StringComparison.Ordinal);
        Assert.Contains(working, home, StringComparison.Ordinal);
        Assert.Contains("Wat is al gelukt?", home, StringComparison.Ordinal);
        Assert.Contains(done, home, StringComparison.Ordinal);
        Assert.Contains("112", home, StringComparison.Ordinal);
        Assert.Contains("0800-7000", home, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/", home, StringComparison.Ordinal);
        Assert.DoesNotContain("API", home, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Users[OrgRole.Partner].DisplayName, home, StringComparison.Ordinal); // a partner is not their contact
        Assert.DoesNotContain("@gm0001.example", home, StringComparison.Ordinal); // no e-mail addresses
        Assert.DoesNotContain("vergadering", home, StringComparison.OrdinalIgnoreCase);

        // A professional still sees the API documentation link.
        var coordinator = await (await app.SignedInClientAsync(a.Users[OrgRole.Coordinator])).GetStringAsync("/");
        Assert.Contains("/api/v1/openapi.json", coordinator, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProgressReport_Period_IsValidatedInDutchAndScopesTheSummary(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var id = await NewApproachAsync(app, a, ApproachMethod.Beide);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/approaches/{id}/steps/wwp-stap-1",
            new { status = "Afgerond", results = new[] { new { achieved = true, achievedOn = "2026-03-10" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await DecideAsync(api, id, "EerstRandvoorwaarden", "2026-03-12")).StatusCode);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);

        var march = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{id}/rapport?van=2026-03-01&tot=2026-03-31"));
        Assert.Contains("Samenvatting voor de stuurgroep", march, StringComparison.Ordinal);
        Assert.Contains("1 maart 2026 tot en met 31 maart 2026", march, StringComparison.Ordinal);
        Assert.Contains("Zichtbare patronen (10 maart)", march, StringComparison.Ordinal); // the result achieved in the period
        Assert.Contains("stap 5–12 wachten op de randvoorwaarden", march, StringComparison.Ordinal);
        Assert.Contains("Bijlagen", march, StringComparison.Ordinal);
        Assert.True(march.IndexOf("Samenvatting voor de stuurgroep", StringComparison.Ordinal) < march.IndexOf("Bijlage: Globaal plan van aanpak", StringComparison.Ordinal));

        var april = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{id}/rapport?van=2026-04-01&tot=2026-04-30"));
        Assert.DoesNotContain("(10 maart)", april, StringComparison.Ordinal);
        Assert.Contains("In deze periode zijn geen resultaten", april, StringComparison.Ordinal);

        var reversed = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{id}/rapport?van=2026-04-01&tot=2026-03-01"));
        Assert.Contains("De begindatum ligt na de einddatum", reversed, StringComparison.Ordinal);
        var future = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{id}/rapport?van=2026-04-01&tot=2099-01-01"));
        Assert.Contains("De einddatum ligt in de toekomst", future, StringComparison.Ordinal);
        var garbage = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{id}/rapport?van=gisteren"));
        Assert.Contains("Vul een geldige begindatum in", garbage, StringComparison.Ordinal);
        Assert.Contains("value=\"gisteren\"", garbage, StringComparison.Ordinal); // what the user typed comes back

        // The Word export takes the same period; a bad period goes back to the page.
        Dictionary<string, string> Form(string from, string to) => new()
        {
            ["Input.Kind"] = "Voortgang",
            ["Input.Van"] = from,
            ["Input.Tot"] = to,
            ["Input.Recipient"] = "Stuurgroep",
            ["Input.Basis"] = "PubliekeTaak",
        };
        var word = await TestApp.PostFormAsync(browser, $"/aanpakken/{id}/delen?wat=voortgang&van=2026-03-01&tot=2026-03-31", Form("2026-03-01", "2026-03-31"));
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        using (var zip = new ZipArchive(await word.Content.ReadAsStreamAsync()))
        {
            using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.Contains("Samenvatting voor de stuurgroep", xml, StringComparison.Ordinal);
            Assert.Contains("Bijlagen", xml, StringComparison.Ordinal);
            Assert.Contains("w:type=\"page\"", xml, StringComparison.Ordinal);
        }

        var backwards = await TestApp.PostFormAsync(browser, $"/aanpakken/{id}/delen", Form("2026-04-01", "2026-03-01"));
        Assert.Equal(HttpStatusCode.OK, backwards.StatusCode);
        var shown = WebUtility.HtmlDecode(await backwards.Content.ReadAsStringAsync());
        Assert.Contains("De begindatum ligt na de einddatum", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-04-01\"", shown, StringComparison.Ordinal);
        var other = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/aanpakken/{id}/rapport?van=2026-03-01&tot=2026-03-31")).StatusCode);
    }
}
