using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// Walks every route of the application (pages and API, from the endpoint data source) and proves that a user of
/// organisation A gets 404 for organisation B's ids on every method, with B's data unchanged; and the same for an
/// approach of A that the user is not a member of.
/// </summary>
public sealed class TenantIsolationTests(SharedApps apps) : IClassFixture<SharedApps>
{
    /// <summary>Which record each route parameter names, per route pattern. A new route with parameters needs a row here.</summary>
    private static readonly Dictionary<string, (string Param, Target Target)[]> Cases = new(StringComparer.Ordinal)
    {
        ["/aanpakken/{id:guid}"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/bewerken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/leden"] = [("id", Target.Approach)],
        ["/beheer/gebieden/{id:guid}"] = [("id", Target.Area)],
        ["/beheer/gebruikers/{id:guid}"] = [("id", Target.User)],
        ["/api/v1/areas/{id:guid}"] = [("id", Target.Area)],
        ["/api/v1/approaches/{id:guid}"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/members"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/members/{memberId:guid}"] = [("id", Target.Approach), ("memberId", Target.Member)],
        ["/aanpakken/{id:guid}/interventies"] = [("id", Target.Approach)],
        ["/beheer/interventies/{id:guid}"] = [("id", Target.OwnIntervention)],
        // Public knowledge routes take content ids; another organisation's own intervention id must be unknown there.
        ["/kennisbank/methoden/{id}"] = [("id", Target.OwnIntervention)],
        ["/kennisbank/stappen/{id}"] = [("id", Target.OwnIntervention)],
        ["/kennisbank/artikelen/{id}"] = [("id", Target.OwnIntervention)],
        ["/kennisbank/interventies/{id}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/methods/{id}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/interventions/{id}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/approaches/{id:guid}/interventions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/interventions/{itemId:guid}"] = [("id", Target.Approach), ("itemId", Target.ApproachIntervention)],
    };

    /// <summary>Routes whose ids are scoped to an approach (membership applies).</summary>
    private static readonly HashSet<string> ApproachScoped = new(Cases.Where(c => c.Value.Any(p => p.Target == Target.Approach)).Select(c => c.Key), StringComparer.Ordinal);

    public enum Target
    {
        Approach,
        Area,
        User,
        Member,
        OwnIntervention,
        ApproachIntervention,
    }

    [Fact]
    public async Task EveryRouteWithParameters_HasAnIsolationCase()
    {
        var (app, _, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var missing = ParameterisedRoutes(app).Select(r => r.Pattern).Distinct().Where(p => !Cases.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "Routes without a tenant-isolation case: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnyRoute_OtherOrganisationsIds_Returns404AndChangesNothing(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var ids = new Dictionary<Target, Guid>
        {
            [Target.Approach] = b.Approach.Id,
            [Target.Area] = b.Wijk.Id,
            [Target.User] = b.Users[OrgRole.Partner].Id,
            [Target.Member] = b.PartnerMember.Id,
        };
        (ids[Target.OwnIntervention], ids[Target.ApproachIntervention]) = await KnowledgeRecordsAsync(app, b.Organisation.Id, b.Approach.Id);
        var before = await SnapshotAsync(app, b.Organisation.Id);
        var failures = new List<string>();
        foreach (var role in new[] { OrgRole.Beheerder, OrgRole.Coordinator, OrgRole.Wijkverbinder })
        {
            var user = a.Users[role];
            await ProbeAllAsync(app, user, ids, _ => true, failures);
        }

        var after = await SnapshotAsync(app, b.Organisation.Id);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, after);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApproachRoutes_ApproachUserIsNotMemberOf_Return404AndChangeNothing(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var coordinator = a.Users[OrgRole.Coordinator];
        var other = await app.AsActorAsync(new Actor(coordinator.Id, a.Organisation.Id, coordinator.Role, coordinator.DisplayName), async (sp, db) =>
        {
            var created = await sp.GetRequiredService<ApproachService>().CreateAsync(
                new ApproachInput { Title = "Besloten aanpak " + Guid.NewGuid().ToString("N")[..6], Issue = "Zonder deze leden.", AreaId = a.Buurt.Id, Method = ApproachMethod.WerkwijzerPlus, StartDate = new DateOnly(2026, 2, 1) },
                new Actor(coordinator.Id, a.Organisation.Id, coordinator.Role, coordinator.DisplayName));
            var member = new ApproachMember { ApproachId = created.Value!.Id, UserId = a.Users[OrgRole.Netwerklid].Id, Role = ApproachRole.Netwerklid };
            db.ApproachMembers.Add(member);
            await db.SaveChangesAsync();
            return (created.Value!, member);
        });

        var ids = new Dictionary<Target, Guid>
        {
            [Target.Approach] = other.Item1.Id,
            [Target.Area] = a.Wijk.Id,
            [Target.User] = a.Users[OrgRole.Partner].Id,
            [Target.Member] = other.member.Id,
        };
        (ids[Target.OwnIntervention], ids[Target.ApproachIntervention]) = await KnowledgeRecordsAsync(app, a.Organisation.Id, other.Item1.Id);
        var before = await ApproachSnapshotAsync(app, other.Item1.Id);
        var failures = new List<string>();
        foreach (var role in new[] { OrgRole.Wijkverbinder, OrgRole.Partner })
            await ProbeAllAsync(app, a.Users[role], ids, pattern => ApproachScoped.Contains(pattern), failures);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await ApproachSnapshotAsync(app, other.Item1.Id));
    }

    private static async Task ProbeAllAsync(TestApp app, AppUser user, Dictionary<Target, Guid> ids, Func<string, bool> include, List<string> failures)
    {
        var api = await app.ApiClientAsync(user);
        var browser = await app.SignedInClientAsync(user);
        var antiforgery = await TestApp.AntiforgeryTokenAsync(browser, "/account");
        foreach (var route in ParameterisedRoutes(app).Where(r => include(r.Pattern)))
        {
            var url = route.Pattern;
            foreach (var (param, target) in Cases[route.Pattern])
                url = url.Replace("{" + param + ":guid}", ids[target].ToString(), StringComparison.Ordinal).Replace("{" + param + "}", ids[target].ToString(), StringComparison.Ordinal);

            foreach (var (method, handler) in route.Methods)
            {
                HttpResponseMessage response;
                if (route.IsApi)
                {
                    var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method is "POST" or "PUT")
                        request.Content = JsonContent.Create(new { title = "x", name = "x", kind = "Wijk", code = "WK000201", issue = "x", role = "Partner", userId = user.Id, version = Guid.NewGuid(), interventionId = "kis-jolo", note = "x" });
                    response = await api.SendAsync(request);
                }
                else if (method == "GET")
                {
                    response = await browser.GetAsync(url);
                }
                else
                {
                    var form = new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = antiforgery,
                        ["Input.Title"] = "x",
                        ["Input.Name"] = "x",
                        ["Input.Issue"] = "x",
                        ["Input.Role"] = "Partner",
                        ["memberId"] = ids[Target.Member].ToString(),
                        ["role"] = "Partner",
                        ["version"] = Guid.NewGuid().ToString(),
                        ["itemId"] = ids[Target.ApproachIntervention].ToString(),
                        ["note"] = "x",
                        ["Input.Summary"] = "x",
                    };
                    response = await browser.PostAsync(handler is null ? url : $"{url}?handler={handler}", new FormUrlEncodedContent(form));
                }

                if (response.StatusCode != HttpStatusCode.NotFound)
                    failures.Add($"{user.Role} {method} {url}{(handler is null ? "" : "?handler=" + handler)} gave {(int)response.StatusCode}");
            }
        }
    }

