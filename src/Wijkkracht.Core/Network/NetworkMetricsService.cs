using System.Collections.Concurrent;
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
/// The analysis of the approach's network on one date. <c>Items</c> holds the actors the reader may see (partners: the
/// ones they are the contact of); the graph-level figures always describe the whole network (the aggregate picture).
/// <c>Ties</c> are the edges between actors in <c>Items</c>, only for readers of the register.
/// </summary>
public sealed record NetworkReport(
    IReadOnlyList<ActorMetrics> Items, int Nodes, int Edges, int Components, int Communities, double Modularity,
    IReadOnlyList<(Guid A, Guid B)> Bridges, int CutVertices, bool EigenvectorConverged, int ExpiredRelations, int ConflictRelations, bool ShowsAllActors)
{
    /// <summary>The date the network is shown as it was on.</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>Whether <see cref="AsOf"/> is today.</summary>
    public bool IsToday { get; init; } = true;

    public IReadOnlyList<(Guid A, Guid B)> Ties { get; init; } = [];
}

/// <summary>
/// The network as it was on one date: the actors who were in it (member since, or recorded, on or before the date), the
/// undirected, unweighted graph of the relations active that day, and its measures.
/// </summary>
public sealed record NetworkSnapshot(
    DateOnly AsOf, IReadOnlyList<NetworkActor> Actors, SimpleGraph Graph, NetworkMeasures Measures, int ExpiredRelations, int ConflictRelations)
{
    /// <summary>Every edge once, as node index pairs with the lower index first.</summary>
    public IEnumerable<(int A, int B)> EdgePairs()
    {
        for (var v = 0; v < Graph.NodeCount; v++)
        {
            foreach (var w in Graph.Adjacency[v])
            {
                if (w > v)
                    yield return (v, w);
            }
        }
    }

    /// <summary>Every actor's measures, in node order (what a kept run stores).</summary>
    public IReadOnlyList<RunActor> RunActors() =>
        Actors.Select((a, i) => new RunActor(a.Id, Measures.Degree[i], Measures.Betweenness[i], Measures.Closeness[i], Measures.Eigenvector[i],
            Measures.Constraint[i], Measures.Community[i], Measures.CutVertex[i])).ToList();

    public int IndexOf(Guid actorId)
    {
        for (var i = 0; i < Actors.Count; i++)
        {
            if (Actors[i].Id == actorId)
                return i;
        }

        return -1;
    }
}

/// <summary>
/// Keeps the measures of recent networks per approach and date, keyed by a fingerprint of the graph (its actors and
/// edges), so an unchanged network is not analysed twice and any change is analysed afresh. Singleton.
/// </summary>
public sealed class NetworkAnalysisCache
{
    private const int MaxEntries = 256;
    private readonly ConcurrentDictionary<(Guid Approach, DateOnly AsOf), (ulong Fingerprint, NetworkMeasures Measures)> entries = new();

    public NetworkMeasures GetOrAnalyse(Guid approachId, DateOnly asOf, ulong fingerprint, SimpleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (entries.TryGetValue((approachId, asOf), out var hit) && hit.Fingerprint == fingerprint)
            return hit.Measures;
        var measures = NetworkAnalysis.Analyse(graph);
        if (entries.Count >= MaxEntries)
            entries.Clear();
        entries[(approachId, asOf)] = (fingerprint, measures);
        return measures;
    }

    /// <summary>FNV-1a over the actor ids and the edges: equal for the same graph, different after any change to it.</summary>
    public static ulong Fingerprint(IReadOnlyList<NetworkActor> actors, SimpleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(graph);
        var hash = 14695981039346656037UL;
        Span<byte> bytes = stackalloc byte[16];
        foreach (var a in actors)
        {
            a.Id.TryWriteBytes(bytes);
            foreach (var b in bytes)
                hash = (hash ^ b) * 1099511628211UL;
        }

        for (var v = 0; v < graph.NodeCount; v++)
        {
            foreach (var w in graph.Adjacency[v])
            {
                if (w > v)
                    hash = (((hash ^ (uint)v) * 1099511628211UL) ^ (uint)w) * 1099511628211UL;
            }
        }

        return hash;
    }
}

/// <summary>
/// Runs <see cref="NetworkAnalysis"/> on the undirected, unweighted graph of the approach's active relations: every
/// actor is a node, every relation that has not expired (or was confirmed after expiry) and is not a conflict is an
/// edge; several relations between the same two actors are one edge. With a date, the network as it was that day.
/// </summary>
public sealed class NetworkMetricsService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, TimeProvider time, NetworkAnalysisCache cache)
{
    public async Task<Result<NetworkReport>> MetricsAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await MetricsAsync(approachId, actor, null, ct);

