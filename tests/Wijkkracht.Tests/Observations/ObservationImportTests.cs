using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Observations;

/// <summary>
/// Issue 10 §6: observation CSV import over the API and on the page (without JavaScript): all or nothing, every bad
/// line named with its column, RD New converted, an export re-imports unchanged, authorization. Both providers.
/// </summary>
public sealed class ObservationImportTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Header = "observedOn,observedAt,placeName,latitude,longitude,groups,factors,kind,companion,whatHappens";

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid approachId, string csv, string query = "") =>
        client.PostAsync($"/api/v1/approaches/{approachId}/observations/imports{query}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static Task<List<Observation>> StoredAsync(TestApp app, TestOrg org, Guid approachId) =>
        app.InScopeAsync((_, db) => db.Set<Observation>().AsNoTracking().Where(o => o.ApproachId == approachId).OrderBy(o => o.ObservedOn).ThenBy(o => o.ObservedAt).ToListAsync(), org.Organisation.Id);

    private static Task<Approach> FreshApproachAsync(TestApp app, TestOrg org) => app.InScopeAsync(async (_, db) =>
    {
        var approach = new Approach { OrganisationId = org.Organisation.Id, AreaId = org.Buurt.Id, Title = "Import " + Guid.NewGuid().ToString("N")[..6], Issue = "x", Method = ApproachMethod.Beide, StartDate = new DateOnly(2026, 1, 1), Status = ApproachStatus.Actief };
        db.Approaches.Add(approach);
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Wijkverbinder].Id, Role = ApproachRole.Wijkverbinder });
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Netwerklid].Id, Role = ApproachRole.Netwerklid });
        await db.SaveChangesAsync();
        return approach;
    }, org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_ValidFile_CreatesEveryLineAndIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        // A Wijkverbinder member (residents record on the page; their accounts have no API tokens).
        var resident = a.Users[OrgRole.Wijkverbinder];
        var client = await app.ApiClientAsync(resident);
        var csv = Header + "\r\n"
            + "2026-11-28,21:15,Speelplein Kastanjehof,52.3731,4.8922,jongeren=Klein;ouderen=Groot,peers,Klacht,Bewoner,Muziek op de bankjes\r\n"
            + "2026-11-23,07:45,Schoolplein,,,ouders-met-kinderen=Middel,,Kracht,,\r\n";

        var response = await ImportAsync(client, approach.Id, csv);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("lines").GetInt32());
        Assert.Equal(2, body.GetProperty("created").GetInt32());
        var stored = await StoredAsync(app, a, approach.Id);
        Assert.Equal(2, stored.Count);
        Assert.Equal(PartOfDay.Ochtend, stored[0].PartOfDay);
        Assert.Equal(DayType.Doordeweeks, stored[0].DayType);
        Assert.Equal("|ouders-met-kinderen=Middel|", stored[0].Groups);
        Assert.Equal("|jongeren=Klein|ouderen=Groot|", stored[1].Groups);
        Assert.Equal(PartOfDay.Avond, stored[1].PartOfDay);
        Assert.Equal(DayType.Weekend, stored[1].DayType);
        Assert.Equal(52.3731, stored[1].Latitude);
        Assert.Equal(CompanionKind.Bewoner, stored[1].Companion);
        Assert.All(stored, o => Assert.Equal(resident.Id, o.RecordedByUserId));
        var ids = stored.Select(o => o.Id.ToString()).ToList();
        var audit = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => (e.ApproachId == approach.Id && e.Action == ObservationImportService.AuditAction) || (e.EntityId != null && ids.Contains(e.EntityId)))
            .Select(e => new { e.Action, e.ActorUserId }).ToListAsync());
        Assert.Equal(2, audit.Count(e => e.Action == "create" && e.ActorUserId == resident.Id));
        Assert.Single(audit, e => e.Action == ObservationImportService.AuditAction && e.ActorUserId == resident.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_FileWithErrors_WritesNothingAndNamesEveryLineAndField(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var csv = Header + "\n"
            + "2026-11-28,21:15,Markt,,,jongeren=Klein,,,,\n"
            + "2026-11-28,25:00,Markt,,,,,,,\n"
            + "\"2026-11-27\",10:00,\"Markt, achterkant\",,,reuzen=Klein,onbekend,Misschien,,\n"
            + "2026-11-26,10:00,,155000,463000,,,,,\n"
            + "2099-01-01,10:00,Markt,,,,,,,\n";

        var response = await ImportAsync(client, approach.Id, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var keys = errors.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(new HashSet<string>(StringComparer.Ordinal) { "lines[3].observedAt", "lines[4].groups", "lines[4].factors", "lines[4].kind", "lines[5].latitude", "lines[6].observedOn" }, keys);
        Assert.Contains("Regel 5, kolom latitude", errors.GetProperty("lines[5].latitude")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("RD-coördinaten", errors.GetProperty("lines[5].latitude")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(await StoredAsync(app, a, approach.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RdCoordinates_AreConvertedToWgs84(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        // Semicolons and a decimal comma, as a Dutch spreadsheet saves it.
        var csv = "observedOn;observedAt;placeName;x;y;groups\n"
            + "2026-11-20;14:00;Toren;155000;463000;ouderen=Klein\n"
            + "2026-11-21;14:00;Martinitoren;233883,131;582065,167;\n";

        var response = await ImportAsync(client, approach.Id, csv);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("convertedFromRd").GetInt32());
        var stored = await StoredAsync(app, a, approach.Id);
        Assert.Equal(52.155174, stored[0].Latitude!.Value, 5);
        Assert.Equal(5.387206, stored[0].Longitude!.Value, 5);
        Assert.Equal(53.219383, stored[1].Latitude!.Value, 5);
        Assert.Equal(6.568201, stored[1].Longitude!.Value, 5);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_ExportedCsv_ReimportsUnchanged(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var source = await FreshApproachAsync(app, a);
        var target = await FreshApproachAsync(app, a);
        var recorder = a.Users[OrgRole.Wijkverbinder].Id;
        await ObservationTests.AddAsync(app, a, source.Id, recorder, new DateOnly(2026, 11, 2), "16:00", "Winkelcentrum, ingang \"Noord\"", "|jongeren=Groot|ondernemers=Klein|", ObservationKind.Kracht,
            52.37, 4.89, "|peers|sociale-binding|", "Twee groepen; de één\r\nbegroet de ander.");
        await ObservationTests.AddAsync(app, a, source.Id, recorder, new DateOnly(2026, 11, 3), "23:30", "Sporthal", "", notes: "=1+1 staat op de muur");
        await app.InScopeAsync(async (_, db) =>
        {
            var o = await db.Set<Observation>().SingleAsync(x => x.ApproachId == source.Id && x.PlaceName == "Sporthal");
            o.PromptAnswers = ObservationCodec.EncodeAnswers(new Dictionary<string, string> { ["claimen"] = "De jongeren claimen de hoek.", ["vuil"] = "Graffiti, veel" });
            o.Companion = CompanionKind.Professional;
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);

        async Task<string> ExportAsync(Guid approachId)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/approaches/{approachId}/observations");
            request.Headers.Accept.ParseAdd("text/csv");
            return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        }

        var exported = await ExportAsync(source.Id);
        Assert.Contains("'=1+1", exported, StringComparison.Ordinal);
        var imported = await ImportAsync(client, target.Id, exported, "?confirmPossibleNames=true");
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(exported, await ExportAsync(target.Id));
        var stored = await StoredAsync(app, a, target.Id);
        Assert.Equal("=1+1 staat op de muur", stored[1].WhatHappens);
        Assert.Equal("Twee groepen; de één\r\nbegroet de ander.", stored[0].WhatHappens);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_AnotherOrganisationsApproach_IsNotFoundAndWritesNothing(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var before = (await StoredAsync(app, b, b.Approach.Id)).Count;
        var csv = Header + "\n2026-11-28,21:15,Markt,,,,,,,\n";

        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(client, b.Approach.Id, csv)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(client, b.Approach.Id, "geen csv")).StatusCode);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/aanpakken/{b.Approach.Id}/waarnemingen/importeren")).StatusCode);
        Assert.Equal(before, (await StoredAsync(app, b, b.Approach.Id)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RoleThatMayNotRecord_IsDenied(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        // The beheerder oversees every approach but is not a member: reading is allowed, recording is not.
        var admin = a.Users[OrgRole.Beheerder];
        var client = await app.ApiClientAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/approaches/{approach.Id}/observations")).StatusCode);

        var response = await ImportAsync(client, approach.Id, Header + "\n2026-11-28,21:15,Markt,,,,,,,\n");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var browser = await app.SignedInClientAsync(admin);
        var page = await browser.GetAsync($"/aanpakken/{approach.Id}/waarnemingen/importeren");
        Assert.Contains("toegang-geweigerd", page.Headers.Location?.ToString(), StringComparison.Ordinal);
        var list = await browser.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen");
        Assert.DoesNotContain("/waarnemingen/importeren", list, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync(app, a, approach.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_OnThePageWithoutJavaScript_ListsErrorsPerLineThenSaves(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var list = await browser.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen");
        var url = $"/aanpakken/{approach.Id}/waarnemingen/importeren";
        Assert.Contains(url, list, StringComparison.Ordinal);
        var form = await browser.GetStringAsync(url);
        Assert.Contains("enctype=\"multipart/form-data\"", form, StringComparison.Ordinal);
        Assert.Contains("<code>vraag_claimen</code>", form, StringComparison.Ordinal);

        async Task<HttpResponseMessage> UploadAsync(string csv)
        {
            var token = await TestApp.AntiforgeryTokenAsync(browser, url);
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "waarnemingen.csv" },
            };
            return await browser.PostAsync(url, content);
        }

        var bad = await UploadAsync(Header + "\n2026-11-28,21:15,Markt,,,,,,,\n2026-11-28,,Markt,,,,,Klachtig,,\n");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Er is niets geïmporteerd: 2 fout(en)", html, StringComparison.Ordinal);
        Assert.Contains("Regel 3, kolom observedAt", html, StringComparison.Ordinal);
        Assert.Contains("Regel 3, kolom kind ('Klachtig')", html, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync(app, a, approach.Id));

        var good = await UploadAsync(Header + "\n2026-11-28,21:15,Markt,,,,,,,\n2026-11-28,22:00,Markt,,,,,Klacht,,\n");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var after = await browser.GetStringAsync(good.Headers.Location!.ToString());
        Assert.Contains("Import gelukt: 2 waarnemingen opgeslagen.", after, StringComparison.Ordinal);
        Assert.Equal(2, (await StoredAsync(app, a, approach.Id)).Count);
    }

    private static async Task<HttpResponseMessage> UploadOnPageAsync(HttpClient browser, string url, string csv)
    {
        var token = await TestApp.AntiforgeryTokenAsync(browser, url);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "waarnemingen.csv" },
        };
        return await browser.PostAsync(url, content);
    }

    private static string LargeCsv(int lines, int? badLine = null)
    {
        var sb = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < lines; i++)
            sb.Append(i + 2 == badLine ? "2026-11-28,25:61,Markt,,,,,,,\n" : $"2026-11-{1 + (i % 28):00},{i % 24:00}:{i % 60:00},Plek {i % 40},,,jongeren=Klein,,,,\n");
        return sb.ToString();
    }

    /// <summary>Follows a background import: the progress page (without JavaScript) and its JSON, until the page no longer shows progress.</summary>
    private static async Task<HttpResponseMessage> FollowAsync(HttpClient browser, string progressUrl)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var response = await browser.GetAsync(progressUrl);
            if (response.StatusCode != HttpStatusCode.OK || !(await response.Content.ReadAsStringAsync()).Contains("De import loopt", StringComparison.Ordinal))
                return response;
            var json = await browser.GetFromJsonAsync<JsonElement>(progressUrl + "&handler=Voortgang");
            Assert.True(json.GetProperty("total").GetInt32() > 0);
            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not end within a minute.");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_LargeFileOnThePage_ShowsProgressThenSavesEveryLine(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/aanpakken/{approach.Id}/waarnemingen/importeren";

        var started = await UploadOnPageAsync(browser, url, LargeCsv(ObservationImportJobs.BackgroundFromLines + 500));

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var progressUrl = started.Headers.Location!.ToString();
        Assert.Contains("taak=", progressUrl, StringComparison.Ordinal);
        var other = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(progressUrl)).StatusCode);
        var ended = await FollowAsync(browser, progressUrl);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var list = await browser.GetStringAsync(ended.Headers.Location!.ToString());
        Assert.Contains("Import gelukt: 2500 waarnemingen opgeslagen.", list, StringComparison.Ordinal);
        Assert.Equal(2_500, (await StoredAsync(app, a, approach.Id)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_LargeFileWithOneBadLine_ShowsTheLineOnTheProgressPageAndWritesNothing(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/aanpakken/{approach.Id}/waarnemingen/importeren";

        var started = await UploadOnPageAsync(browser, url, LargeCsv(ObservationImportJobs.BackgroundFromLines + 10, badLine: 2_001));
        var ended = await FollowAsync(browser, started.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var html = WebUtility.HtmlDecode(await ended.Content.ReadAsStringAsync());
        Assert.Contains("Er is niets geïmporteerd: 1 fout(en)", html, StringComparison.Ordinal);
        Assert.Contains("Regel 2001, kolom observedAt", html, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync(app, a, approach.Id));
    }

    [Fact]
    public void Parse_UnknownAndMissingColumns_AreNamedOnLineOne()
    {
        var catalog = ObservationCatalog.Load(Wijkkracht.Core.Knowledge.KnowledgeLoader.ResolveContentPath(null));
        var errors = new ValidationErrors();

        var rows = ObservationImportCsv.Parse("observedOn,plek\n2026-11-01,Markt\n", catalog, new DateOnly(2026, 11, 30), false, errors);

        Assert.Empty(rows);
        var found = errors.ToDictionary();
        Assert.Contains("onbekende kolom 'plek'", found["lines[1].header"][0], StringComparison.Ordinal);
        Assert.Equal("Regel 1: de kolom observedAt ontbreekt.", found["lines[1].observedAt"][0]);
    }

    [Fact]
    public void Parse_TextThatNamesSomeone_IsAnErrorUnlessConfirmed()
    {
        var catalog = ObservationCatalog.Load(Wijkkracht.Core.Knowledge.KnowledgeLoader.ResolveContentPath(null));
        const string csv = "observedOn,observedAt,placeName,whatHappens\n2026-11-01,10:00,Markt,Kees van Dorpsstraat 12 veegt\n";
        var errors = new ValidationErrors();
        Assert.Empty(ObservationImportCsv.Parse(csv, catalog, new DateOnly(2026, 11, 30), false, errors));
        Assert.Contains("'Kees'", errors.ToDictionary()["lines[2].whatHappens"][0], StringComparison.Ordinal);

        var confirmed = new ValidationErrors();
        Assert.Single(ObservationImportCsv.Parse(csv, catalog, new DateOnly(2026, 11, 30), true, confirmed));
        Assert.False(confirmed.Any);
    }
}
