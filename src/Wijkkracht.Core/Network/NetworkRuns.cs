using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Network;

/// <summary>
/// A kept analysis run (issue 12 §2): the network's measures on one date, saved under a label ("netwerkbijeenkomst
/// 12 november") and never overwritten, so "what changed since then" is one click. It holds record ids and figures,
/// never names: names are looked up when the run is shown, with the reader's protection rules.
/// </summary>
public sealed class NetworkAnalysisRun : ITenantOwned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Label { get; set; } = "";

    /// <summary>The date the network was analysed as it was on.</summary>
    public DateOnly AsOf { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public string CreatedByName { get; set; } = "";

    public int Nodes { get; set; }

    public int Edges { get; set; }

    public int Components { get; set; }

    public int Communities { get; set; }

    public double Modularity { get; set; }

    /// <summary>
    /// Set when a person who was part of this run was erased at their request (issue 14 §7): the run's figures still
    /// count them, their node can no longer be named.
    /// </summary>
    public DateTimeOffset? PersonErasedAt { get; set; }

    /// <summary>JSON of <see cref="NetworkRunData"/>.</summary>
    public string Data { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>EF mapping of <see cref="NetworkAnalysisRun"/>: deleting the approach removes its runs.</summary>
public sealed class NetworkAnalysisRunConfiguration : IEntityTypeConfiguration<NetworkAnalysisRun>
{
    public void Configure(EntityTypeBuilder<NetworkAnalysisRun> builder)
    {
        builder.Property(r => r.Label).HasMaxLength(200);
        builder.Property(r => r.CreatedByName).HasMaxLength(200);
        builder.HasOne<Approach>().WithMany().HasForeignKey(r => r.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ApproachId, r.CreatedAt });
    }
}

/// <summary>The measures of one actor in a kept run.</summary>
public sealed record RunActor(Guid Id, double Degree, double Betweenness, double Closeness, double Eigenvector, double? Constraint, int Community, bool CutVertex);

/// <summary>What a kept run stores: per actor the measures, the ties and bridges (as index pairs) and the key players.</summary>
public sealed record NetworkRunData(IReadOnlyList<RunActor> Actors, IReadOnlyList<int[]> Ties, IReadOnlyList<int[]> Bridges, IReadOnlyList<Guid> KeyPlayers, double Baseline);

/// <summary>The network in one state (a date or a kept run), ready to compare.</summary>
public sealed record NetworkState(string Label, DateOnly AsOf, IReadOnlyDictionary<Guid, RunActor> Actors, IReadOnlySet<(Guid, Guid)> Ties, IReadOnlySet<(Guid, Guid)> Bridges,
    int Components, int Communities, double Modularity)
{
    public static NetworkState From(string label, DateOnly asOf, NetworkRunData data, int components, int communities, double modularity)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ids = data.Actors.Select(a => a.Id).ToList();
        return new NetworkState(label, asOf, data.Actors.ToDictionary(a => a.Id),
            data.Ties.Select(t => NetworkComparison.Pair(ids[t[0]], ids[t[1]])).ToHashSet(),
            data.Bridges.Select(t => NetworkComparison.Pair(ids[t[0]], ids[t[1]])).ToHashSet(), components, communities, modularity);
    }
}

/// <summary>A change in one actor's measure between two states.</summary>
public sealed record MeasureChange(Guid ActorId, double Before, double After)
{
    public double Delta => After - Before;
}

/// <summary>What changed between two states of the network.</summary>
public sealed record NetworkChanges(
    NetworkState From, NetworkState To, IReadOnlyList<Guid> Joined, IReadOnlyList<Guid> Left, IReadOnlyList<(Guid A, Guid B)> NewTies,
    IReadOnlyList<(Guid A, Guid B)> LostTies, IReadOnlyList<(Guid A, Guid B)> LostBridges, IReadOnlyList<(Guid A, Guid B)> NewBridges,
    IReadOnlyList<MeasureChange> DegreeRisers, IReadOnlyList<MeasureChange> BetweennessChanges);