    public async Task<Result<NetworkReport>> MetricsAsync(Guid approachId, Actor actor, DateOnly? asOf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return Result<NetworkReport>.Denied(status);
        var snapshot = await SnapshotAsync(approachId, asOf, ct);
        var report = Report(snapshot, access!);
        var persons = report.Items.Count(x => x.Kind == ActorKind.Persoon);
        if (persons > 0)
            await audit.RecordViewAsync(actor, nameof(NetworkActor), null, approachId, $"Netwerkanalyse bekeken ({persons} personen)", ct);
        return Result<NetworkReport>.Ok(report);
    }

    /// <summary>The date used when none is given: today in the app's time zone.</summary>
    public DateOnly Today => PlausibleDates.Today(time);

    /// <summary>The network on <paramref name="asOf"/> (today when null) with its measures, from the cache when unchanged. No access check: callers check.</summary>
    public Task<NetworkSnapshot> SnapshotAsync(Guid approachId, DateOnly? asOf, CancellationToken ct = default) =>
        LoadSnapshotAsync(db, approachId, asOf ?? Today, Today, cache, ct);

    /// <summary>The network on <paramref name="day"/> with its measures (from <paramref name="cache"/> when given and unchanged).</summary>
    public static async Task<NetworkSnapshot> LoadSnapshotAsync(WijkkrachtDbContext db, Guid approachId, DateOnly day, DateOnly today, NetworkAnalysisCache? cache, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.Set<NetworkActor>().AsNoTracking().Where(a => a.ApproachId == approachId).OrderBy(a => a.DisplayName).ThenBy(a => a.Id).ToListAsync(ct);
        var actors = day >= today ? all : all.Where(a => (a.MemberSince ?? DateOnly.FromDateTime(a.CreatedAt.UtcDateTime)) <= day).ToList();
        var relations = await db.Set<NetworkRelation>().AsNoTracking().Where(r => r.ApproachId == approachId)
            .Select(r => new { r.FromActorId, r.ToActorId, r.Type, r.Since, r.CreatedAt, r.ExpiresOn, r.ConfirmedOn }).ToListAsync(ct);
        var index = actors.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var expired = 0;
        var conflicts = 0;
        var edges = new List<(int, int)>(relations.Count);
        foreach (var r in relations)
        {
            if (!index.TryGetValue(r.FromActorId, out var from) || !index.TryGetValue(r.ToActorId, out var to))
                continue;
            if (day < today && (r.Since ?? DateOnly.FromDateTime(r.CreatedAt.UtcDateTime)) > day)
                continue;
            var confirmed = r.ConfirmedOn is { } c && c <= day ? r.ConfirmedOn : null;
            var relation = new NetworkRelation { ExpiresOn = r.ExpiresOn, ConfirmedOn = day >= today ? r.ConfirmedOn : confirmed };
            if (!relation.IsActiveOn(day))
                expired++;
            else if (r.Type == RelationType.Conflict)
                conflicts++;
            else
                edges.Add((from, to));
        }

        var graph = SimpleGraph.Build(actors.Count, edges);
        var measures = cache is null ? NetworkAnalysis.Analyse(graph) : cache.GetOrAnalyse(approachId, day, NetworkAnalysisCache.Fingerprint(actors, graph), graph);
        return new NetworkSnapshot(day, actors, graph, measures, expired, conflicts);
    }

    /// <summary>The report of a snapshot as <paramref name="access"/> may see it.</summary>
    public NetworkReport Report(NetworkSnapshot snapshot, NetworkAccess access)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(access);
        var actors = snapshot.Actors;
        var m = snapshot.Measures;
        var items = new List<ActorMetrics>();
        for (var i = 0; i < actors.Count; i++)
        {
            if (!access.MaySee(actors[i]))
                continue;
            var view = access.View(actors[i]);
            items.Add(new ActorMetrics(actors[i].Id, view.Actor.DisplayName, actors[i].Kind, view.Pseudonymised, m.Degree[i], m.Betweenness[i], m.Closeness[i],
                m.Eigenvector[i], m.Constraint[i], m.Community[i], m.Component[i], m.CutVertex[i]));
        }

        var bridges = access.SeesRegister ? m.Bridges.Select(b => (actors[b.A].Id, actors[b.B].Id)).ToList() : [];
        var ties = access.SeesRegister ? snapshot.EdgePairs().Select(e => (actors[e.A].Id, actors[e.B].Id)).ToList() : [];

        return new NetworkReport(items, m.Nodes, m.Edges, m.Components, m.Communities, m.Modularity, bridges,
            m.CutVertex.Count(c => c), m.EigenvectorConverged, snapshot.ExpiredRelations, snapshot.ConflictRelations, access.SeesRegister)
        {
            AsOf = snapshot.AsOf,
            IsToday = snapshot.AsOf == Today,
            Ties = ties,
        };
    }
}
