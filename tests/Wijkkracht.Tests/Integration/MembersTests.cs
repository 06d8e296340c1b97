using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Web.Api;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// What each role sees of an approach's members and chosen interventions (H1, M1), and least privilege inside
/// approaches (M9): pages and API, on both providers.
/// </summary>
public sealed class MembersTests(SharedApps apps) : IClassFixture<SharedApps>
{
    internal const string SecretNote = "Vertrouwelijke notitie van het kernteam";
    internal const string SecretAnswer = "Antwoord van het kernteam op de startvraag";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>
    /// GET as <paramref name="user"/> over the API. A network member may lose API access altogether (tokens are being
    /// restricted to roles that may hold them: 403 since issue 7 M2); then the JSON is produced in-process by the same DTO mapping, so the
    /// field pin still holds. Returns the JSON text.
    /// </summary>
    internal static async Task<string> ApiGetAsync(TestApp app, AppUser user, string url, Func<IServiceProvider, Actor, Task<object>> inProcess)
    {
        var response = await (await app.ApiClientAsync(user)).GetAsync(url);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && user.Role == OrgRole.Netwerklid)
        {
            var actor = new Actor(user.Id, user.OrganisationId, user.Role, user.DisplayName);
            var value = await app.AsActorAsync(actor, async (sp, _) => await inProcess(sp, actor));
            var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            return JsonSerializer.Serialize(value, value.GetType(), options);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    internal static Task<string> MembersJsonAsync(TestApp app, AppUser user, Guid id) =>
        ApiGetAsync(app, user, $"/api/v1/approaches/{id}/members", async (sp, actor) =>
            (await sp.GetRequiredService<ApproachService>().ListMembersAsync(id, actor)).Value!.Select(m => MemberDto.From(m)).ToList());

    internal static Task<string> InterventionsJsonAsync(TestApp app, AppUser user, Guid id) =>
        ApiGetAsync(app, user, $"/api/v1/approaches/{id}/interventions", async (sp, actor) =>
            (await sp.GetRequiredService<ApproachInterventionService>().ListAsync(id, actor)).Value!.Select(ApproachInterventionDto.From).ToList());

    private static string[] Props(JsonElement o) => o.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// A new approach in organisation A with the coordinator as Gemeenteverbinder, the wijkverbinder, the partner and
    /// the network member; the Beheerder is not a member. One chosen intervention carries the team's analysis.
    /// </summary>
    internal static async Task<Guid> ApproachWithEveryRoleAsync(TestApp app, TestOrg a)
    {
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var created = await coordinator.PostAsJsonAsync("/api/v1/approaches", new { title = "Rollen " + Guid.NewGuid().ToString("N")[..6], issue = "Wie ziet wat.", areaId = a.Buurt.Id, method = "Beide", startDate = "2026-03-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetGuid();
        foreach (var (role, approachRole) in new[] { (OrgRole.Coordinator, "Gemeenteverbinder"), (OrgRole.Wijkverbinder, "Wijkverbinder"), (OrgRole.Partner, "Partner"), (OrgRole.Netwerklid, "Netwerklid") })
        {
            var added = await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/members", new { userId = a.Users[role].Id, role = approachRole });
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var intervention = await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/interventions", new
        {
            interventionId = "kis-jolo",
            note = SecretNote,
            answers = new Dictionary<string, string> { ["sv-1"] = SecretAnswer },
            principles = new[] { "wp-1" },
        });
        Assert.Equal(HttpStatusCode.Created, intervention.StatusCode);
        return id;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListMembers_PerRole_ReturnsOnlyTheAllowedMembersAndFields(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await ApproachWithEveryRoleAsync(app, a);
        string[] full = ["displayName", "email", "id", "partnerType", "role", "userId", "version"];
        string[] noEmail = ["displayName", "id", "partnerType", "role", "userId", "version"];
        string[] contact = ["displayName", "role"];

        // Expected: per reader, per listed member (by org role) the exact property set; members not named are not listed.
        var expected = new Dictionary<OrgRole, Dictionary<OrgRole, string[]>>
        {
            [OrgRole.Coordinator] = new() { [OrgRole.Coordinator] = full, [OrgRole.Wijkverbinder] = full, [OrgRole.Partner] = full, [OrgRole.Netwerklid] = full },
            [OrgRole.Wijkverbinder] = new() { [OrgRole.Coordinator] = full, [OrgRole.Wijkverbinder] = full, [OrgRole.Partner] = full, [OrgRole.Netwerklid] = full },
            [OrgRole.Partner] = new() { [OrgRole.Coordinator] = full, [OrgRole.Wijkverbinder] = full, [OrgRole.Partner] = full, [OrgRole.Netwerklid] = noEmail },
            [OrgRole.Beheerder] = new() { [OrgRole.Coordinator] = full, [OrgRole.Wijkverbinder] = full, [OrgRole.Partner] = full, [OrgRole.Netwerklid] = full },
            [OrgRole.Netwerklid] = new() { [OrgRole.Coordinator] = contact, [OrgRole.Wijkverbinder] = contact },
        };
        foreach (var (reader, rows) in expected)
        {
            var json = await MembersJsonAsync(app, a.Users[reader], id);
            var list = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
            var byName = list.ToDictionary(m => m.GetProperty("displayName").GetString()!, m => m);
            Assert.Equal(rows.Keys.Select(r => a.Users[r].DisplayName).Order(StringComparer.Ordinal), byName.Keys.Order(StringComparer.Ordinal));
            foreach (var (member, props) in rows)
                Assert.True(props.SequenceEqual(Props(byName[a.Users[member].DisplayName])), $"{reader} reading {member}: {string.Join(",", Props(byName[a.Users[member].DisplayName]))}");
            if (reader == OrgRole.Netwerklid)
                Assert.DoesNotContain("@", json, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MembersPage_NetworkMember_SeesContactsWithoutEmailAndReadIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await ApproachWithEveryRoleAsync(app, a);
        var netwerklid = a.Users[OrgRole.Netwerklid];
        var browser = await app.SignedInClientAsync(netwerklid);
        var html = await browser.GetStringAsync($"/aanpakken/{id}/leden");
        Assert.Contains("Uw contactpersonen", html, StringComparison.Ordinal);
        Assert.Contains(a.Users[OrgRole.Wijkverbinder].DisplayName, html, StringComparison.Ordinal);
        Assert.Contains(a.Users[OrgRole.Coordinator].DisplayName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Users[OrgRole.Partner].DisplayName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("E-mailadres", html, StringComparison.Ordinal);
        foreach (var user in a.Users.Values)
            Assert.DoesNotContain(user.Email!, html, StringComparison.OrdinalIgnoreCase);

        var partnerHtml = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync($"/aanpakken/{id}/leden");
        Assert.Contains(a.Users[OrgRole.Wijkverbinder].Email!, partnerHtml, StringComparison.Ordinal);
        Assert.Contains(netwerklid.DisplayName, partnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(netwerklid.Email!, partnerHtml, StringComparison.Ordinal);

        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .CountAsync(e => e.ActorUserId == netwerklid.Id && e.ApproachId == id && e.Action == AuditActions.View && e.EntityType == "ApproachMember"));
        Assert.True(audited >= 1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetMember_NetworkMember_Gets404ForEveryMember(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await ApproachWithEveryRoleAsync(app, a);
        var ids = (await JsonAsync(await (await app.ApiClientAsync(a.Users[OrgRole.Coordinator])).GetAsync($"/api/v1/approaches/{id}/members")))
            .EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
        var client = await app.ApiClientAsync(a.Users[OrgRole.Netwerklid]);
        foreach (var memberId in ids)
            Assert.Contains((await client.GetAsync($"/api/v1/approaches/{id}/members/{memberId}")).StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        var netwerklid = a.Users[OrgRole.Netwerklid];
        var inProcess = await app.AsActorAsync(new Actor(netwerklid.Id, a.Organisation.Id, netwerklid.Role, netwerklid.DisplayName), async (sp, _) =>
            (await sp.GetRequiredService<ApproachService>().GetMemberAsync(id, ids[0], new Actor(netwerklid.Id, a.Organisation.Id, netwerklid.Role, netwerklid.DisplayName))).Status);
        Assert.Equal(Wijkkracht.Core.Common.ResultStatus.NotFound, inProcess);
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/api/v1/approaches/{id}/members/{ids[0]}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Interventions_NetworkMember_GetsNoTeamAnalysis(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await ApproachWithEveryRoleAsync(app, a);
        string[] withAnalysis = ["answers", "goalIds", "id", "interventionId", "note", "principles", "title", "version"];
        string[] withoutAnalysis = ["goalIds", "id", "interventionId", "title", "version"];
        foreach (var (reader, props) in new[] { (OrgRole.Netwerklid, withoutAnalysis), (OrgRole.Partner, withAnalysis), (OrgRole.Wijkverbinder, withAnalysis), (OrgRole.Beheerder, withAnalysis) })
        {
            var json = await InterventionsJsonAsync(app, a.Users[reader], id);
            var item = Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray());
            Assert.True(props.SequenceEqual(Props(item)), $"{reader}: {string.Join(",", Props(item))}");
            if (reader == OrgRole.Netwerklid)
                Assert.DoesNotContain(SecretNote, json, StringComparison.Ordinal);
        }

        var html = await (await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid])).GetStringAsync($"/aanpakken/{id}/interventies");
        Assert.DoesNotContain(SecretNote, html, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretAnswer, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Werkzame principes</a>:", html, StringComparison.Ordinal);
        var partnerHtml = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync($"/aanpakken/{id}/interventies");
        Assert.Contains(SecretNote, partnerHtml, StringComparison.Ordinal);
        Assert.Contains("Werkzame principes</a>:", partnerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BeheerderNotMember_ReadsAuditedButChangesNothing(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await ApproachWithEveryRoleAsync(app, a);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var version = (await JsonAsync(await coordinator.GetAsync($"/api/v1/approaches/{id}"))).GetProperty("version").GetGuid();
        var item = (await JsonAsync(await coordinator.GetAsync($"/api/v1/approaches/{id}/interventions")))[0];
        var change = new { title = "Door de beheerder", issue = "x", areaId = a.Buurt.Id, method = "Beide", startDate = "2026-03-01", version };
        var decision = new { outcome = "Door", rationale = "x", decidedBy = "x", decidedOn = "2026-03-02" };
        var expectations = new (OrgRole Role, string Method, string Url, object? Body, HttpStatusCode Expected)[]
        {
            (OrgRole.Beheerder, "GET", $"/api/v1/approaches/{id}", null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "GET", $"/api/v1/approaches/{id}/plan/versions", null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "GET", $"/api/v1/approaches/{id}/goals", null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "POST", "/api/v1/approaches", change, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "PUT", $"/api/v1/approaches/{id}", change, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "DELETE", $"/api/v1/approaches/{id}", null, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "PUT", $"/api/v1/approaches/{id}/steps/wwp-stap-1", new { status = "Bezig" }, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "POST", $"/api/v1/approaches/{id}/plan/versions", new { centralIssue = "x", baseNumber = 0 }, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "POST", $"/api/v1/approaches/{id}/decisions", decision, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "POST", $"/api/v1/approaches/{id}/goals", new { title = "x", level = "Micro", term = "Kort" }, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "POST", $"/api/v1/approaches/{id}/interventions", new { interventionId = "kis-jolo" }, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "DELETE", $"/api/v1/approaches/{id}/interventions/{item.GetProperty("id").GetGuid()}", null, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "POST", $"/api/v1/approaches/{id}/members", new { userId = a.Users[OrgRole.Beheerder].Id, role = "Gemeenteverbinder" }, HttpStatusCode.Forbidden),
            (OrgRole.Coordinator, "PUT", $"/api/v1/approaches/{id}", change, HttpStatusCode.OK), // the coordinator keeps managing every approach
        };
        var failures = await app.CheckStatusesAsync(a, expectations);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

        var beheerder = a.Users[OrgRole.Beheerder];
        var reads = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .CountAsync(e => e.ActorUserId == beheerder.Id && e.ApproachId == id && e.Action == AuditActions.View && e.EntityType == "Approach"));
        Assert.True(reads >= 1);

        var browser = await app.SignedInClientAsync(beheerder);
        var overview = await browser.GetStringAsync($"/aanpakken/{id}");
        Assert.DoesNotContain($"/aanpakken/{id}/bewerken", overview, StringComparison.Ordinal);
        var edit = await browser.GetAsync($"/aanpakken/{id}/bewerken");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Contains("toegang", edit.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddOrChangeMember_RoleNotFittingOrganisationRole_IsRefusedInDutch(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await ApproachWithEveryRoleAsync(app, a);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var members = (await JsonAsync(await coordinator.GetAsync($"/api/v1/approaches/{id}/members"))).EnumerateArray().ToList();
        var networkMember = members.Single(m => m.GetProperty("role").GetString() == "Netwerklid");
        var changed = await coordinator.PutAsJsonAsync($"/api/v1/approaches/{id}/members/{networkMember.GetProperty("id").GetGuid()}",
            new { role = "Gemeenteverbinder", version = networkMember.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        Assert.Equal("application/problem+json", changed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("kan in een aanpak geen gemeenteverbinder zijn", (await JsonAsync(changed)).GetProperty("errors").GetProperty("Role")[0].GetString(), StringComparison.Ordinal);

        // The Beheerder is not yet a member: any role fits; a partner (org role) only as partner.
        var user = await app.InScopeAsync(async (sp, db) =>
        {
            var um = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var u = new AppUser { OrganisationId = a.Organisation.Id, Email = $"politie-{Guid.NewGuid():N}@gm0001.example", DisplayName = "Wijkagent " + Guid.NewGuid().ToString("N")[..4], Role = OrgRole.Partner, EmailConfirmed = true };
            u.UserName = u.Email;
            await um.CreateAsync(u, TestApp.Password);
            return u;
        }, a.Organisation.Id);
        var refused = await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/members", new { userId = user.Id, role = "Wijkverbinder" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Kies partner.", (await JsonAsync(refused)).GetProperty("errors").GetProperty("Role")[0].GetString(), StringComparison.Ordinal);

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var page = $"/aanpakken/{id}/leden";
        Assert.Contains("Een bewoner kan alleen netwerklid zijn.", await browser.GetStringAsync(page), StringComparison.Ordinal);
        var form = await TestApp.PostFormAsync(browser, page, new() { ["Input.UserId"] = user.Id.ToString(), ["Input.Role"] = "Gemeenteverbinder" }, page + "?handler=Toevoegen");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync());
        Assert.Contains("kan in een aanpak geen gemeenteverbinder zijn", html, StringComparison.Ordinal);

        var ok = await coordinator.PostAsJsonAsync($"/api/v1/approaches/{id}/members", new { userId = user.Id, role = "Partner" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }
}
