using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Integration;
using static Wijkkracht.Tests.Network.NetworkApiTests;

namespace Wijkkracht.Tests.Network;

/// <summary>
/// Issue 12, the analysis beyond the measures over the API on both providers: key players, the network on a date,
/// exports that re-import to the same graph (CSV, GraphML, GEXF), GraphML/GEXF import errors, kept runs and "what
/// changed", and reveal-with-reason — for every role (allow and deny) and another organisation (404).
/// </summary>
public sealed class NetworkAnalysisApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Base(Guid approachId) => $"/api/v1/approaches/{approachId}";

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient api, Guid approachId, string content, string contentType) =>
        await api.PostAsync($"{Base(approachId)}/network/imports", new StringContent(content, Encoding.UTF8, contentType));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnalysisRoutes_ByRole_CoreTeamOnlyAndAnotherOrganisationGetsNotFound(DatabaseProvider provider)
    {
        var (app, a, other) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        var one = await AddActorAsync(app, a, "Analyse A " + Guid.NewGuid().ToString("N")[..6]);
        var two = await AddActorAsync(app, a, "Analyse B " + Guid.NewGuid().ToString("N")[..6]);
        await AddRelationAsync(app, a, one.Id, two.Id);
        var b = Base(a.Approach.Id);
        var run = JsonDocument.Parse(await (await (await app.ApiClientAsync(a.Users[OrgRole.Coordinator])).PostAsJsonAsync($"{b}/network/runs", new { label = "Rollen" }))
            .Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        string[] reads = [$"{b}/network/key-players?k=2", $"{b}/network/export?format=csv&recipient=EigenOrganisatie&basis=PubliekeTaak", $"{b}/network/export?format=graphml&recipient=EigenOrganisatie&basis=PubliekeTaak", $"{b}/exports/network?format=gexf&recipient=Politie&basis=Convenant",
            $"{b}/network/runs", $"{b}/network/changes?fromRun={run}", $"{b}/network/changes?from=2026-01-01", $"{b}/network/metrics?date=2026-01-01"];
        var rows = new List<(OrgRole, string, string, object?, HttpStatusCode)>();
        foreach (var role in new[] { OrgRole.Wijkverbinder, OrgRole.Coordinator })
        {
            rows.AddRange(reads.Select(url => (role, "GET", url, (object?)null, HttpStatusCode.OK)));
            rows.Add((role, "POST", $"{b}/network/runs", new { label = "Netwerkbijeenkomst" }, HttpStatusCode.Created));
        }

        foreach (var role in new[] { OrgRole.Partner, OrgRole.Netwerklid, OrgRole.Beheerder })
        {
            rows.AddRange(reads.Where(u => !u.Contains("/metrics", StringComparison.Ordinal)).Select(url => (role, "GET", url, (object?)null, HttpStatusCode.Forbidden)));
            rows.Add((role, "POST", $"{b}/network/runs", new { label = "Niet" }, HttpStatusCode.Forbidden));
            rows.Add((role, "DELETE", $"{b}/network/runs/{run}", null, HttpStatusCode.Forbidden));
        }

        Assert.Empty(await app.CheckStatusesAsync(a, rows));
        var foreign = await app.CheckStatusesAsync(other, [
            .. reads.Select(url => (OrgRole.Coordinator, "GET", url, (object?)null, HttpStatusCode.NotFound)),
            (OrgRole.Coordinator, "POST", $"{b}/network/runs", new { label = "Vreemd" }, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "DELETE", $"{b}/network/runs/{run}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "POST", $"{b}/actors/{one.Id}/reveal", new { reason = "Ik wil het graag weten" }, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{Base(other.Approach.Id)}/network/changes?fromRun={run}", null, HttpStatusCode.NotFound),
        ]);
        Assert.Empty(foreign);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"{b}/network/runs/{run}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.DeleteAsync($"{b}/network/runs/{run}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeyPlayers_Star_TheCentreFragmentsTheNetworkCompletely(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(api, approachId, "source,target\nMidden,A\nMidden,B\nMidden,C\nMidden,D\nC,D\n", "text/csv")).StatusCode);

        var players = JsonDocument.Parse(await api.GetStringAsync($"{Base(approachId)}/network/key-players?k=1")).RootElement;

        Assert.Equal("distance", players.GetProperty("measure").GetString());
        var first = players.GetProperty("items")[0];
        Assert.Equal("Midden", first.GetProperty("name").GetString());
        // Without the centre: A and B alone, C–D still linked: 1 − (2 pairs at distance 1) / (4·3) = 5/6.
        Assert.Equal(5.0 / 6.0, first.GetProperty("fragmentation").GetDouble(), 12);
        foreach (var bad in new[] { "k=0", "k=11", "date=1999-12-31" })
        {
            var response = await api.GetAsync($"{Base(approachId)}/network/key-players?{bad}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Metrics_OnADate_ShowTheNetworkAsItWasThatDay(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var b = Base(approachId);
        async Task<Guid> Actor(string name, string? since) => JsonDocument.Parse(await (await api.PostAsJsonAsync($"{b}/actors", new { kind = "Persoon", displayName = name, memberSince = since }))
            .Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var anna = await Actor("Anna", "2026-01-10");
        var bert = await Actor("Bert", "2026-01-10");
        var cas = await Actor("Cas", "2026-06-01");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{b}/relations", new { fromActorId = anna, toActorId = bert, type = "Kent", since = "2026-02-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{b}/relations", new { fromActorId = bert, toActorId = cas, type = "Kent", since = "2026-06-01" })).StatusCode);
        // Hearsay that expired on 1 April and was never confirmed: counts in March, not in May.
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{b}/relations", new { fromActorId = anna, toActorId = cas, type = "Kent", since = "2026-01-15", expiresOn = "2026-04-01" })).StatusCode);

        async Task<(int Nodes, int Edges)> On(string date)
        {
            var m = JsonDocument.Parse(await api.GetStringAsync($"{b}/network/metrics?date={date}")).RootElement;
            return (m.GetProperty("nodes").GetInt32(), m.GetProperty("edges").GetInt32());
        }

        Assert.Equal((0, 0), await On("2026-01-01"));
        Assert.Equal((2, 0), await On("2026-01-20"));
        Assert.Equal((2, 1), await On("2026-03-01"));
        Assert.Equal((3, 2), await On("2026-07-01"));
        var invalid = await api.GetAsync($"{b}/network/metrics?date=2099-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("\"date\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_EveryFormat_ReimportsToTheSameGraph(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var source = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        // Two triangles joined by one tie, a pendant, and names that need quoting and escaping.
        var csv = "source,target,weight\n\"Smit, Jan\",Els,5\nEls,Fleur,2\nFleur,\"Smit, Jan\",3\nFleur,Gert <de> & Co,4\nGert <de> & Co,Hana,1\nHana,Ivo,\nIvo,Gert <de> & Co,2\nIvo,12,\n";
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(api, source, csv, "text/csv")).StatusCode);
        var expected = await MetricsByNameAsync(api, source);

        foreach (var (format, contentType) in new[] { ("csv", "text/csv"), ("graphml", "application/graphml+xml"), ("gexf", "application/gexf+xml") })
        {
            var export = await api.GetAsync($"{Base(source)}/network/export?format={format}&recipient=EigenOrganisatie&basis=Convenant");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Contains(format == "csv" ? "csv" : format, export.Content.Headers.ContentType!.MediaType!, StringComparison.Ordinal);
            Assert.Equal($"netwerk-", export.Content.Headers.ContentDisposition!.FileName!.Trim('"')[..8]);
            var text = await export.Content.ReadAsStringAsync();
            var target = await NewApproachAsync(app, a);
            var imported = await ImportAsync(api, target, text, contentType);
            Assert.True(imported.StatusCode == HttpStatusCode.Created, $"{format}: {await imported.Content.ReadAsStringAsync()}");
            var actual = await MetricsByNameAsync(api, target);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, (degree, betweenness)) in expected)
            {
                Assert.Equal(degree, actual[name].Degree, 12);
                Assert.Equal(betweenness, actual[name].Betweenness, 12);
            }

            var strengths = await app.InScopeAsync((_, db) => db.Set<NetworkRelation>().Where(r => r.ApproachId == target).Select(r => r.Strength).OrderBy(s => s).ToListAsync(), a.Organisation.Id);
            Assert.Equal([1, 2, 2, 3, 3, 3, 4, 5], strengths);
        }

        var audit = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.ApproachId == source && e.Action == "export"));
        Assert.Equal(3, audit);
        var bad = await api.GetAsync($"{Base(source)}/network/export?format=pdf&recipient=EigenOrganisatie&basis=Convenant");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"format\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, (double Degree, double Betweenness)>> MetricsByNameAsync(HttpClient api, Guid approachId)
    {
        var metrics = JsonDocument.Parse(await api.GetStringAsync($"{Base(approachId)}/network/metrics")).RootElement;
        return metrics.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!,
            i => (i.GetProperty("degree").GetDouble(), i.GetProperty("betweenness").GetDouble()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportGraphMlOrGexf_WithErrors_WritesNothingAndNamesTheLines(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var graphml = """
            <?xml version="1.0" encoding="utf-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="a"/>
                <node id="b"/>
                <edge source="a" target="zz"/>
                <edge source="a" target="b"><data key="w">9</data></edge>
              </graph>
            </graphml>
            """;
        var response = await ImportAsync(api, approachId, graphml, "application/graphml+xml");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["lines[7].target", "lines[8].weight"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var broken = await ImportAsync(api, approachId, "<gexf><graph><nodes><node id=\"1\"></nodes></graph></gexf>", "application/gexf+xml");
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("geen geldige XML", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entity = await ImportAsync(api, approachId, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><graphml><graph><node id=\"&e;\"/></graph></graphml>", "application/graphml+xml");
        Assert.Equal(HttpStatusCode.BadRequest, entity.StatusCode);
        var wrongRoot = await ImportAsync(api, approachId, graphml, "application/gexf+xml");
        Assert.Equal(HttpStatusCode.BadRequest, wrongRoot.StatusCode);
        Assert.Equal(0, await app.InScopeAsync((_, db) => db.Set<NetworkActor>().CountAsync(x => x.ApproachId == approachId), a.Organisation.Id));

        // A GEXF with an isolated node: every node becomes an actor.
        var gexf = "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph><nodes><node id=\"1\" label=\"Een\"/><node id=\"2\" label=\"Twee\"/><node id=\"3\" label=\"Alleen\"/></nodes><edges><edge source=\"1\" target=\"2\" weight=\"2.0\"/></edges></graph></gexf>";
        var ok = JsonDocument.Parse(await (await ImportAsync(api, approachId, gexf, "application/gexf+xml")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(3, ok.GetProperty("actorsCreated").GetInt32());
        Assert.Equal(1, ok.GetProperty("relationsCreated").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeptRun_ThenChanges_ShowsWhoJoinedAndWhichTiesAndBridgesChanged(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var b = Base(approachId);
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(api, approachId, "source,target\nA,B\nB,C\nC,D\n", "text/csv")).StatusCode);
        var empty = await api.PostAsJsonAsync($"{b}/network/runs", new { label = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("\"Label\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await api.PostAsJsonAsync($"{b}/network/runs", new { label = "Netwerkbijeenkomst maart" });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var run = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, run.GetProperty("nodes").GetInt32());
        Assert.Equal(3, run.GetProperty("edges").GetInt32());

        // Since then: E joined and closed the path into a cycle A-B-C-D-E-A, so no tie is a bridge any more.
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(api, approachId, "source,target\nD,E\nE,A\n", "text/csv")).StatusCode);
        var changes = JsonDocument.Parse(await api.GetStringAsync($"{b}/network/changes?fromRun={run.GetProperty("id").GetGuid()}")).RootElement;

        Assert.Equal("Netwerkbijeenkomst maart", changes.GetProperty("before").GetProperty("label").GetString());
        Assert.Equal("vandaag", changes.GetProperty("after").GetProperty("label").GetString());
        Assert.Equal(["E"], changes.GetProperty("joined").EnumerateArray().Select(x => x.GetProperty("name").GetString()));
        Assert.Equal(0, changes.GetProperty("left").GetArrayLength());
        Assert.Equal(2, changes.GetProperty("newTies").GetArrayLength());
        Assert.Equal(3, changes.GetProperty("lostBridges").GetArrayLength());
        Assert.Equal(1, JsonDocument.Parse(await api.GetStringAsync($"{b}/network/runs")).RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{b}/network/changes?fromRun={Guid.NewGuid()}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reveal_ProtectedPerson_NeedsAReasonAndIsAuditedWithIt(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var secret = "Bedreigd " + Guid.NewGuid().ToString("N")[..6];
        var person = await AddActorAsync(app, a, secret, ProtectionLevel.Bedreigd, approachId: approachId);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"{Base(approachId)}/actors/{person.Id}/reveal";

        var tooShort = await api.PostAsJsonAsync(url, new { reason = "nodig" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("Reason", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reason = "Afspraak met de wijkagent over de veiligheid " + Guid.NewGuid().ToString("N")[..4];
        var shown = await api.PostAsJsonAsync(url, new { reason });
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var body = JsonDocument.Parse(await shown.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(secret, body.GetProperty("displayName").GetString());
        Assert.False(body.GetProperty("pseudonymised").GetBoolean());
        // The reveal is for this answer only: the next read is pseudonymised again.
        Assert.DoesNotContain(secret, await api.GetStringAsync($"{Base(approachId)}/actors/{person.Id}"), StringComparison.Ordinal);

        var events = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.ApproachId == approachId && e.Action == "reveal").ToListAsync());
        var reveal = Assert.Single(events);
        Assert.Equal(a.Users[OrgRole.Wijkverbinder].Id, reveal.ActorUserId);
        Assert.Equal(person.Id.ToString(), reveal.EntityId);
        Assert.Contains(reason, reveal.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, reveal.Summary, StringComparison.Ordinal);

        // A partner who is not the contact does not see the person at all; a network member has no register.
        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new ApproachMember { OrganisationId = a.Organisation.Id, ApproachId = approachId, UserId = a.Users[OrgRole.Partner].Id, Role = ApproachRole.Partner });
            await db.SaveChangesAsync();
            return true;
        }, a.Organisation.Id);
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsJsonAsync(url, new { reason })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditLog_ProtectedPerson_HoldsThePseudonymNeverTheNameOrDetails(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var b = Base(approachId);
        var secret = "Geheim " + Guid.NewGuid().ToString("N")[..6];
        var open = "Open " + Guid.NewGuid().ToString("N")[..6];
        var created = JsonDocument.Parse(await (await api.PostAsJsonAsync($"{b}/actors", new { kind = "Persoon", displayName = secret, protection = "Bedreigd", talents = "Zingt in het koor" }))
            .Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetGuid();
        var updated = await api.PutAsJsonAsync($"{b}/actors/{id}", new { kind = "Persoon", displayName = secret + " B.", protection = "Bedreigd", version = created.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        await api.GetStringAsync($"{b}/actors/{id}");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{b}/actors", new { kind = "Persoon", displayName = open })).StatusCode);

        var events = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AsNoTracking().Where(e => e.ApproachId == approachId).ToListAsync());
        var mine = events.Where(e => e.EntityId == id.ToString()).ToList();
        Assert.Contains(mine, e => e.Action == "create");
        Assert.Contains(mine, e => e.Action == "update");
        Assert.Contains(mine, e => e.Action == "view");
        foreach (var e in mine)
        {
            Assert.DoesNotContain("Geheim", e.Summary + e.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("koor", e.Summary + e.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("Bedreigd", e.Changes ?? "", StringComparison.Ordinal);
        }

        Assert.Contains(mine, e => (e.Changes ?? "").Contains(NetworkAccess.Pseudonym(id), StringComparison.Ordinal));
        // An actor who is not protected is audited with its name as before.
        Assert.Contains(events, e => e.Action == "create" && (e.Changes ?? "").Contains(open, StringComparison.Ordinal));
    }
}
