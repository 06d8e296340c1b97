using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Network;

/// <summary>The measures of one actor (NetworkX definitions, see <see cref="NetworkMeasures"/>).</summary>
public sealed record ActorMetrics(
    Guid ActorId, string Name, ActorKind Kind, bool Pseudonymised, double Degree, double Betweenness, double Closeness, double Eigenvector,
    double? Constraint, int Community, int Component, bool CutVertex);

/// <summary>
/// The analysis of the approach's network today. <c>Items</c> holds the actors the reader may see (partners: the ones
/// they are the contact of); the graph-level figures always describe the whole network (the aggregate picture).
/// </summary>
public sealed record NetworkReport(
    IReadOnlyList<ActorMetrics> Items, int Nodes, int Edges, int Components, int Communities, double Modularity,
    IReadOnlyList<(Guid A, Guid B)> Bridges, int CutVertices, bool EigenvectorConverged, int ExpiredRelations, int ConflictRelations, bool ShowsAllActors);

/// <summary>
/// Runs <see cref="NetworkAnalysis"/> on the undirected, unweighted graph of the approach's active relations: every
/// actor is a node, every relation that has not expired (or was confirmed after expiry) and is not a conflict is an
/// edge; several relations between the same two actors are one edge.
/// </summary>
public sealed class NetworkMetricsService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, TimeProvider time)
{
    public async Task<Result<NetworkReport>> MetricsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return Result<NetworkReport>.Denied(status);
        var actors = await db.Set<NetworkActor>().AsNoTracking().Where(a => a.ApproachId == approachId).OrderBy(a => a.DisplayName).ThenBy(a => a.Id).ToListAsync(ct);
        var relations = await db.Set<NetworkRelation>().AsNoTracking().Where(r => r.ApproachId == approachId)
            .Select(r => new { r.FromActorId, r.ToActorId, r.Type, r.ExpiresOn, r.ConfirmedOn }).ToListAsync(ct);
        var today = PlausibleDates.Today(time);
        var index = actors.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var expired = 0;
        var conflicts = 0;
        var edges = new List<(int, int)>(relations.Count);
        foreach (var r in relations)
        {
            var relation = new NetworkRelation { ExpiresOn = r.ExpiresOn, ConfirmedOn = r.ConfirmedOn };
            if (!relation.IsActiveOn(today))
                expired++;
            else if (r.Type == RelationType.Conflict)
                conflicts++;
            else
                edges.Add((index[r.FromActorId], index[r.ToActorId]));
        }

        var graph = SimpleGraph.Build(actors.Count, edges);
        var m = NetworkAnalysis.Analyse(graph);
        var items = new List<ActorMetrics>();
        for (var i = 0; i < actors.Count; i++)
        {
            if (!access!.MaySee(actors[i]))
                continue;
            var view = access.View(actors[i]);
            items.Add(new ActorMetrics(actors[i].Id, view.Actor.DisplayName, actors[i].Kind, view.Pseudonymised, m.Degree[i], m.Betweenness[i], m.Closeness[i],
                m.Eigenvector[i], m.Constraint[i], m.Community[i], m.Component[i], m.CutVertex[i]));
        }

        var persons = items.Count(x => x.Kind == ActorKind.Persoon);
        if (persons > 0)
            await audit.RecordViewAsync(actor, nameof(NetworkActor), null, approachId, $"Netwerkanalyse bekeken ({persons} personen)", ct);
        var bridges = access!.SeesRegister ? m.Bridges.Select(b => (actors[b.A].Id, actors[b.B].Id)).ToList() : [];
        return Result<NetworkReport>.Ok(new NetworkReport(items, m.Nodes, m.Edges, m.Components, m.Communities, m.Modularity, bridges,
            m.CutVertex.Count(c => c), m.EigenvectorConverged, expired, conflicts, access.SeesRegister));
    }
}
