using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Privacy;

namespace Wijkkracht.Core.Safety;

/// <summary>
/// Safety reports under retention (issue 14 §6): closed reports are deleted with their follow-up (cascade) once the
/// period has passed, counted from the approach's closing or from the day the report was made. A report that is still
/// being followed up is never deleted. Without change tracking, so no content reaches the audit log.
/// </summary>
public sealed class SafetyReportRetentionTarget(WijkkrachtDbContext db) : IRetentionTarget
{
    public RetentionRecordType RecordType => RetentionRecordType.Veiligheidsmeldingen;

    private IQueryable<SafetyReport> Due(RetentionScope scope)
    {
        var end = scope.CutoffEnd;
        var q = db.Set<SafetyReport>().Where(r => r.OrganisationId == scope.OrganisationId && r.Status == SafetyReportStatus.Afgesloten);
        return scope.FromClosing
            ? q.Where(r => RetentionQueries.ClosedApproaches(db, scope).Contains(r.ApproachId))
            : q.Where(r => r.ReportedAt < end);
    }

    public async Task<IReadOnlyList<RetentionDueGroup>> PreviewAsync(RetentionScope scope, CancellationToken ct)
    {
        var rows = await Due(scope).AsNoTracking().Select(r => new { r.ApproachId, r.HappenedOn }).ToListAsync(ct);
        return RetentionQueries.Group(RecordType, rows.Select(r => ((Guid?)r.ApproachId, r.HappenedOn)));
    }

    public async Task<RetentionTargetResult> ExecuteAsync(RetentionScope scope, CancellationToken ct) =>
        new(RecordType, RetentionAction.Verwijderen, [("veiligheidsmeldingen", await Due(scope).ExecuteDeleteAsync(ct))]);
}
