using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Network;

/// <summary>An exported network file.</summary>
public sealed record NetworkExportFile(string Content, string ContentType, string FileName, int Actors = 0, int Persons = 0, int Ties = 0);

/// <summary>
/// Exports the network as analysed on a date (issue 12 §6): an edge list CSV, GraphML or GEXF with every actor's figures.
/// Core team only; names as the reader may see them (a protected person keeps the pseudonym); the edge weight is the
/// strength of the strongest active relation between the two. Every export is an audited export event.
/// </summary>
public sealed class NetworkExportService(WijkkrachtDbContext db, ApproachService approaches, NetworkMetricsService metrics, AuditService audit)
{
    /// <summary>
    /// The export; with <paramref name="pseudonymise"/> every person (not only a protected one) is named by a pseudonym
    /// (<see cref="Privacy.Pseudonymiser.PersonPseudonym"/>), for an export to a partner (issue 14 §8).
    /// </summary>
    public async Task<Result<NetworkExportFile>> ExportAsync(Guid approachId, string? format, DateOnly? asOf, bool pseudonymise, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return Result<NetworkExportFile>.Denied(status);
        if (!access!.SeesRegister)
            return Result<NetworkExportFile>.Denied(ResultStatus.Forbidden);
        var errors = new ValidationErrors();
        var parsed = NetworkFiles.ParseFormat(format);
        if (parsed is null)
            errors.Add("format", "Kies het formaat csv, graphml of gexf.");
        if (asOf is { } day && (day < PlausibleDates.Earliest || day > metrics.Today))
            errors.Add("date", "Kies een datum vanaf 1 januari 2000 en niet later dan vandaag.");
        if (errors.Any)
            return Result<NetworkExportFile>.Invalid(errors);

        var snapshot = await metrics.SnapshotAsync(approachId, asOf, ct);
        var m = snapshot.Measures;
        var actors = snapshot.Actors;
        var ids = actors.Select(a => a.Id.ToString()).ToList();
        var nodes = actors.Select((a, i) => new ExportNode(ids[i], pseudonymise && a.Kind == ActorKind.Persoon ? Privacy.Pseudonymiser.PersonPseudonym(a.Id) : access.View(a).Actor.DisplayName, NetworkLabels.For(a.Kind).ToLowerInvariant(), m.Community[i],
            m.Degree[i], m.Betweenness[i], m.Closeness[i], m.Eigenvector[i])).ToList();
        var strengths = (await db.Set<NetworkRelation>().AsNoTracking().Where(r => r.ApproachId == approachId && r.Type != RelationType.Conflict)
                .Select(r => new { r.FromActorId, r.ToActorId, r.Strength }).ToListAsync(ct))
            .GroupBy(r => NetworkComparison.Pair(r.FromActorId, r.ToActorId)).ToDictionary(g => g.Key, g => g.Max(r => r.Strength));
        var edges = snapshot.EdgePairs()
            .Select(e => new ExportEdge(ids[e.A], ids[e.B], strengths.GetValueOrDefault(NetworkComparison.Pair(actors[e.A].Id, actors[e.B].Id), 3))).ToList();

        var content = NetworkFiles.Write(parsed!.Value, nodes, edges);
        audit.Add(actor, AuditActions.Export, nameof(NetworkActor), null, approachId,
            $"Netwerk geëxporteerd als {NetworkFiles.Extension(parsed.Value)} ({nodes.Count} actoren, {edges.Count} verbindingen, {snapshot.AsOf:yyyy-MM-dd})");
        await db.SaveChangesAsync(ct);
        return Result<NetworkExportFile>.Ok(new NetworkExportFile(content, NetworkFiles.ContentType(parsed.Value),
            $"netwerk-{snapshot.AsOf:yyyy-MM-dd}.{NetworkFiles.Extension(parsed.Value)}", nodes.Count, actors.Count(a => a.Kind == ActorKind.Persoon), edges.Count));
    }
}