/// <summary>Compares two states of the network (pure; issue 12 §2 "two dates compared").</summary>
public static class NetworkComparison
{
    public static (Guid, Guid) Pair(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    public static NetworkChanges Compare(NetworkState from, NetworkState to, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var joined = to.Actors.Keys.Where(id => !from.Actors.ContainsKey(id)).ToList();
        var left = from.Actors.Keys.Where(id => !to.Actors.ContainsKey(id)).ToList();
        var newTies = to.Ties.Where(t => !from.Ties.Contains(t)).ToList();
        var lostTies = from.Ties.Where(t => !to.Ties.Contains(t)).ToList();
        var lostBridges = from.Bridges.Where(b => !to.Bridges.Contains(b)).ToList();
        var newBridges = to.Bridges.Where(b => !from.Bridges.Contains(b)).ToList();
        var both = to.Actors.Keys.Where(from.Actors.ContainsKey).ToList();
        // Degree centrality is relative to the network's size; the change that matters is in direct contacts, so the
        // raw degree (centrality × (n − 1)) is compared.
        double Raw(NetworkState s, Guid id) => Math.Round(s.Actors[id].Degree * Math.Max(0, s.Actors.Count - 1));
        var risers = both.Select(id => new MeasureChange(id, Raw(from, id), Raw(to, id))).Where(c => c.Delta > 0)
            .OrderByDescending(c => c.Delta).ThenBy(c => c.ActorId).Take(top).ToList();
        var betweenness = both.Select(id => new MeasureChange(id, from.Actors[id].Betweenness, to.Actors[id].Betweenness)).Where(c => Math.Abs(c.Delta) >= 0.01)
            .OrderByDescending(c => Math.Abs(c.Delta)).ThenBy(c => c.ActorId).Take(top).ToList();
        return new NetworkChanges(from, to, joined, left, newTies, lostTies, lostBridges, newBridges, risers, betweenness);
    }
}

/// <summary>A kept run as listed (without its data).</summary>
public sealed record NetworkRunSummary(Guid Id, string Label, DateOnly AsOf, string CreatedByName, DateTimeOffset CreatedAt, int Nodes, int Edges, int Components, int Communities, double Modularity, DateTimeOffset? PersonErasedAt = null);

/// <summary>Input for keeping a run.</summary>
public sealed class NetworkRunInput
{
    public string? Label { get; set; }

    public DateOnly? AsOf { get; set; }
}

/// <summary>One side of a comparison: a kept run, or a date (today when both are empty).</summary>
public sealed record NetworkStateRef(Guid? RunId, DateOnly? Date);

/// <summary>A comparison as the reader may see it: names looked up now, with the reader's protection rules.</summary>
public sealed record NetworkChangeView(NetworkChanges Changes, IReadOnlyDictionary<Guid, string> Names);

/// <summary>
/// Kept analysis runs and comparisons (issue 12 §2). Core team only; keeping or deleting a run needs edit rights.
/// Runs store ids and figures; names are resolved when shown, so a pseudonymised person stays pseudonymised and an
/// actor deleted since the run shows as such.
/// </summary>
public sealed class NetworkRunService(WijkkrachtDbContext db, ApproachService approaches, NetworkMetricsService metrics, AuditService audit)
{
    public const int KeyPlayerCount = 3;
    public const string Removed = "(niet meer in het register)";

