using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Conversations;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Privacy;

/// <summary>
/// Issue 14 §9: the processing record per approach (a draft pre-filled from the approach, adopted and changed only by the
/// Beheerder, exported as a valid Word document with the export audited; another organisation's approach is a 404) and the
/// privacy statement (public without signing in, changed only by the Beheerder, raw HTML not rendered). Both providers.
/// </summary>
public sealed class ProcessingRecordTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    private static object Body(string purpose, Guid? version = null) => new
    {
        purpose,
        legalBasis = "Taak van algemeen belang",
        dataSubjects = "Bewoners",
        dataCategories = "Waarnemingen",
        recipients = "",
        retention = "12 maanden na afsluiting",
        securityMeasures = "Rollen en logboek",
        controller = "College van B en W",
        version,
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProcessingRecord_Draft_IsPrefilledFromTheApproachAndOnlyTheBeheerderAdoptsIt(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Register");
        var url = $"/api/v1/approaches/{approach.Id}/processing-record";

        var draft = Json(await (await app.ApiClientAsync(a.Users[OrgRole.Beheerder])).GetStringAsync(url));
        Assert.True(draft.GetProperty("isDraft").GetBoolean());
        Assert.Contains(approach.Title, draft.GetProperty("purpose").GetString(), StringComparison.Ordinal);
        Assert.Contains("Buurt Aadorp", draft.GetProperty("dataSubjects").GetString(), StringComparison.Ordinal);
        Assert.Contains("Gesprekken en citaten: 12 maanden na de afsluiting van de aanpak, daarna anonimiseren", draft.GetProperty("retention").GetString(), StringComparison.Ordinal);

        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Wijkverbinder, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Netwerklid, "GET", url, null, HttpStatusCode.Forbidden),
            (OrgRole.Coordinator, "PUT", url, Body("Doel"), HttpStatusCode.Forbidden),
            (OrgRole.Wijkverbinder, "PUT", url, Body("Doel"), HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b,
        [
            (OrgRole.Beheerder, "GET", url, null, HttpStatusCode.NotFound),
            (OrgRole.Beheerder, "PUT", url, Body("Doel"), HttpStatusCode.NotFound),
        ]));
        Assert.Empty(failures);

        var api = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var missing = await api.PutAsJsonAsync(url, Body(""));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Vul het doel van de verwerking in.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = Json(await (await api.PutAsJsonAsync(url, Body("Samen de wijk weerbaar maken"))).Content.ReadAsStringAsync());
        Assert.False(saved.GetProperty("isDraft").GetBoolean());
        var noVersion = await api.PutAsJsonAsync(url, Body("Ander doel"));
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        var stale = await api.PutAsJsonAsync(url, Body("Ander doel", Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var changed = await api.PutAsJsonAsync(url, Body("Ander doel", saved.GetProperty("version").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProcessingRecord_Word_IsAValidDocxWithTheRecordAndTheExportIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Register-word");
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var page = await client.GetStringAsync($"/aanpakken/{approach.Id}/verwerkingsregister");
        Assert.Contains("Verwerkingsregister", page, StringComparison.Ordinal);
        Assert.Contains("Dit is een concept", page, StringComparison.Ordinal);
        Assert.Contains($"/aanpakken/{approach.Id}/verwerkingsregister.docx", page, StringComparison.Ordinal);
        Assert.DoesNotContain("verwerkingsregister/bewerken", page, StringComparison.Ordinal);

        var response = await client.GetAsync($"/aanpakken/{approach.Id}/verwerkingsregister.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var validation = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description + " @ " + e.Path?.XPath).ToList();
        Assert.True(validation.Count == 0, string.Join("; ", validation));
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        foreach (var expected in new[] { "Verwerkingsregister: " + approach.Title, "Doel van de verwerking", "Grondslag", "Bewaartermijnen", "Verwerkingsverantwoordelijke en contact" })
            Assert.Contains(expected, text, StringComparison.Ordinal);

        var exported = await app.InScopeAsync((_, db) => db.AuditEvents.AnyAsync(e => e.ApproachId == approach.Id && e.Action == AuditActions.Export && e.EntityType == "ProcessingRecord"), a.Organisation.Id);
        Assert.True(exported);

        // The Beheerder sees the link to adopt it, and the form keeps what was typed when a field is missing.
        var beheerder = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        Assert.Contains("verwerkingsregister/bewerken", await beheerder.GetStringAsync($"/aanpakken/{approach.Id}/verwerkingsregister"), StringComparison.Ordinal);
        var form = await TestApp.PostFormAsync(beheerder, $"/aanpakken/{approach.Id}/verwerkingsregister/bewerken", new() { ["Input.Purpose"] = "Mijn getypte doel", ["Input.LegalBasis"] = "" });
        var html = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Mijn getypte doel", html, StringComparison.Ordinal);
        Assert.Contains("Vul de grondslag in.", html, StringComparison.Ordinal);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var refused = await coordinator.GetAsync($"/aanpakken/{approach.Id}/verwerkingsregister/bewerken");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("toegang-geweigerd", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PrivacyStatement_Anonymous_IsPublicAndOnlyTheBeheerderChangesIt(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var list = await anonymous.GetAsync("/privacy");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listHtml = await list.Content.ReadAsStringAsync();
        Assert.Contains("privacy?gemeente=GM0001", listHtml, StringComparison.Ordinal);
        Assert.Contains("privacy?gemeente=GM0002", listHtml, StringComparison.Ordinal);
        var standard = await anonymous.GetStringAsync("/privacy?gemeente=GM0002");
        Assert.Contains("Privacyverklaring van Beekstad", standard, StringComparison.Ordinal);
        Assert.Contains("functionaris gegevensbescherming van Beekstad", standard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/privacy?gemeente=GM9998")).StatusCode);

        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Coordinator, "PUT", "/api/v1/organisation/privacy-statement", new { markdown = "x" }, HttpStatusCode.Forbidden),
            (OrgRole.Coordinator, "GET", "/api/v1/organisation/privacy-statement", null, HttpStatusCode.Forbidden),
        ]);
        Assert.Empty(failures);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var current = Json(await api.GetStringAsync("/api/v1/organisation/privacy-statement"));
        Assert.True(current.GetProperty("isDefault").GetBoolean());
        var put = await api.PutAsJsonAsync("/api/v1/organisation/privacy-statement", new { markdown = "## Aadorp en privacy\n\nBel de FG.<script>alert(1)</script>", version = (Guid?)null });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var own = await anonymous.GetStringAsync("/privacy?gemeente=GM0001");
        Assert.Contains("<h2>Aadorp en privacy</h2>", own, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", own, StringComparison.Ordinal);
        // B's statement is still B's default; the footer of every page links to it.
        Assert.Contains("functionaris gegevensbescherming van Beekstad", await anonymous.GetStringAsync("/privacy?gemeente=GM0002"), StringComparison.Ordinal);
        Assert.Contains("href=\"/privacy\"", await anonymous.GetStringAsync("/toegankelijkheid"), StringComparison.Ordinal);

        await app.InScopeAsync((_, db) => db.Set<Wijkkracht.Core.Privacy.PrivacyStatement>().Where(p => p.OrganisationId == a.Organisation.Id).ExecuteDeleteAsync(), a.Organisation.Id);
    }
}
