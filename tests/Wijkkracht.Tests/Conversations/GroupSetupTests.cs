using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.GroupSetups;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Integration;

namespace Wijkkracht.Tests.Conversations;

/// <summary>
/// Issue 11 §8: the group set-up of a youth group as a sketch of anonymous figures — API and page (without JavaScript),
/// validation (letters, never names; the removal question answered), roles (core team only), audited reads, and the
/// guide's questions verbatim in their sources. Both providers.
/// </summary>
public sealed partial class GroupSetupTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Url(TestOrg org) => $"/api/v1/approaches/{org.Approach.Id}/group-setups";

    private static object Body(string label = "A", string removal = "De groep valt uiteen in twee kleinere groepjes.") => new
    {
        date = "2026-10-14",
        group = "Jeugdgroep bij het plein, 14 tot 17 jaar",
        participants = "jongerenwerker, wijkagent",
        figures = new object[] { new { label, x = 50, y = 30, position = "Middelpunt" }, new { label = "B", x = 30, y = 60, position = "Volgt" } },
        ties = new object[] { new { from = "B", to = label, kind = "Volgt" } },
        answers = new object[] { new { listId = GroupSetupGuide.RequiredListId, index = GroupSetupGuide.RequiredIndex, answer = removal } },
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_OverTheApi_StoresTheSketchAndReadsAreAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var created = await client.PostAsJsonAsync(Url(a), Body());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal(2, json.GetProperty("figures").GetArrayLength());
        Assert.Equal("Volgt", json.GetProperty("ties")[0].GetProperty("kind").GetString());
        var read = await client.GetFromJsonAsync<JsonElement>($"{Url(a)}/{id}");
        Assert.Equal("De groep valt uiteen in twee kleinere groepjes.", read.GetProperty("answers")[0].GetProperty("answer").GetString());
        var list = await client.GetFromJsonAsync<JsonElement>(Url(a));
        Assert.True(list.GetProperty("totalItems").GetInt32() >= 1);
        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.CountAsync(e => e.EntityType == nameof(GroupSetup) && e.EntityId == id.ToString() && e.Action == "view"), a.Organisation.Id);
        Assert.Equal(1, audited);

        var update = await client.PutAsJsonAsync($"{Url(a)}/{id}", new { version = read.GetProperty("version").GetGuid(), date = "2026-10-14", group = "Jeugdgroep bij het plein", figures = new object[] { new { label = "A", x = 10, y = 10 } }, answers = new object[] { new { listId = GroupSetupGuide.RequiredListId, index = 1, answer = "Niets verandert." } } });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Url(a)}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Url(a)}/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_NameAsFigureOrNoRemovalAnswer_IsRefusedAndNothingIsSaved(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var before = await app.InScopeAsync((_, db) => db.Set<GroupSetup>().CountAsync(), a.Organisation.Id);

        var named = await client.PostAsJsonAsync(Url(a), Body(label: "Kees"));
        var unanswered = await client.PostAsJsonAsync(Url(a), Body(removal: ""));
        var nameInText = await client.PostAsJsonAsync(Url(a), Body(removal: "Als Mohammed weggaat, volgt Kevin niemand meer."));

        foreach (var response in new[] { named, unanswered, nameInText })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var errors = (await named.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("nooit de naam van een jongere", errors.GetProperty("Figures[0].Label")[0].GetString(), StringComparison.Ordinal);
        var missing = (await unanswered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(missing.TryGetProperty("Answers[0].Answer", out var missingAnswer), missing.ToString());
        Assert.Contains("uit de groep gehaald", missingAnswer[0].GetString(), StringComparison.Ordinal);
        var names = (await nameInText.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(names.TryGetProperty("ConfirmPossibleNames", out _));
        Assert.Equal(before, await app.InScopeAsync((_, db) => db.Set<GroupSetup>().CountAsync(), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Routes_ByRole_OnlyTheCoreTeamReadsAndWrites(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        var owner = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var id = (await (await owner.PostAsJsonAsync(Url(a), Body())).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var rows = new List<(OrgRole, string, string, object?, HttpStatusCode)>();
        foreach (var role in new[] { OrgRole.Partner, OrgRole.Netwerklid, OrgRole.Beheerder })
        {
            rows.Add((role, "GET", Url(a), null, HttpStatusCode.Forbidden));
            rows.Add((role, "GET", $"{Url(a)}/{id}", null, HttpStatusCode.Forbidden));
            rows.Add((role, "POST", Url(a), Body(), HttpStatusCode.Forbidden));
            rows.Add((role, "DELETE", $"{Url(a)}/{id}", null, HttpStatusCode.Forbidden));
        }

        rows.Add((OrgRole.Coordinator, "GET", $"{Url(a)}/{id}", null, HttpStatusCode.OK));
        Assert.Empty(await app.CheckStatusesAsync(a, rows));
        Assert.Empty(await app.CheckStatusesAsync(b, [
            (OrgRole.Coordinator, "GET", $"{Url(a)}/{id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "PUT", $"{Url(a)}/{id}", Body(), HttpStatusCode.NotFound),
        ]));
        var partnerPage = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetAsync($"/aanpakken/{a.Approach.Id}/groepsopstellingen/{id}");
        Assert.NotEqual(HttpStatusCode.OK, partnerPage.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Page_WithoutJavaScript_RecordsASetupAndShowsTheSketchWithTables(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var list = await browser.GetStringAsync($"/aanpakken/{a.Approach.Id}/gesprekken");
        Assert.Contains($"/aanpakken/{a.Approach.Id}/groepsopstellingen", list, StringComparison.Ordinal);
        var url = $"/aanpakken/{a.Approach.Id}/groepsopstellingen/opstelling";
        var form = await browser.GetStringAsync(url);
        Assert.Contains("Wat gebeurt er als we een jongere uit de groep halen?", WebUtility.HtmlDecode(form), StringComparison.Ordinal);
        var token = await TestApp.AntiforgeryTokenAsync(browser, url);
        var group = "Groep bij de skatebaan " + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Date"] = "2026-10-14",
            ["Input.Group"] = group,
            ["Input.Figures[0].Label"] = "a",
            ["Input.Figures[0].X"] = "40",
            ["Input.Figures[0].Y"] = "40",
            ["Input.Figures[0].Position"] = "Leider",
            ["Input.Figures[1].Label"] = "B",
            ["Input.Figures[1].X"] = "70",
            ["Input.Figures[1].Y"] = "65",
            ["Input.Ties[0].From"] = "B",
            ["Input.Ties[0].To"] = "A",
            ["Input.Ties[0].Kind"] = "Spanning",
            ["Input.Answers[0].ListId"] = GroupSetupGuide.RequiredListId,
            ["Input.Answers[0].Index"] = "1",
            ["Input.Answers[0].Answer"] = "",
        };

        var refused = await browser.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("uit de groep gehaald", again, StringComparison.Ordinal);
        Assert.Contains(group, again, StringComparison.Ordinal);

        fields["Input.Answers[0].Answer"] = "B zoekt een andere groep op.";
        var saved = await browser.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var detail = WebUtility.HtmlDecode(await browser.GetStringAsync(saved.Headers.Location!.ToString()));
        Assert.Contains("<svg", detail, StringComparison.Ordinal);
        Assert.Matches(SvgLabel(), detail);
        Assert.Contains("Spanning of ruzie", detail, StringComparison.Ordinal);
        Assert.Contains("B zoekt een andere groep op.", detail, StringComparison.Ordinal);
    }

    [GeneratedRegex("<text [^>]*>A</text>")]
    private static partial Regex SvgLabel();

    [Fact]
    public void Questions_AreVerbatimInTheirSourceFiles()
    {
        var content = KnowledgeLoader.ResolveContentPath(null);
        var guide = GroupSetupGuide.Load(content);
        var seeds = Path.Combine(content, "..", "..", "shared", "seeds");
        Assert.True(Directory.Exists(seeds), seeds);
        foreach (var list in guide.Questions.Lists)
        {
            var text = Normalize(File.ReadAllText(Path.Combine(seeds, list.Source.File)));
            foreach (var question in list.Questions)
                Assert.Contains(Normalize(question), text, StringComparison.Ordinal);
        }

        Assert.Equal("Wat gebeurt er als we een jongere uit de groep halen?", guide.Questions.Question(GroupSetupGuide.RequiredListId, GroupSetupGuide.RequiredIndex));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