    public async Task<Result<IReadOnlyList<NetworkRunSummary>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var (denied, _) = await AccessAsync(approachId, actor, false, ct);
        if (denied is { } status)
            return Result<IReadOnlyList<NetworkRunSummary>>.Denied(status);
        var runs = await db.Set<NetworkAnalysisRun>().AsNoTracking().Where(r => r.ApproachId == approachId)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new NetworkRunSummary(r.Id, r.Label, r.AsOf, r.CreatedByName, r.CreatedAt, r.Nodes, r.Edges, r.Components, r.Communities, r.Modularity, r.PersonErasedAt))
            .ToListAsync(ct);
        return Result<IReadOnlyList<NetworkRunSummary>>.Ok(runs);
    }

    public async Task<Result<NetworkRunSummary>> SaveAsync(Guid approachId, NetworkRunInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (denied, _) = await AccessAsync(approachId, actor, true, ct);
        if (denied is { } status)
            return Result<NetworkRunSummary>.Denied(status);
        var errors = new ValidationErrors();
        var label = TextInput.Clean(input.Label ?? "").Trim();
        if (label.Length == 0)
            errors.Add(nameof(input.Label), "Geef de analyse een naam, bijvoorbeeld de bijeenkomst waarvoor u hem bewaart.");
        else if (label.Length > 200)
            errors.Add(nameof(input.Label), "De naam is maximaal 200 tekens.");
        if (input.AsOf is { } day && (day < PlausibleDates.Earliest || day > metrics.Today))
            errors.Add(nameof(input.AsOf), "Kies een datum vanaf 1 januari 2000 en niet later dan vandaag.");
        if (errors.Any)
            return Result<NetworkRunSummary>.Invalid(errors);

        var snapshot = await metrics.SnapshotAsync(approachId, input.AsOf, ct);
        var run = Build(approachId, label, snapshot, actor.UserId, actor.DisplayName);
        var m = snapshot.Measures;
        db.Add(run);
        audit.Add(actor, AuditActions.Create, nameof(NetworkAnalysisRun), run.Id.ToString(), approachId, $"Netwerkanalyse bewaard: {label} ({m.Nodes} actoren, {m.Edges} verbindingen)");
        await db.SaveChangesAsync(ct);
        return Result<NetworkRunSummary>.Ok(Summary(run));
    }

    /// <summary>A run of <paramref name="snapshot"/> under <paramref name="label"/>: ids and figures, no names.</summary>
    public static NetworkAnalysisRun Build(Guid approachId, string label, NetworkSnapshot snapshot, Guid? userId, string userName)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var m = snapshot.Measures;
        var keyPlayers = NetworkInsights.KeyPlayers(snapshot.Graph, KeyPlayerCount, m.Betweenness);
        var data = new NetworkRunData(snapshot.RunActors(), snapshot.EdgePairs().Select(e => new[] { e.A, e.B }).ToList(),
            m.Bridges.Select(b => new[] { b.A, b.B }).ToList(), keyPlayers.Players.Select(p => snapshot.Actors[p].Id).ToList(), keyPlayers.Baseline);
        return new NetworkAnalysisRun
        {
            ApproachId = approachId,
            Label = label,
            AsOf = snapshot.AsOf,
            CreatedByUserId = userId,
            CreatedByName = userName,
            Nodes = m.Nodes,
            Edges = m.Edges,
            Components = m.Components,
            Communities = m.Communities,
            Modularity = m.Modularity,
            Data = JsonSerializer.Serialize(data),
        };
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid runId, Actor actor, CancellationToken ct = default)
    {
        var (denied, _) = await AccessAsync(approachId, actor, true, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        var run = await db.Set<NetworkAnalysisRun>().SingleOrDefaultAsync(r => r.Id == runId && r.ApproachId == approachId, ct);
        if (run is null)
            return Result<bool>.NotFound();
        db.Remove(run);
        audit.Add(actor, AuditActions.Delete, nameof(NetworkAnalysisRun), run.Id.ToString(), approachId, $"Bewaarde netwerkanalyse verwijderd: {run.Label}");
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>What changed from <paramref name="from"/> to <paramref name="to"/> (each a kept run or a date; today when empty).</summary>
    public async Task<Result<NetworkChangeView>> CompareAsync(Guid approachId, NetworkStateRef from, NetworkStateRef to, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var (denied, access) = await AccessAsync(approachId, actor, false, ct);
        if (denied is { } status)
            return Result<NetworkChangeView>.Denied(status);
        var errors = new ValidationErrors();
        foreach (var (field, r) in new[] { ("from", from), ("to", to) })
        {
            if (r.Date is { } day && (day < PlausibleDates.Earliest || day > metrics.Today))
                errors.Add(field, "Kies een datum vanaf 1 januari 2000 en niet later dan vandaag.");
        }

        if (errors.Any)
            return Result<NetworkChangeView>.Invalid(errors);
        var before = await StateAsync(approachId, from, ct);
        var after = await StateAsync(approachId, to, ct);
        if (before is null || after is null)
            return Result<NetworkChangeView>.NotFound();
        var changes = NetworkComparison.Compare(before, after);
        var ids = changes.Joined.Concat(changes.Left).Concat(before.Actors.Keys).Concat(after.Actors.Keys).ToHashSet();
        var actors = await db.Set<NetworkActor>().AsNoTracking().Where(a => a.ApproachId == approachId).ToListAsync(ct);
        var names = actors.Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id, a => access!.View(a).Actor.DisplayName);
        foreach (var id in ids.Where(id => !names.ContainsKey(id)))
            names[id] = Removed;
        await audit.RecordViewAsync(actor, nameof(NetworkActor), null, approachId, $"Netwerk vergeleken: {before.Label} en {after.Label}", ct);
        return Result<NetworkChangeView>.Ok(new NetworkChangeView(changes, names));
    }

    private async Task<NetworkState?> StateAsync(Guid approachId, NetworkStateRef reference, CancellationToken ct)
    {
        if (reference.RunId is { } runId)
        {
            var run = await db.Set<NetworkAnalysisRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId && r.ApproachId == approachId, ct);
            if (run is null)
                return null;
            var data = JsonSerializer.Deserialize<NetworkRunData>(run.Data)!;
            return NetworkState.From(run.Label, run.AsOf, data, run.Components, run.Communities, run.Modularity);
        }

        var snapshot = await metrics.SnapshotAsync(approachId, reference.Date, ct);
        var m = snapshot.Measures;
        var ids = snapshot.Actors.Select(a => a.Id).ToList();
        var actors = snapshot.RunActors().ToDictionary(a => a.Id);
        var ties = snapshot.EdgePairs().Select(e => NetworkComparison.Pair(ids[e.A], ids[e.B])).ToHashSet();
        var bridges = m.Bridges.Select(b => NetworkComparison.Pair(ids[b.A], ids[b.B])).ToHashSet();
        var label = snapshot.AsOf == metrics.Today ? "vandaag" : snapshot.AsOf.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        return new NetworkState(label, snapshot.AsOf, actors, ties, bridges, m.Components, m.Communities, m.Modularity);
    }

    private async Task<(ResultStatus? Denied, NetworkAccess? Access)> AccessAsync(Guid approachId, Actor actor, bool write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return (status, null);
        if (!access!.SeesRegister || (write && !access.CanEdit))
            return (ResultStatus.Forbidden, null);
        return (null, access);
    }

    private static NetworkRunSummary Summary(NetworkAnalysisRun r) =>
        new(r.Id, r.Label, r.AsOf, r.CreatedByName, r.CreatedAt, r.Nodes, r.Edges, r.Components, r.Communities, r.Modularity);
}
