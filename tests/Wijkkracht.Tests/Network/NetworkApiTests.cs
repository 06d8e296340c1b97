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

namespace Wijkkracht.Tests.Network;

/// <summary>
/// Issue 12 over the API, both providers: /actors, /relations, /contacts and /network for every role (allow and
/// deny), another organisation's ids (404), pseudonymisation of protected persons on the server, the partner's view,
/// audited reads, the edge-list import (all or nothing, every line and field named) and the metrics contract.
/// </summary>
public sealed class NetworkApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Base(Guid approachId) => $"/api/v1/approaches/{approachId}";

    internal static Task<NetworkActor> AddActorAsync(TestApp app, TestOrg org, string name, ProtectionLevel protection = ProtectionLevel.Normaal, Guid? contact = null, Guid? approachId = null) =>
        app.InScopeAsync(async (_, db) =>
        {
            var actor = new NetworkActor
            {
                OrganisationId = org.Organisation.Id,
                ApproachId = approachId ?? org.Approach.Id,
                Kind = ActorKind.Persoon,
                DisplayName = name,
                Talents = "Kookt voor de buurt met " + name,
                Protection = protection,
                ContactUserId = contact,
                Influence = "Grote invloed op de jongeren",
                Stance = Stance.Helper,
            };
            db.Add(actor);
            await db.SaveChangesAsync();
            return actor;
        }, org.Organisation.Id);

    internal static Task<NetworkRelation> AddRelationAsync(TestApp app, TestOrg org, Guid from, Guid to, Guid? approachId = null) => app.InScopeAsync(async (_, db) =>
    {
        var relation = new NetworkRelation { OrganisationId = org.Organisation.Id, ApproachId = approachId ?? org.Approach.Id, FromActorId = from, ToActorId = to };
        db.Add(relation);
        await db.SaveChangesAsync();
        return relation;
    }, org.Organisation.Id);

    /// <summary>A fresh approach in the organisation with the wijkverbinder as member, so a test sees only its own network.</summary>
    internal static Task<Guid> NewApproachAsync(TestApp app, TestOrg org) => app.InScopeAsync(async (_, db) =>
    {
        var approach = new Approach
        {
            OrganisationId = org.Organisation.Id,
            AreaId = org.Buurt.Id,
            Title = "Netwerk " + Guid.NewGuid().ToString("N")[..6],
            Issue = "Netwerk in kaart brengen.",
            Method = ApproachMethod.Beide,
            StartDate = new DateOnly(2026, 1, 1),
            Status = ApproachStatus.Actief,
        };
        db.Add(approach);
        db.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Wijkverbinder].Id, Role = ApproachRole.Wijkverbinder });
        await db.SaveChangesAsync();
        return approach.Id;
    }, org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NetworkRoutes_ByRole_CoreTeamWritesPartnersSeeTheAggregateNetworkMembersNothing(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        var one = await AddActorAsync(app, a, "Rol A " + Guid.NewGuid().ToString("N")[..6]);
        var two = await AddActorAsync(app, a, "Rol B " + Guid.NewGuid().ToString("N")[..6]);
        var relation = await AddRelationAsync(app, a, one.Id, two.Id);
        var b = Base(a.Approach.Id);
        var actorBody = new { kind = "Organisatie", displayName = "Moskee " + Guid.NewGuid().ToString("N")[..6] };
        var relationBody = new { fromActorId = one.Id, toActorId = two.Id, type = "WerktSamen", strength = 4 };
        var contactBody = new { actorId = one.Id, date = "2026-03-01", kind = "Gesprek", teamMember = "Wijkverbinder" };
        var rows = new List<(OrgRole, string, string, object?, HttpStatusCode)>();
        foreach (var role in new[] { OrgRole.Wijkverbinder, OrgRole.Coordinator })
        {
            rows.Add((role, "GET", $"{b}/actors", null, HttpStatusCode.OK));
            rows.Add((role, "GET", $"{b}/actors/{one.Id}", null, HttpStatusCode.OK));
            rows.Add((role, "POST", $"{b}/actors", actorBody, HttpStatusCode.Created));
            rows.Add((role, "GET", $"{b}/relations", null, HttpStatusCode.OK));
            rows.Add((role, "GET", $"{b}/relations/{relation.Id}", null, HttpStatusCode.OK));
            rows.Add((role, "POST", $"{b}/relations", relationBody, HttpStatusCode.Created));
            rows.Add((role, "GET", $"{b}/contacts", null, HttpStatusCode.OK));
            rows.Add((role, "GET", $"{b}/contacts/stale?weeks=4", null, HttpStatusCode.OK));
            rows.Add((role, "POST", $"{b}/contacts", contactBody, HttpStatusCode.Created));
            rows.Add((role, "GET", $"{b}/network/metrics", null, HttpStatusCode.OK));
        }

        // Partners: the actors they are the contact of (none here) and the aggregate.
        foreach (var role in new[] { OrgRole.Partner })
        {
            rows.Add((role, "GET", $"{b}/actors", null, HttpStatusCode.OK));
            rows.Add((role, "GET", $"{b}/actors/{one.Id}", null, HttpStatusCode.NotFound));
            rows.Add((role, "POST", $"{b}/actors", actorBody, HttpStatusCode.Forbidden));
            rows.Add((role, "DELETE", $"{b}/actors/{one.Id}", null, HttpStatusCode.NotFound));
            rows.Add((role, "GET", $"{b}/relations", null, HttpStatusCode.Forbidden));
            rows.Add((role, "POST", $"{b}/relations", relationBody, HttpStatusCode.Forbidden));
            rows.Add((role, "DELETE", $"{b}/relations/{relation.Id}", null, HttpStatusCode.Forbidden));
            rows.Add((role, "GET", $"{b}/contacts", null, HttpStatusCode.Forbidden));
            rows.Add((role, "POST", $"{b}/contacts", contactBody, HttpStatusCode.Forbidden));
            rows.Add((role, "GET", $"{b}/network/metrics", null, HttpStatusCode.OK));
        }

        // Network members never see the register, nor the analysis; nor does the Beheerder's oversight.
        foreach (var (method, url, body) in new (string, string, object?)[]
        {
            ("GET", $"{b}/actors", null), ("GET", $"{b}/actors/{one.Id}", null), ("POST", $"{b}/actors", actorBody),
            ("GET", $"{b}/relations", null), ("POST", $"{b}/relations", relationBody), ("GET", $"{b}/contacts", null),
            ("GET", $"{b}/network/metrics", null),
        })
        {
            rows.Add((OrgRole.Netwerklid, method, url, body, HttpStatusCode.Forbidden));
            rows.Add((OrgRole.Beheerder, method, url, body, HttpStatusCode.Forbidden));
        }

        Assert.Empty(await app.CheckStatusesAsync(a, rows));
        var partnerImport = await (await app.ApiClientAsync(a.Users[OrgRole.Partner])).PostAsync($"{b}/network/imports", new StringContent("source,target\nx,y\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, partnerImport.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NetworkRoutes_FromAnotherOrganisationOrApproach_AreNotFound(DatabaseProvider provider)
    {
        var (app, a, other) = await apps.GetAsync(provider);
        var one = await AddActorAsync(app, a, "Eigen " + Guid.NewGuid().ToString("N")[..6]);
        var foreignActor = await AddActorAsync(app, other, "Vreemd " + Guid.NewGuid().ToString("N")[..6]);
        var relation = await AddRelationAsync(app, a, one.Id, (await AddActorAsync(app, a, "Tweede")).Id);
        var b = Base(a.Approach.Id);
        var foreign = await app.CheckStatusesAsync(other, [
            (OrgRole.Coordinator, "GET", $"{b}/actors", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{b}/actors/{one.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "PUT", $"{b}/actors/{one.Id}", new { kind = "Persoon", displayName = "x", version = one.Version }, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "DELETE", $"{b}/relations/{relation.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{b}/contacts", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{b}/network/metrics", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "POST", $"{Base(other.Approach.Id)}/relations", new { fromActorId = foreignActor.Id, toActorId = one.Id, type = "Kent" }, HttpStatusCode.NotFound),
        ]);
        Assert.Empty(foreign);

        // Within the organisation: an actor of another approach cannot be linked, nor logged, nor read through this approach.
        var otherApproach = await NewApproachAsync(app, a);
        var elsewhere = await AddActorAsync(app, a, "Elders", approachId: otherApproach);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"{b}/relations", new { fromActorId = one.Id, toActorId = elsewhere.Id, type = "Kent" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"{b}/contacts", new { actorId = elsewhere.Id, date = "2026-03-01", kind = "Gesprek", teamMember = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{b}/actors/{elsewhere.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProtectedPerson_WithoutNeedToKnow_IsPseudonymisedOnTheServerAndEveryReadIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var secret = "Yara K" + Guid.NewGuid().ToString("N")[..6];
        var minor = await AddActorAsync(app, a, secret, ProtectionLevel.Minderjarig, approachId: approachId);
        var friend = await AddActorAsync(app, a, "Vriend " + Guid.NewGuid().ToString("N")[..6], approachId: approachId);
        await AddRelationAsync(app, a, minor.Id, friend.Id, approachId);
        var b = Base(approachId);

        // The wijkverbinder (core team, not a lead, not the contact) gets a pseudonym everywhere, and no details.
        var wijkverbinder = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        foreach (var url in new[] { $"{b}/actors", $"{b}/actors/{minor.Id}", $"{b}/network/metrics", $"{b}/contacts/stale", $"{b}/actors?q=Yara" })
        {
            var text = await wijkverbinder.GetStringAsync(url);
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Minderjarig", text, StringComparison.Ordinal);
        }

        var detail = JsonDocument.Parse(await wijkverbinder.GetStringAsync($"{b}/actors/{minor.Id}")).RootElement;
        Assert.True(detail.GetProperty("pseudonymised").GetBoolean());
        Assert.Equal(NetworkAccess.Pseudonym(minor.Id), detail.GetProperty("displayName").GetString());
        var search = JsonDocument.Parse(await wijkverbinder.GetStringAsync($"{b}/actors?q=Yara")).RootElement;
        Assert.Equal(0, search.GetProperty("totalItems").GetInt32());
        var change = await wijkverbinder.PutAsJsonAsync($"{b}/actors/{minor.Id}", new { kind = "Persoon", displayName = "Anders", version = minor.Version });
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Equal("application/problem+json", change.Content.Headers.ContentType?.MediaType);

        // The coordinator (need-to-know) sees the name, the details and the judgements.
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var full = JsonDocument.Parse(await coordinator.GetStringAsync($"{b}/actors/{minor.Id}")).RootElement;
        Assert.Equal(secret, full.GetProperty("displayName").GetString());
        Assert.Equal("Minderjarig", full.GetProperty("protection").GetString());
        Assert.Equal("Helper", full.GetProperty("stance").GetString());

        var views = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.EntityType == nameof(NetworkActor) && e.ApproachId == approachId && e.Action == "view").ToListAsync());
        Assert.Contains(views, e => e.EntityId == minor.Id.ToString() && e.ActorUserId == a.Users[OrgRole.Wijkverbinder].Id);
        Assert.Contains(views, e => e.EntityId == minor.Id.ToString() && e.ActorUserId == a.Users[OrgRole.Coordinator].Id);
        Assert.DoesNotContain(views, e => e.Summary.Contains(secret, StringComparison.Ordinal) && e.ActorUserId == a.Users[OrgRole.Wijkverbinder].Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Partner_SeesOnlyActorsTheyAreContactOf_WithoutJudgements(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var partner = a.Users[OrgRole.Partner];
        await GoalOwnerTests.EnsureMemberAsync(app, a, partner, ApproachRole.Partner);
        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new ApproachMember { OrganisationId = a.Organisation.Id, ApproachId = approachId, UserId = partner.Id, Role = ApproachRole.Partner });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        var mine = await AddActorAsync(app, a, "Mijn contact", contact: partner.Id, approachId: approachId);
        var notMine = await AddActorAsync(app, a, "Niet van mij", approachId: approachId);
        await AddRelationAsync(app, a, mine.Id, notMine.Id, approachId);
        var api = await app.ApiClientAsync(partner);
        var list = JsonDocument.Parse(await api.GetStringAsync($"{Base(approachId)}/actors")).RootElement;
        Assert.Equal(1, list.GetProperty("totalItems").GetInt32());
        var item = list.GetProperty("items")[0];
        Assert.Equal(mine.Id, item.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("influence").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("stance").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{Base(approachId)}/actors/{notMine.Id}")).StatusCode);
        var metrics = JsonDocument.Parse(await api.GetStringAsync($"{Base(approachId)}/network/metrics")).RootElement;
        Assert.Equal(2, metrics.GetProperty("nodes").GetInt32());
        Assert.Equal(1, metrics.GetProperty("edges").GetInt32());
        Assert.Single(metrics.GetProperty("items").EnumerateArray());
        Assert.Empty(metrics.GetProperty("bridges").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_WithErrors_WritesNothingAndNamesEveryLineAndField(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var csv = "source,target,weight\nAmina,Bram,2\n,Bram,1\nCor,Cor,\nDina,Eef,9\nFenna,Gijs,x\n";
        var response = await api.PostAsync($"{Base(approachId)}/network/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["lines[3].source", "lines[4].target", "lines[5].weight", "lines[6].weight"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var count = await app.InScopeAsync((_, db) => db.Set<NetworkActor>().CountAsync(x => x.ApproachId == approachId), a.Organisation.Id);
        Assert.Equal(0, count);

        var header = await api.PostAsync($"{Base(approachId)}/network/imports", new StringContent("van,naar\nA,B\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, header.StatusCode);
        Assert.Contains("lines[1]", await header.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var json = await api.PostAsync($"{Base(approachId)}/network/imports", new StringContent("source,target\nA,B\n", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_EdgeList_CreatesActorsAndRelationsAndMetricsFollowNetworkX(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        // A path 1 - 2 - 3 - 4 plus a duplicate line (numbers are names too), and an isolated actor added by hand.
        var response = await api.PostAsync($"{Base(approachId)}/network/imports", new StringContent("source,target\n1,2\n2,3\n3,4\n2,1\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, summary.GetProperty("lines").GetInt32());
        Assert.Equal(4, summary.GetProperty("actorsCreated").GetInt32());
        Assert.Equal(3, summary.GetProperty("relationsCreated").GetInt32());
        Assert.Equal(1, summary.GetProperty("relationsSkipped").GetInt32());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{Base(approachId)}/actors", new { kind = "Groep", displayName = "5" })).StatusCode);

        var metrics = JsonDocument.Parse(await api.GetStringAsync($"{Base(approachId)}/network/metrics")).RootElement;
        Assert.Equal(5, metrics.GetProperty("nodes").GetInt32());
        Assert.Equal(3, metrics.GetProperty("edges").GetInt32());
        Assert.Equal(2, metrics.GetProperty("components").GetInt32());
        var byName = metrics.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        // NetworkX on P4 + an isolated node: degree_centrality(2) = 2/4; betweenness(2) = 2 pairs / C(4,2) = 1/3;
        // closeness(2) = (3/4) * (3/4) = 0.5625; constraint of the isolated node is NaN (null here).
        Assert.Equal(0.5, byName["2"].GetProperty("degree").GetDouble(), 12);
        Assert.Equal(1.0 / 3.0, byName["2"].GetProperty("betweenness").GetDouble(), 12);
        Assert.Equal(0.5625, byName["2"].GetProperty("closeness").GetDouble(), 12);
        Assert.True(byName["2"].GetProperty("cutVertex").GetBoolean());
        Assert.False(byName["1"].GetProperty("cutVertex").GetBoolean());
        Assert.Equal(JsonValueKind.Null, byName["5"].GetProperty("constraint").ValueKind);
        foreach (var field in new[] { "actorId", "name", "degree", "betweenness", "closeness", "eigenvector", "constraint", "community", "cutVertex" })
            Assert.True(byName["1"].TryGetProperty(field, out _), field);
        Assert.True(metrics.TryGetProperty("modularity", out _));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActorAndRelation_InvalidInput_AreProblemJsonWithDutchFieldErrors(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var b = Base(a.Approach.Id);
        var actor = await api.PostAsJsonAsync($"{b}/actors", new { kind = "Organisatie", displayName = "", protection = "Bedreigd", roles = new[] { "verdachte" } });
        Assert.Equal(HttpStatusCode.BadRequest, actor.StatusCode);
        var errors = JsonDocument.Parse(await actor.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("DisplayName", out _));
        Assert.True(errors.TryGetProperty("Protection", out _));
        Assert.True(errors.TryGetProperty("Roles", out _));

        var one = await AddActorAsync(app, a, "Val " + Guid.NewGuid().ToString("N")[..6]);
        var relation = await api.PostAsJsonAsync($"{b}/relations", new { fromActorId = one.Id, toActorId = one.Id, type = "Kent", strength = 7 });
        Assert.Equal(HttpStatusCode.BadRequest, relation.StatusCode);
        var relationErrors = JsonDocument.Parse(await relation.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(relationErrors.TryGetProperty("ToActorId", out _));
        Assert.True(relationErrors.TryGetProperty("Strength", out _));
    }
}
