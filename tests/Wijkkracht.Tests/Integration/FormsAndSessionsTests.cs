using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// Issue 9, sections 3 and 5 over HTTP on both providers: the precondition check in parts (draft saved and resumed,
/// finishing needs every answer, the sorted result, "Maak actie"), action owners (members only, a network member
/// confirmed, an owning partner changes only the status), the expired-session POST kept for the same user only, and
/// the sign-in rate limit (viewing never limited; a styled Dutch 429 page).
/// </summary>
public sealed partial class FormsAndSessionsTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>A browser-like client whose cookies the test can see and delete (no automatic redirects).</summary>
    private static (HttpClient Client, CookieContainer Cookies) BrowserClient(TestApp app)
    {
        var cookies = new CookieContainer();
        var client = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        return (client, cookies);
    }

    private static async Task SignInAsync(HttpClient client, AppUser user)
    {
        var response = await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Answers every item of one part of a check with <paramref name="score"/> and presses <paramref name="go"/>.</summary>
    private static async Task<HttpResponseMessage> AnswerPartAsync(HttpClient client, string checkUrl, CheckPart part, PreconditionScore? score, string go)
    {
        var fields = new Dictionary<string, string> { ["ga"] = go };
        for (var i = 0; i < part.Items.Count; i++)
        {
            fields[$"Input.Items[{i}].PreconditionId"] = part.Items[i].PreconditionId;
            fields[$"Input.Items[{i}].AskIndex"] = part.Items[i].AskIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (score is { } s)
                fields[$"Input.Items[{i}].Score"] = s.ToString();
        }

        return await TestApp.PostFormAsync(client, $"{checkUrl}/invullen/{part.Number}", fields);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckInParts_DraftResumedAfterSignOut_FinishNeedsAllAndResultIsWeakestFirst(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var parts = app.Services.CreateScope().ServiceProvider.GetRequiredService<PreconditionCheckService>().Parts();
        var guide = app.Services.GetRequiredService<IGuideCatalog>();
        var baseUrl = $"/aanpakken/{a.Approach.Id}/randvoorwaarden";
        var first = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var start = await TestApp.PostFormAsync(first, baseUrl + "/nieuw", new() { ["Input.AssessedOn"] = Wijkkracht.Core.Common.DutchTimeProvider.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Input.Participants"] = "Kernteam" });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var partOne = start.Headers.Location!.OriginalString;
        Assert.EndsWith("/invullen/1", partOne, StringComparison.Ordinal);
        var checkUrl = partOne[..partOne.IndexOf("/invullen", StringComparison.Ordinal)];
        var page = await first.GetStringAsync(partOne);
        Assert.Contains($"deel 1 van {parts.Count}", page, StringComparison.Ordinal);

        // First sitting: part 1 (all "niet op orde"), then "Volgende" goes to part 2; part 2 (all "deels") saved for later.
        var next = await AnswerPartAsync(first, checkUrl, parts[0], PreconditionScore.NietOpOrde, "volgende");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.EndsWith("/invullen/2", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var later = await AnswerPartAsync(first, checkUrl, parts[1], PreconditionScore.Deels, "later");
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);

        // A draft is counted nowhere: not in the API list of checks.
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var listed = await JsonAsync(await api.GetAsync($"/api/v1/approaches/{a.Approach.Id}/precondition-assessments"));
        var draftId = checkUrl.Split('/')[^1];
        Assert.DoesNotContain(listed.EnumerateArray(), c => c.GetProperty("id").GetString() == draftId);

        // Second sitting after signing out: the index offers to continue at part 3, and going back shows the saved answers.
        await TestApp.PostFormAsync(first, "/aanpakken", [], "/uitloggen");
        var second = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var index = await second.GetStringAsync(baseUrl);
        Assert.Contains($"{checkUrl}/invullen/3", index, StringComparison.Ordinal);
        Assert.Contains("2 van 13 delen klaar", index, StringComparison.Ordinal);
        var back = await second.GetStringAsync($"{checkUrl}/invullen/1");
        Assert.Matches("value=\"NietOpOrde\" checked", back);

        // Finishing before every part is answered: refused, the open parts are named.
        var early = await TestApp.PostFormAsync(second, $"{checkUrl}/invullen/{parts.Count + 1}", new() { ["ga"] = "afronden", ["Input.Notes"] = "Nog niet af" });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var earlyHtml = await early.Content.ReadAsStringAsync();
        Assert.Contains("nog 2 van de", earlyHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#Part3\"", earlyHtml, StringComparison.Ordinal);

        foreach (var part in parts.Skip(2))
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerPartAsync(second, checkUrl, part, PreconditionScore.OpOrde, "volgende")).StatusCode);
        var finish = await TestApp.PostFormAsync(second, $"{checkUrl}/invullen/{parts.Count + 1}", new() { ["ga"] = "afronden", ["Input.Notes"] = "Samen gedaan" });
        Assert.Equal(HttpStatusCode.Redirect, finish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"{checkUrl}/invullen/1")).StatusCode);

        // The result: weakest first (precondition 1 at 0, then 2 at 50), each with its band in words, and Maak actie.
        var result = await second.GetStringAsync(baseUrl);
        var gaps = result[result.IndexOf("id=\"gaten\"", StringComparison.Ordinal)..result.IndexOf("id=\"vergelijking\"", StringComparison.Ordinal)];
        var rows = RowHeader().Matches(gaps).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal($"{guide.Preconditions[0].Number}. {guide.Preconditions[0].Title}", rows[0]);
        Assert.Equal($"{guide.Preconditions[1].Number}. {guide.Preconditions[1].Title}", rows[1]);
        Assert.Contains(">zwak</span>", gaps, StringComparison.Ordinal);
        Assert.Contains(">matig</span>", gaps, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(gaps, ">Maak actie<"));
        Assert.Contains(draftId, await api.GetStringAsync($"/api/v1/approaches/{a.Approach.Id}/precondition-assessments"), StringComparison.Ordinal);

        // Maak actie pre-fills the precondition and the check in the action form.
        var prefilled = await second.GetStringAsync($"{baseUrl}?actie={parts[0].Id}&check={draftId}");
        Assert.Matches($"<option value=\"{parts[0].Id}\" selected>", prefilled);
        Assert.Matches($"<option value=\"{draftId}\" selected>", prefilled);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActionOwner_NotMemberOrUnconfirmedNetworkMember_IsRefused(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/precondition-actions";
        var notMember = await coordinator.PostAsJsonAsync(url, new { preconditionId = "rv-02", description = "Overleg", ownerUserId = a.Users[OrgRole.Beheerder].Id });
        Assert.Equal(HttpStatusCode.BadRequest, notMember.StatusCode);
        Assert.Contains("lid is van deze aanpak", await notMember.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var netwerklid = a.Users[OrgRole.Netwerklid];
        var added = await coordinator.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/members", new { userId = netwerklid.Id, role = "Netwerklid" });
        Assert.True(added.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, $"{added.StatusCode}");
        var unconfirmed = await coordinator.PostAsJsonAsync(url, new { preconditionId = "rv-02", description = "Bewoners vragen", ownerUserId = netwerklid.Id });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("ConfirmNetworkOwner", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var confirmed = await coordinator.PostAsJsonAsync(url, new { preconditionId = "rv-02", description = "Bewoners vragen", ownerUserId = netwerklid.Id, confirmNetworkOwner = true });
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var member = await coordinator.PostAsJsonAsync(url, new { preconditionId = "rv-02", description = "Overleg plannen", ownerUserId = a.Users[OrgRole.Wijkverbinder].Id });
        Assert.Equal(HttpStatusCode.Created, member.StatusCode);

        // The page warns beside the owner field and marks network members in the list.
        var page = await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync($"/aanpakken/{a.Approach.Id}/randvoorwaarden");
        Assert.Contains("(netwerklid: naam komt in rapportages)", page, StringComparison.Ordinal);
        Assert.Contains("Verplicht als u een netwerklid als eigenaar kiest.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Users[OrgRole.Beheerder].DisplayName, page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PartnerOwningAction_UpdatesStatusOnly(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var editor = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/precondition-actions";
        var mine = await JsonAsync(await editor.PostAsJsonAsync(url, new { preconditionId = "rv-03", description = "Partnerafspraak", ownerUserId = a.Users[OrgRole.Partner].Id }));
        var notMine = await JsonAsync(await editor.PostAsJsonAsync(url, new { preconditionId = "rv-03", description = "Iemand anders", ownerUserId = a.Users[OrgRole.Wijkverbinder].Id }));
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);

        var otherField = await partner.PutAsJsonAsync($"{url}/{mine.GetProperty("id").GetGuid()}", new { description = "Anders", status = "Bezig", version = mine.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, otherField.StatusCode);
        var notOwner = await partner.PutAsJsonAsync($"{url}/{notMine.GetProperty("id").GetGuid()}", new { status = "Bezig", version = notMine.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, notOwner.StatusCode);
        var status = await partner.PutAsJsonAsync($"{url}/{mine.GetProperty("id").GetGuid()}", new { status = "Bezig", version = mine.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var updated = await JsonAsync(status);
        Assert.Equal("Bezig", updated.GetProperty("status").GetString());
        Assert.Equal("Partnerafspraak", updated.GetProperty("description").GetString());

        // On the page the partner gets a status form for their own action only, and it saves.
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        var pageUrl = $"/aanpakken/{a.Approach.Id}/randvoorwaarden";
        var page = await browser.GetStringAsync(pageUrl);
        Assert.Contains($"status-{mine.GetProperty("id").GetGuid()}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"status-{notMine.GetProperty("id").GetGuid()}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Actie toevoegen", page, StringComparison.Ordinal);
        var saved = await TestApp.PostFormAsync(browser, pageUrl, new() { ["actionId"] = mine.GetProperty("id").GetString()!, ["version"] = updated.GetProperty("version").GetString()!, ["status"] = "Gereed" }, pageUrl + "?handler=Status");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExpiredSessionPost_RepostedAfterSignInOfSameUser_DiscardedForAnother(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var pageUrl = $"/aanpakken/{a.Approach.Id}/randvoorwaarden";
        var typed = "Tekst die de verlopen sessie overleeft " + Guid.NewGuid().ToString("N")[..6];

        foreach (var (signInAs, kept) in new[] { (a.Users[OrgRole.Wijkverbinder], true), (a.Users[OrgRole.Coordinator], false) })
        {
            var (client, cookies) = BrowserClient(app);
            await SignInAsync(client, a.Users[OrgRole.Wijkverbinder]);
            var token = await TestApp.AntiforgeryTokenAsync(client, pageUrl);
            // The session expires: the browser no longer sends the sign-in cookie.
            foreach (Cookie cookie in cookies.GetCookies(client.BaseAddress!))
            {
                if (cookie.Name == "wijkkracht")
                    cookie.Expired = true;
            }

            var expired = await client.PostAsync(pageUrl + "?handler=Actie", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["ActionForm.PreconditionId"] = "rv-04",
                ["ActionForm.Description"] = typed,
            }));
            Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
            var signInPage = await expired.Content.ReadAsStringAsync();
            Assert.Contains("Uw sessie is verlopen", signInPage, StringComparison.Ordinal);
            Assert.DoesNotContain(typed, signInPage, StringComparison.Ordinal); // protected, not readable in the page
            var blob = WebUtility.HtmlDecode(HiddenField("BewaardFormulier").Match(signInPage).Groups[1].Value);
            Assert.NotEmpty(blob);

            var signIn = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(HiddenField("__RequestVerificationToken").Match(signInPage).Groups[1].Value),
                ["Input.Email"] = signInAs.Email!,
                ["Input.Password"] = TestApp.Password,
                ["ReturnUrl"] = pageUrl + "?handler=Actie",
                ["BewaardFormulier"] = blob,
            }));
            if (!kept)
            {
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
                Assert.DoesNotContain(typed, await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            var restore = await signIn.Content.ReadAsStringAsync();
            Assert.Contains("Uw sessie was verlopen; uw ingevulde gegevens zijn bewaard", restore, StringComparison.Ordinal);
            Assert.Contains(typed, restore, StringComparison.Ordinal);
            var action = WebUtility.HtmlDecode(FormAction().Match(restore).Groups[1].Value);
            Assert.Equal(pageUrl + "?handler=Actie", action);
            var fields = HiddenInputs().Matches(restore).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
            Assert.DoesNotContain(fields, f => f.Key == "__RequestVerificationToken");
            fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(HiddenField("__RequestVerificationToken").Match(restore).Groups[1].Value)));
            var reposted = await client.PostAsync(action, new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.Redirect, reposted.StatusCode);
            Assert.Contains(typed, await client.GetStringAsync(pageUrl), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExpiredSessionPost_UserWithSecondFactor_KeptThroughTheCodeAndReposted(DatabaseProvider provider)
    {
        await using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0019", "Tweestapdorp");
        var user = org.Users[OrgRole.Wijkverbinder];
        var pageUrl = $"/aanpakken/{org.Approach.Id}/randvoorwaarden";
        var typed = "Bewaard tot na de inlogcode " + Guid.NewGuid().ToString("N")[..6];
        var (client, cookies) = BrowserClient(app);
        await SignInAsync(client, user);
        var token = await TestApp.AntiforgeryTokenAsync(client, pageUrl);

        // The user has a second factor; then the session expires.
        var key = await app.InScopeAsync(async (sp, _) =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(stored);
            await users.SetTwoFactorEnabledAsync(stored, true);
            return (await users.GetAuthenticatorKeyAsync(stored))!;
        }, user.OrganisationId);
        foreach (Cookie cookie in cookies.GetCookies(client.BaseAddress!))
        {
            if (cookie.Name == "wijkkracht")
                cookie.Expired = true;
        }

        var signInPage = await (await client.PostAsync(pageUrl + "?handler=Actie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ActionForm.PreconditionId"] = "rv-04",
            ["ActionForm.Description"] = typed,
        }))).Content.ReadAsStringAsync();
        var blob = WebUtility.HtmlDecode(HiddenField("BewaardFormulier").Match(signInPage).Groups[1].Value);
        Assert.NotEmpty(blob);

        // Password: the code form follows on the same page, with the kept form in a hidden field (not in a URL).
        var password = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(HiddenField("__RequestVerificationToken").Match(signInPage).Groups[1].Value),
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = TestApp.Password,
            ["ReturnUrl"] = pageUrl + "?handler=Actie",
            ["BewaardFormulier"] = blob,
        }));
        Assert.Equal(HttpStatusCode.OK, password.StatusCode);
        var codePage = await password.Content.ReadAsStringAsync();
        Assert.Contains("Vul uw inlogcode in", codePage, StringComparison.Ordinal);
        Assert.Contains("action=\"/inloggen/tweestaps\"", codePage, StringComparison.Ordinal);
        Assert.Equal(blob, WebUtility.HtmlDecode(HiddenField("BewaardFormulier").Match(codePage).Groups[1].Value));
        Assert.DoesNotContain(typed, codePage, StringComparison.Ordinal);

        // The code: the kept form is offered again, and posting it saves the text.
        var code = await client.PostAsync("/inloggen/tweestaps", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(HiddenField("__RequestVerificationToken").Match(codePage).Groups[1].Value),
            ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow),
            ["ReturnUrl"] = pageUrl,
            ["BewaardFormulier"] = blob,
        }));
        Assert.Equal(HttpStatusCode.OK, code.StatusCode);
        var restore = await code.Content.ReadAsStringAsync();
        Assert.Contains("Uw sessie was verlopen; uw ingevulde gegevens zijn bewaard", restore, StringComparison.Ordinal);
        var fields = HiddenInputs().Matches(restore).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(HiddenField("__RequestVerificationToken").Match(restore).Groups[1].Value)));
        var reposted = await client.PostAsync(WebUtility.HtmlDecode(FormAction().Match(restore).Groups[1].Value), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, reposted.StatusCode);
        Assert.Contains(typed, await client.GetStringAsync(pageUrl), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignInPage_ViewingNeverLimited_AttemptsGetStyledDutch429(DatabaseProvider provider)
    {
        await using var app = new TestApp(provider, new() { ["Security:LoginAttemptsPerMinute"] = "2" });
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/inloggen")).StatusCode);
        var token = await TestApp.AntiforgeryTokenAsync(client, "/inloggen");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = "niemand@example.org",
                ["Input.Password"] = "fout-wachtwoord-123",
            }));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("text/html", last!.Content.Headers.ContentType?.MediaType);
        var html = await last.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("Te veel pogingen", html, StringComparison.Ordinal);
        Assert.Contains("/css/site.css", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/inloggen")).StatusCode);
    }

    [GeneratedRegex("<th scope=\"row\">([^<]+)</th>")]
    private static partial Regex RowHeader();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInputs();

    private static Regex HiddenField(string name) => new($"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
}
