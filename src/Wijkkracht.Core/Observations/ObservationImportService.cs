using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Observations;

/// <summary>What an import did: observation lines read and observations created.</summary>
public sealed record ObservationImportSummary(int Lines, int Created, int Converted);

/// <summary>Where an import is: checking the file, or saving (<paramref name="Saved"/> of <paramref name="Total"/> observations).</summary>
public sealed record ObservationImportProgress(bool Checked, int Saved, int Total);

/// <summary>
/// Imports observations from CSV (issue 10 §6; columns in docs/observations.md). Whoever may record an observation may
/// import (<see cref="ObservationService.CanRecord"/>); the importer becomes the recorder of every line. The whole file
/// is checked first (<see cref="ObservationImportCsv"/>); on any error nothing is written and every bad line is
/// reported as <c>lines[N].column</c>. Each new observation is audited as a create, and the import as one event.
/// </summary>
public sealed class ObservationImportService(WijkkrachtDbContext db, ApproachService approaches, ObservationCatalog catalog, AuditService audit, TimeProvider time)
{
    public const string AuditAction = "import";

    /// <summary>Observations saved per round trip; the whole import is one transaction, so it stays all-or-nothing.</summary>
    public const int BatchSize = 1_000;

    public async Task<Result<ObservationImportSummary>> ImportAsync(Guid approachId, string csv, bool confirmPossibleNames, Actor actor, IProgress<ObservationImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<ObservationImportSummary>.NotFound();
        if (!ObservationService.CanRecord(access))
            return Result<ObservationImportSummary>.Forbidden("Alleen leden van deze aanpak kunnen waarnemingen importeren.");
        var errors = new ValidationErrors();
        var rows = ObservationImportCsv.Parse(csv, catalog, PlausibleDates.Today(time), confirmPossibleNames, errors);
        if (errors.Any)
            return Result<ObservationImportSummary>.Invalid(errors);
        progress?.Report(new ObservationImportProgress(true, 0, rows.Count));

        var order = catalog.Groups.Select((g, i) => (g.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var converted = 0;
        var observations = new List<Observation>(rows.Count);
        foreach (var row in rows)
        {
            if (row.FromRd)
                converted++;
            observations.Add(new Observation
            {
                ApproachId = approachId,
                RecordedByUserId = actor.UserId,
                ObservedOn = row.ObservedOn,
                ObservedAt = row.ObservedAt,
                PartOfDay = ObservationCodec.PartOfDayFor(row.ObservedAt),
                DayType = ObservationCodec.DayTypeFor(row.ObservedOn),
                Latitude = row.Latitude,
                Longitude = row.Longitude,
                PlaceName = row.PlaceName,
                Groups = ObservationCodec.EncodeGroups(row.Groups.OrderBy(g => order[g.Category])),
                Factors = ObservationCodec.EncodeList(row.Factors),
                Kind = row.Kind,
                Companion = row.Companion,
                WhatHappens = row.WhatHappens,
                PromptAnswers = ObservationCodec.EncodeAnswers(row.PromptAnswers),
            });
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            audit.Add(actor, AuditAction, nameof(Observation), null, approachId, $"{rows.Count} waarnemingen geïmporteerd uit CSV");
            for (var start = 0; start < observations.Count; start += BatchSize)
            {
                db.AddRange(observations.Skip(start).Take(BatchSize));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                progress?.Report(new ObservationImportProgress(true, Math.Min(start + BatchSize, observations.Count), observations.Count));
            }

            if (observations.Count == 0)
                await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        if (observations.Count >= 1_000)
            await QueryStatistics.RefreshAsync(db, ct);
        return Result<ObservationImportSummary>.Ok(new ObservationImportSummary(rows.Count, observations.Count, converted));
    }
}
