using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Conversations;

/// <summary>
/// Issue 11 §7, the shared story: a versioned text like the plan of approach that cites themes, patterns and timeline
/// events (links across approaches or organisations: 404), read by members as the visibility model allows, written by
/// editors, in the progress report. Both providers.
/// </summary>
public sealed class StoryTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    private static async Task<HttpStatusCode> PageStatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("toegang-geweigerd", StringComparison.Ordinal) == true)
            return HttpStatusCode.Forbidden;
        return response.StatusCode;
    }

    private static Task<Theme> AddThemeAsync(TestApp app, TestOrg org, Guid approachId, string name) => app.InScopeAsync(async (_, db) =>
    {
        var t = new Theme { OrganisationId = org.Organisation.Id, ApproachId = approachId, Name = name };
        db.Add(t);
        await db.SaveChangesAsync();
        return t;
    }, org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveStory_OverTheApi_AddsVersionsDetectsConflictsAndRefusesForeignCitations(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Verhaal-api");
        var theme = await AddThemeAsync(app, a, approach.Id, Unique("Plein"));
        var timelineEvent = await app.InScopeAsync(async (_, db) =>
        {
            var e = new TimelineEvent { OrganisationId = a.Organisation.Id, ApproachId = approach.Id, Title = Unique("Buurtbarbecue"), Kind = TimelineKind.Activiteit, Date = new DateOnly(2025, 6, 1), AddedByName = "test" };
            db.Add(e);
            await db.SaveChangesAsync();
            return e;
        }, a.Organisation.Id);
        var foreignTheme = await AddThemeAsync(app, b, b.Approach.Id, Unique("Vreemd"));
        var otherApproachTheme = await AddThemeAsync(app, a, a.Approach.Id, Unique("Andere aanpak"));
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/story";

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(url)).StatusCode);
        var empty = await api.PostAsJsonAsync($"{url}/versions", new { text = " ", baseNumber = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"{url}/versions", new { text = "Verhaal", baseNumber = 0, themeIds = new[] { foreignTheme.Id } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"{url}/versions", new { text = "Verhaal", baseNumber = 0, themeIds = new[] { otherApproachTheme.Id } })).StatusCode);

        var first = await api.PostAsJsonAsync($"{url}/versions", new { text = "Eerste versie van het verhaal.", baseNumber = 0, themeIds = new[] { theme.Id }, timelineEventIds = new[] { timelineEvent.Id } });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstJson = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, firstJson.GetProperty("number").GetInt32());
        Assert.Equal(theme.Id, firstJson.GetProperty("themeIds")[0].GetGuid());
        Assert.Equal("Partners", firstJson.GetProperty("visibility").GetProperty("level").GetString());

        var conflict = await api.PostAsJsonAsync($"{url}/versions", new { text = "Tegelijk geschreven.", baseNumber = 0 });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{url}/versions", new { text = "Tweede versie.", baseNumber = 1 })).StatusCode);

        var latest = JsonDocument.Parse(await api.GetStringAsync(url)).RootElement;
        Assert.Equal(2, latest.GetProperty("number").GetInt32());
        Assert.Equal("Tweede versie.", latest.GetProperty("text").GetString());
        var versions = JsonDocument.Parse(await api.GetStringAsync($"{url}/versions")).RootElement;
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).ToArray());
        var one = JsonDocument.Parse(await api.GetStringAsync($"{url}/versions/1")).RootElement;
        Assert.Equal("Eerste versie van het verhaal.", one.GetProperty("text").GetString());
        Assert.Equal(timelineEvent.Id, one.GetProperty("timelineEventIds")[0].GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{url}/versions/9")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoryRoutesAndPages_ByRole_MembersReadEditorsWriteOtherTenantGets404(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Verhaal-rol");
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/story";
        var marker = Unique("Het verhaal van de buurt");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{url}/versions", new { text = marker, baseNumber = 0 })).StatusCode);

        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", $"{url}/versions/1", null, HttpStatusCode.OK),
            (OrgRole.Partner, "POST", $"{url}/versions", new { text = "x", baseNumber = 1 }, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "POST", $"{url}/versions", new { text = "x", baseNumber = 1 }, HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b,
        [
            (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{url}/versions/1", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "POST", $"{url}/versions", new { text = "x", baseNumber = 1 }, HttpStatusCode.NotFound),
        ]));

        var pages = new[] { $"/aanpakken/{approach.Id}/verhaal", $"/aanpakken/{approach.Id}/verhaal/versies/1" };
        var edit = $"/aanpakken/{approach.Id}/verhaal/bewerken";
        foreach (var (role, read, write) in new[]
        {
            (OrgRole.Coordinator, HttpStatusCode.OK, HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, HttpStatusCode.OK, HttpStatusCode.OK),
            (OrgRole.Partner, HttpStatusCode.OK, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, HttpStatusCode.OK, HttpStatusCode.Forbidden),
        })
        {
            var client = await app.SignedInClientAsync(a.Users[role]);
            foreach (var page in pages)
            {
                var actual = await PageStatusAsync(client, page);
                if (actual != read)
                    failures.Add($"{role} {page}: expected {(int)read}, got {(int)actual}");
            }

            var editStatus = await PageStatusAsync(client, edit);
            if (editStatus != write)
                failures.Add($"{role} {edit}: expected {(int)write}, got {(int)editStatus}");
        }

        // A network member may open the story page, but a story for core team and partners (the default) is not shown
        // to them, and its versions are a 404.
        var resident = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var residentPage = await resident.GetStringAsync(pages[0]);
        Assert.DoesNotContain(marker, residentPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await PageStatusAsync(resident, pages[1]));
        Assert.Equal(HttpStatusCode.Forbidden, await PageStatusAsync(resident, edit));
        var other = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        foreach (var page in pages.Append(edit))
        {
            var actual = await PageStatusAsync(other, page);
            if (actual != HttpStatusCode.NotFound)
                failures.Add($"other tenant {page}: expected 404, got {(int)actual}");
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WriteStory_OnThePage_CitesAThemeShowsItAsLinkAndGoesIntoTheProgressReport(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Verhaal-pagina");
        var theme = await AddThemeAsync(app, a, approach.Id, Unique("Een plek voor jongeren"));
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var edit = $"/aanpakken/{approach.Id}/verhaal/bewerken";
        var form = await client.GetStringAsync(edit);
        Assert.Contains($"value=\"{theme.Id}\"", form, StringComparison.Ordinal);

        var invalid = await TestApp.PostFormAsync(client, edit, new() { ["Input.BaseNumber"] = "0", ["Input.Text"] = "", ["Input.ThemeIds"] = theme.Id.ToString() });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Schrijf het verhaal van de buurt", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var text = Unique("Jongeren willen een eigen plek");
        var saved = await TestApp.PostFormAsync(client, edit, new() { ["Input.BaseNumber"] = "0", ["Input.Text"] = text, ["Input.ThemeIds"] = theme.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetStringAsync($"/aanpakken/{approach.Id}/verhaal");
        Assert.Contains(text, page, StringComparison.Ordinal);
        Assert.Contains($"/aanpakken/{approach.Id}/themas/{theme.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Versie 1", page, StringComparison.Ordinal);

        var report = await client.GetStringAsync($"/aanpakken/{approach.Id}/rapport");
        Assert.Contains("Gezamenlijk verhaal van de buurt (versie 1)", report, StringComparison.Ordinal);
        Assert.Contains(text, report, StringComparison.Ordinal);
        Assert.Contains(theme.Name, report, StringComparison.Ordinal);
    }
}