    private sealed record RouteCase(string Pattern, bool IsApi, List<(string Method, string? Handler)> Methods);

    private static List<RouteCase> ParameterisedRoutes(TestApp app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var result = new List<RouteCase>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.RoutePattern.Parameters.Count == 0 || endpoint.RoutePattern.RawText is null)
                continue;
            var pattern = "/" + endpoint.RoutePattern.RawText.Trim('/');
            var page = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>();
            if (page is not null)
            {
                var modelType = typeof(Program).Assembly.GetType("Wijkkracht.Web.Pages" + page.ViewEnginePath.Replace('/', '.') + "Model");
                var methods = new List<(string, string?)> { ("GET", null) };
                foreach (var m in modelType?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly) ?? [])
                {
                    if (!m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                        continue;
                    var name = m.Name["OnPost".Length..].Replace("Async", "", StringComparison.Ordinal);
                    methods.Add(("POST", name.Length == 0 ? null : name));
                }

                result.Add(new RouteCase(pattern, false, methods));
            }
            else
            {
                var verbs = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                result.Add(new RouteCase(pattern, true, verbs.Select(v => (v, (string?)null)).ToList()));
            }
        }

        return result;
    }

    /// <summary>An own intervention of the organisation and an intervention in the approach's plan (made once per approach).</summary>
    private static Task<(Guid Own, Guid Item)> KnowledgeRecordsAsync(TestApp app, Guid organisationId, Guid approachId) => app.InScopeAsync(async (_, db) =>
    {
        var existing = await db.ApproachInterventions.FirstOrDefaultAsync(i => i.ApproachId == approachId);
        var own = await db.OwnInterventions.FirstOrDefaultAsync();
        if (own is null)
        {
            own = new Wijkkracht.Core.Knowledge.OwnIntervention { Title = "Eigen interventie", Summary = "Alleen voor deze organisatie." };
            db.OwnInterventions.Add(own);
        }

        if (existing is null)
        {
            existing = new Wijkkracht.Core.Knowledge.ApproachIntervention { ApproachId = approachId, InterventionId = "kis-opzoomeren" };
            db.ApproachInterventions.Add(existing);
        }

        await db.SaveChangesAsync();
        return (own.Id, existing.Id);
    }, organisationId);

    private static Task<string> SnapshotAsync(TestApp app, Guid organisationId) => app.InScopeAsync(async (_, db) =>
        JsonSerializer.Serialize(new
        {
            areas = await db.Areas.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            approaches = await db.Approaches.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            members = await db.ApproachMembers.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Role, x.UserId, x.Version }).ToListAsync(),
            users = await db.Users.AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Email, x.Role, x.IsActive, x.Version }).ToListAsync(),
            own = await db.OwnInterventions.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Title, x.Version }).ToListAsync(),
            planned = await db.ApproachInterventions.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Note, x.Version }).ToListAsync(),
            audit = await db.AuditEvents.IgnoreQueryFilters().AsNoTracking().CountAsync(x => x.OrganisationId == organisationId),
        }));

    private static Task<string> ApproachSnapshotAsync(TestApp app, Guid approachId) => app.InScopeAsync(async (_, db) =>
        JsonSerializer.Serialize(new
        {
            approach = await db.Approaches.IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == approachId).Select(x => new { x.Title, x.Issue, x.Status, x.Version }).ToListAsync(),
            members = await db.ApproachMembers.IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).Select(x => new { x.Id, x.Role, x.Version }).ToListAsync(),
            planned = await db.ApproachInterventions.IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).Select(x => new { x.Id, x.Note, x.Version }).ToListAsync(),
        }));
}
