using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Conversations;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Network;

namespace Wijkkracht.Tests.Privacy;

/// <summary>The rules of the sharing ledger (issue 14 §8) without a database.</summary>
public sealed class SharingPolicyTests
{
    [Theory]
    [InlineData(SharingRecipient.Politie, SharingBasis.PubliekeTaak, ExportKind.Netwerk, "Basis")]
    [InlineData(SharingRecipient.Jongerenwerk, SharingBasis.PubliekeTaak, ExportKind.Citaten, "Basis")]
    [InlineData(SharingRecipient.Woningcorporatie, SharingBasis.Toestemming, ExportKind.Netwerk, "Basis")]
    [InlineData(SharingRecipient.Anders, SharingBasis.Convenant, ExportKind.Plan, "RecipientName")]
    public void Resolve_PartnerChoiceTheBasisDoesNotAllow_IsRefusedOnTheField(SharingRecipient recipient, SharingBasis basis, ExportKind kind, string field)
    {
        var (scope, errors) = SharingPolicy.Resolve(new SharingChoice(recipient, basis), kind);

        Assert.Null(scope);
        Assert.True(errors.ToDictionary().ContainsKey(field));
    }

    [Fact]
    public void Resolve_WithoutRecipientOrBasis_AsksForBoth()
    {
        var (scope, errors) = SharingPolicy.Resolve(new SharingChoice(null, null), ExportKind.Plan);

        Assert.Null(scope);
        Assert.Equal(["Basis", "Recipient"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_PartnerByDefault_IsPseudonymisedAndLimitedToItsPartnerType()
    {
        var (police, _) = SharingPolicy.Resolve(new SharingChoice(SharingRecipient.Politie, SharingBasis.Convenant), ExportKind.Netwerk);
        var (own, _) = SharingPolicy.Resolve(new SharingChoice(SharingRecipient.EigenOrganisatie, SharingBasis.PubliekeTaak), ExportKind.Netwerk);
        var (named, _) = SharingPolicy.Resolve(new SharingChoice(SharingRecipient.Politie, SharingBasis.Convenant, Pseudonymise: false), ExportKind.Netwerk);
        var (publicTask, errors) = SharingPolicy.Resolve(new SharingChoice(SharingRecipient.Stuurgroep, SharingBasis.PubliekeTaak, Pseudonymise: false), ExportKind.Plan);

        Assert.True(police!.Pseudonymise);
        Assert.Equal(new VisibilityAccess(false, true, PartnerType.Politie), police.Ceiling);
        Assert.False(own!.Pseudonymise);
        Assert.Null(own.Ceiling);
        Assert.False(named!.Pseudonymise);
        Assert.Null(publicTask);
        Assert.True(errors.ToDictionary().ContainsKey("Pseudonymise"));
    }

    [Fact]
    public void Intersect_CoreTeamAndPartnerTypes_GivesWhatBothMaySee()
    {
        var police = new VisibilityAccess(false, true, PartnerType.Politie);
        var youth = new VisibilityAccess(false, true, PartnerType.Jongerenwerk);

        Assert.Equal(police, VisibilityRules.Intersect(VisibilityAccess.Everything, police));
        Assert.Equal(police, VisibilityRules.Intersect(police, police));
        Assert.Equal(new VisibilityAccess(false, true, PartnerType.Geen), VisibilityRules.Intersect(youth, police));
        Assert.Equal(VisibilityAccess.NetworkOnly, VisibilityRules.Intersect(VisibilityAccess.NetworkOnly, police));
    }

    [Fact]
    public void Apply_KnownNames_ReplacesWholeNamesIgnoringCaseLongestFirst()
    {
        var names = new Pseudonymiser([("Henk", "Persoon A"), ("Henk Jansen", "Persoon B"), ("Els", "Bewoner C")]);

        var text = names.Apply("henk jansen sprak Henk en Els bij de Elsstraat; HENK kwam later.");

        Assert.Equal("Persoon B sprak Persoon A en Bewoner C bij de Elsstraat; Persoon A kwam later.", text);
    }
}

/// <summary>
/// Exports for a recipient on a basis over HTTP, both providers: a partner gets only what its partner type may see and
/// pseudonyms by default, a basis that does not allow an export refuses it, every export is a line in the ledger, and the
/// ledger is read only by those who lead the approach (another tenant: 404).
/// </summary>
public sealed class SharingTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Base(Guid approachId) => $"/api/v1/approaches/{approachId}";

    private static async Task<string> DocxTextAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return await reader.ReadToEndAsync();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportForPartner_PlanForPoliceOnlyAndAPersonInTheText_FiltersPseudonymisesAndRecordsTheLedger(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Delen");
        var name = "Henk Deelman" + Guid.NewGuid().ToString("N")[..4];
        var person = await NetworkApiTests.AddActorAsync(app, a, name, approachId: approach.Id);
        var lead = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var plan = await coordinator.PostAsJsonAsync($"{Base(approach.Id)}/plan/versions", new
        {
            centralIssue = "Jongeren ronselen bij het plein",
            budget = $"Overleg met {name} over het buurthuis",
            baseNumber = 0,
            visibility = new { level = "Partners", partnerTypes = new[] { "Politie" } },
        });
        Assert.True(plan.StatusCode == HttpStatusCode.Created, await plan.Content.ReadAsStringAsync());

        var own = await DocxTextAsync(await lead.GetAsync($"{Base(approach.Id)}/exports/plan-of-approach?recipient=EigenOrganisatie&basis=PubliekeTaak"));
        var police = await DocxTextAsync(await lead.GetAsync($"{Base(approach.Id)}/exports/plan-of-approach?recipient=politie&basis=convenant&purpose=Afstemming%20wijkagent"));
        var youth = await DocxTextAsync(await lead.GetAsync($"{Base(approach.Id)}/exports/plan-of-approach?recipient=Jongerenwerk&basis=Convenant"));

        Assert.Contains("Overleg met " + name, own, StringComparison.Ordinal);
        Assert.Contains("Overleg met " + Pseudonymiser.PersonPseudonym(person.Id), police, StringComparison.Ordinal);
        Assert.DoesNotContain(name, police, StringComparison.Ordinal);
        Assert.DoesNotContain("buurthuis", youth, StringComparison.Ordinal);
        Assert.Contains(approach.Title, youth, StringComparison.Ordinal);

        var ledger = JsonDocument.Parse(await lead.GetStringAsync($"{Base(approach.Id)}/sharing-records")).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, ledger.Count);
        var policeLine = ledger.Single(l => l.GetProperty("recipient").GetString() == "Politie");
        Assert.Equal("Convenant", policeLine.GetProperty("basis").GetString());
        Assert.True(policeLine.GetProperty("pseudonymised").GetBoolean());
        Assert.Equal("Afstemming wijkagent", policeLine.GetProperty("purpose").GetString());
        Assert.Equal("Plan", policeLine.GetProperty("kind").GetString());
        Assert.Contains(policeLine.GetProperty("contents").EnumerateArray(), c => c.GetProperty("recordType").GetString()!.StartsWith("Globaal plan", StringComparison.Ordinal));
        Assert.False(ledger.Single(l => l.GetProperty("recipient").GetString() == "EigenOrganisatie").GetProperty("pseudonymised").GetBoolean());
        Assert.DoesNotContain(name, string.Join("", ledger.Select(l => l.GetRawText())), StringComparison.Ordinal);

        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Partner, "GET", $"{Base(approach.Id)}/sharing-records", null, HttpStatusCode.Forbidden),
            (OrgRole.Coordinator, "GET", $"{Base(approach.Id)}/sharing-records", null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "GET", "/api/v1/organisation/sharing-records", null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", "/api/v1/organisation/sharing-records", null, HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b,
        [
            (OrgRole.Coordinator, "GET", $"{Base(approach.Id)}/sharing-records", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{Base(approach.Id)}/exports/plan-of-approach?recipient=EigenOrganisatie&basis=PubliekeTaak", null, HttpStatusCode.NotFound),
        ]));
        Assert.Empty(failures);
        var foreignLedger = await (await app.ApiClientAsync(b.Users[OrgRole.Beheerder])).GetStringAsync("/api/v1/organisation/sharing-records");
        Assert.DoesNotContain(approach.Id.ToString(), foreignLedger, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync($"/aanpakken/{approach.Id}/delen"));
        Assert.Contains("Afstemming wijkagent", page, StringComparison.Ordinal);
        var oversight = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(a.Users[OrgRole.Beheerder])).GetStringAsync("/beheer/deelregister"));
        Assert.Contains(approach.Title, oversight, StringComparison.Ordinal);
        var partnerPage = WebUtility.HtmlDecode(await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync($"/aanpakken/{approach.Id}/delen"));
        Assert.DoesNotContain("Afstemming wijkagent", partnerPage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportNetwork_ForPartners_PseudonymisesEveryPersonAndRefusesWhatTheBasisDoesNotAllow(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Netwerk delen");
        var one = await NetworkApiTests.AddActorAsync(app, a, "Fatima Deelsma" + Guid.NewGuid().ToString("N")[..4], approachId: approach.Id);
        var two = await NetworkApiTests.AddActorAsync(app, a, "Kees Deelsma" + Guid.NewGuid().ToString("N")[..4], approachId: approach.Id);
        await NetworkApiTests.AddRelationAsync(app, a, one.Id, two.Id, approach.Id);
        var lead = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var graphml = await lead.GetAsync($"{Base(approach.Id)}/exports/network?format=graphml&recipient=Politie&basis=Convenant");
        Assert.Equal(HttpStatusCode.OK, graphml.StatusCode);
        var text = await graphml.Content.ReadAsStringAsync();
        Assert.DoesNotContain(one.DisplayName, text, StringComparison.Ordinal);
        Assert.Contains(Pseudonymiser.PersonPseudonym(one.Id), text, StringComparison.Ordinal);
        Assert.Contains(Pseudonymiser.PersonPseudonym(two.Id), text, StringComparison.Ordinal);

        var refused = await lead.GetAsync($"{Base(approach.Id)}/exports/network?format=csv&recipient=Woningcorporatie&basis=PubliekeTaak");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("convenant", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await lead.GetAsync($"{Base(approach.Id)}/exports/network?format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problems = await missing.Content.ReadAsStringAsync();
        Assert.Contains("\"recipient\"", problems, StringComparison.Ordinal);
        Assert.Contains("\"basis\"", problems, StringComparison.Ordinal);

        var lines = await app.InScopeAsync((_, db) => db.Set<SharingRecord>().Where(r => r.ApproachId == approach.Id).ToListAsync(), a.Organisation.Id);
        var line = Assert.Single(lines);
        Assert.Equal(ExportKind.Netwerk, line.Kind);
        Assert.Equal("graphml", line.Format);
        Assert.Contains(new SharingContent("Personen", 2), line.Contents);
        Assert.Contains(new SharingContent("Verbindingen", 1), line.Contents);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportPage_ChoiceNotAllowed_ShowsTheReasonAndKeepsWhatWasChosen(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Formulier delen");
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var response = await TestApp.PostFormAsync(browser, $"/aanpakken/{approach.Id}/delen?wat=citaten", new()
        {
            ["Input.Kind"] = "Citaten",
            ["Input.Recipient"] = "Anders",
            ["Input.Basis"] = "PubliekeTaak",
            ["Input.Purpose"] = "Wijkkrant " + approach.Title,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Vul in voor welke organisatie de export is.", html, StringComparison.Ordinal);
        Assert.Contains("Wijkkrant " + approach.Title, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Anders\" selected", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.InScopeAsync((_, db) => db.Set<SharingRecord>().CountAsync(r => r.ApproachId == approach.Id), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OwnDataAndSubjectExport_AreLedgerLinesAndTheOwnExportListsOwnSafetyReportsByStatus(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Eigen gegevens");
        var resident = a.Users[OrgRole.Netwerklid];
        var reporter = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var report = await reporter.PostAsJsonAsync($"{Base(approach.Id)}/safety-reports", new
        {
            kind = "Bedreiging",
            happenedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            whatHappened = "Geheime inhoud " + approach.Title,
            feeling = "Onveilig",
            policeAware = "Nee",
            contactPreference = "BerichtInWijkkracht",
        });
        Assert.True(report.StatusCode == HttpStatusCode.Created, await report.Content.ReadAsStringAsync());

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        var download = await TestApp.PostFormAsync(browser, "/account", [], "/account?handler=Exporteren");
        var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync()).RootElement;
        var reports = json.EnumerateObject().Single(p => p.Name.Equals("safetyReportsMade", StringComparison.OrdinalIgnoreCase)).Value;
        var mine = Assert.Single(reports.EnumerateArray(), r => r.EnumerateObject().Single(p => p.Name.Equals("approachId", StringComparison.OrdinalIgnoreCase)).Value.GetGuid() == approach.Id);
        Assert.Equal("Nieuw", mine.EnumerateObject().Single(p => p.Name.Equals("status", StringComparison.OrdinalIgnoreCase)).Value.GetString());
        Assert.DoesNotContain("Geheime inhoud", json.GetRawText(), StringComparison.Ordinal);

        var beheerder = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var zip = await beheerder.GetAsync($"/api/v1/privacy/subjects/export?q={Uri.EscapeDataString(resident.DisplayName)}");
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);

        var lines = await app.InScopeAsync((_, db) => db.Set<SharingRecord>().Where(r => r.ApproachId == null).OrderByDescending(r => r.At).Take(20).ToListAsync(), a.Organisation.Id);
        Assert.Contains(lines, l => l.Kind == ExportKind.EigenGegevens && l.ByUserId == a.Users[OrgRole.Partner].Id && l.Recipient == SharingRecipient.Betrokkene
            && l.Contents.Contains(new SharingContent("Veiligheidsmeldingen", reports.GetArrayLength())));
        Assert.Contains(lines, l => l.Kind == ExportKind.Betrokkene && l.Basis == SharingBasis.VerzoekBetrokkene && l.ByUserId == a.Users[OrgRole.Beheerder].Id);
        Assert.True(await app.InScopeAsync((_, db) => db.Set<SafetyReport>().AnyAsync(r => r.ApproachId == approach.Id), a.Organisation.Id));
    }
}
