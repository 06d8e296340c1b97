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
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Plans;
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
        ["/api/v1/approaches/{id:guid}/visibility"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/members/{memberId:guid}"] = [("id", Target.Approach), ("memberId", Target.Member)],
        ["/aanpakken/{id:guid}/beslismoment"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/rapport"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/stappen"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/stappen/{stepId}"] = [("id", Target.Approach), ("stepId", Target.StepId)],
        ["/aanpakken/{id:guid}/randvoorwaarden"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/randvoorwaarden/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/randvoorwaarden/{assessmentId:guid}"] = [("id", Target.Approach), ("assessmentId", Target.Assessment)],
        ["/api/v1/approaches/{id:guid}/steps"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/steps/{stepId}"] = [("id", Target.Approach), ("stepId", Target.StepId)],
        ["/api/v1/approaches/{id:guid}/precondition-assessments"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/precondition-assessments/{assessmentId:guid}"] = [("id", Target.Approach), ("assessmentId", Target.Assessment)],
        ["/api/v1/approaches/{id:guid}/precondition-actions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/precondition-actions/{actionId:guid}"] = [("id", Target.Approach), ("actionId", Target.Action)],
        ["/aanpakken/{id:guid}/rapport/{kind:regex(^(plan|voortgang)$)}.docx"] = [("id", Target.Approach), ("kind", Target.ReportKind)],
        ["/api/v1/approaches/{id:guid}/exports/{kind}"] = [("id", Target.Approach), ("kind", Target.ExportKind)],
        ["/aanpakken/{id:guid}/doelen"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/doelen/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/doelen/{goalId:guid}"] = [("id", Target.Approach), ("goalId", Target.Goal)],
        ["/aanpakken/{id:guid}/plan"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/plan/bewerken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/plan/vergelijken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/plan/versies/{number:int}"] = [("id", Target.Approach), ("number", Target.PlanNumber)],
        ["/api/v1/approaches/{id:guid}/decisions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/plan"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/plan/versions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/plan/versions/{number:int}"] = [("id", Target.Approach), ("number", Target.PlanNumber)],
        ["/api/v1/approaches/{id:guid}/goals"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/goals/{goalId:guid}"] = [("id", Target.Approach), ("goalId", Target.Goal)],
        ["/aanpakken/{id:guid}/interventies"] = [("id", Target.Approach)],
        ["/beheer/interventies/{id:guid}"] = [("id", Target.OwnIntervention)],
        // Public knowledge routes take content ids; another organisation's own intervention id must be unknown there.
        ["/kennisbank/methoden/{id}"] = [("id", Target.OwnIntervention)],
        ["/kennisbank/stappen/{id}"] = [("id", Target.OwnIntervention)],
        ["/kennisbank/artikelen/{id}"] = [("id", Target.OwnIntervention)],
        ["/kennisbank/interventies/{id}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/methods/{id}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/interventions/{id}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/own-interventions/{id:guid}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/hidden-interventions/{interventionId}"] = [("interventionId", Target.OwnIntervention)],
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
        Goal,

        /// <summary>Plan version number 1, which every test organisation's approach has.</summary>
        PlanNumber,

        Assessment,
        Action,

        /// <summary>A real step id ("wwp-stap-1") that the approach's method has.</summary>
        StepId,

        /// <summary>"voortgang" (page route value).</summary>
        ReportKind,

        /// <summary>"progress-report" (API route value).</summary>
        ExportKind,
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
            [Target.Goal] = b.Goal.Id,
            [Target.Assessment] = b.Assessment.Id,
            [Target.Action] = b.Action.Id,
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
            [Target.Goal] = a.Goal.Id,
            [Target.Assessment] = a.Assessment.Id,
            [Target.Action] = a.Action.Id,
        };
        (ids[Target.OwnIntervention], ids[Target.ApproachIntervention]) = await KnowledgeRecordsAsync(app, a.Organisation.Id, other.Item1.Id);
        var before = await ApproachSnapshotAsync(app, other.Item1.Id);
        var failures = new List<string>();
        foreach (var role in new[] { OrgRole.Wijkverbinder, OrgRole.Partner })
            await ProbeAllAsync(app, a.Users[role], ids, pattern => ApproachScoped.Contains(pattern), failures);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await ApproachSnapshotAsync(app, other.Item1.Id));
    }

    private static string Fill(string pattern, Dictionary<Target, Guid> ids) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "\\{([A-Za-z]+)(:[a-z]+(\\(.*?\\)\\))?)?\\}", m =>
        {
            var target = Cases[pattern].Single(c => c.Param == m.Groups[1].Value).Target;
            return target switch
            {
                Target.PlanNumber => "1",
                Target.ReportKind => "voortgang",
                Target.ExportKind => "progress-report",
                Target.StepId => "wwp-stap-1",
                _ => ids[target].ToString(),
            };
        });

    private static async Task ProbeAllAsync(TestApp app, AppUser user, Dictionary<Target, Guid> ids, Func<string, bool> include, List<string> failures)
    {
        var api = await app.ApiClientAsync(user);
        var browser = await app.SignedInClientAsync(user);
        var antiforgery = await TestApp.AntiforgeryTokenAsync(browser, "/account");
        foreach (var route in ParameterisedRoutes(app).Where(r => include(r.Pattern)))
        {
            var url = Fill(route.Pattern, ids);

            foreach (var (method, handler) in route.Methods)
            {
                HttpResponseMessage response;
                if (route.IsApi)
                {
                    var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method is "POST" or "PUT")
                        request.Content = url.Contains("/knowledge/own-interventions", StringComparison.Ordinal)
                            ? JsonContent.Create(new { title = "x", summary = "x", version = Guid.NewGuid() })
                            : JsonContent.Create(new
                            {
                                title = "x",
                                name = "x",
                                kind = "Wijk",
                                code = "WK000201",
                                issue = "x",
                                role = "Partner",
                                userId = user.Id,
                                version = Guid.NewGuid(),
                                level = "Micro",
                                term = "Kort",
                                outcome = "Door",
                                rationale = "x",
                                decidedBy = "x",
                                decidedOn = "2026-01-02",
                                centralIssue = "x",
                                baseNumber = 1,
                                interventionId = "kis-jolo",
                                note = "x",
                                assessedOn = "2026-01-02",
                                preconditionId = "rv-01",
                                description = "x",
                                items = new[] { new { preconditionId = "rv-01", askIndex = 0, score = "OpOrde" } },
                            });
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
            goals = await db.Set<Goal>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Title, x.Version }).ToListAsync(),
            assessments = await db.Set<Wijkkracht.Core.Preconditions.PreconditionAssessment>().IgnoreQueryFilters().AsNoTracking().CountAsync(x => x.OrganisationId == organisationId),
            actions = await db.Set<Wijkkracht.Core.Preconditions.PreconditionAction>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).Select(x => new { x.Id, x.Status, x.Version }).ToListAsync(),
            steps = await db.Set<Wijkkracht.Core.Steps.StepProgress>().IgnoreQueryFilters().AsNoTracking().CountAsync(x => x.OrganisationId == organisationId),
            plans = await db.Set<PlanVersion>().IgnoreQueryFilters().AsNoTracking().CountAsync(x => x.OrganisationId == organisationId),
            decisions = await db.Set<Decision>().IgnoreQueryFilters().AsNoTracking().CountAsync(x => x.OrganisationId == organisationId),
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
