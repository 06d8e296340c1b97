using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Notifications;

namespace Wijkkracht.Core.Safety;

/// <summary>What one run of <see cref="SafetyDeadlineService"/> did.</summary>
public sealed record SafetyDeadlineRun(int Escalated, int AgreementReminders, IReadOnlyList<Notice> Notices);

/// <summary>
/// The safety deadlines of one organisation (issue 14 §2–3), run by a scheduled job: a report without first contact
/// after its deadline is escalated once to the organisation's coordinators (and the safety contacts are told again);
/// a safety agreement whose review date has come reminds the safety contacts once per review date. The notices never
/// hold the content of the report or agreement.
/// </summary>
public sealed class SafetyDeadlineService(WijkkrachtDbContext db, NoticeService notices, SafetyReportService reports, TimeProvider time)
{
    /// <summary>Runs for the organisation the scope's tenant is set to.</summary>
    public async Task<SafetyDeadlineRun> RunAsync(Guid organisationId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var today = PlausibleDates.Today(time);
        var added = new List<Notice>();
        var overdue = await db.Set<SafetyReport>()
            .Where(r => r.OrganisationId == organisationId && r.Status != SafetyReportStatus.Afgesloten && r.FirstContactAt == null && r.EscalatedAt == null)
            .ToListAsync(ct);
        overdue = overdue.Where(r => r.FirstContactDueAt <= now).ToList();
        var setups = await db.Set<SafetySetup>().AsNoTracking().Where(s => s.OrganisationId == organisationId).ToDictionaryAsync(s => s.ApproachId, ct);
        var titles = await db.Approaches.AsNoTracking().Where(a => a.OrganisationId == organisationId).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var coordinators = await reports.CoordinatorsAsync(organisationId, ct);
        foreach (var report in overdue)
        {
            report.EscalatedAt = now;
            var contacts = setups.TryGetValue(report.ApproachId, out var s) ? s.ContactUserIds() : [];
            added.AddRange(await notices.AddAsync(organisationId, [.. coordinators, .. contacts],
                $"Termijn voor eerste contact verstreken bij een veiligheidsmelding in '{titles.GetValueOrDefault(report.ApproachId, "een aanpak")}'. Neem vandaag contact op.",
                SafetyReportService.ReportPath(report.ApproachId, report.Id), ct));
        }

        var due = await db.Set<SafetyAgreement>()
            .Where(a => a.OrganisationId == organisationId && a.ReviewOn <= today && (a.RemindedFor == null || a.RemindedFor != a.ReviewOn))
            .ToListAsync(ct);
        foreach (var agreement in due)
        {
            agreement.RemindedFor = agreement.ReviewOn;
            var recipients = setups.TryGetValue(agreement.ApproachId, out var s) ? s.ContactUserIds() : coordinators;
            added.AddRange(await notices.AddAsync(organisationId, recipients,
                $"Een veiligheidsafspraak in '{titles.GetValueOrDefault(agreement.ApproachId, "een aanpak")}' is aan herziening toe. Evalueer de afspraak.",
                $"/aanpakken/{agreement.ApproachId}/veiligheid/afspraken/{agreement.Id}", ct));
        }

        if (overdue.Count > 0 || due.Count > 0)
            await db.SaveChangesAsync(ct);
        return new SafetyDeadlineRun(overdue.Count, due.Count, added);
    }
}
