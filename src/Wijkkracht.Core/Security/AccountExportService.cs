using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Preconditions;

namespace Wijkkracht.Core.Security;

/// <summary>Everything Wijkkracht holds about one person (AVG art. 15). Token hashes and password hashes are never included.</summary>
public sealed record AccountExport(
    DateTimeOffset ExportedAt,
    AccountExportProfile Profile,
    AccountExportOrganisation Organisation,
    IReadOnlyList<AccountExportMembership> ApproachMemberships,
    IReadOnlyList<AccountExportToken> ApiTokens,
    IReadOnlyList<AccountExportGoal> GoalsOwned,
    IReadOnlyList<AccountExportAction> ActionsOwned,
    IReadOnlyList<AccountExportAuditEvent> AuditEventsAsActor,
    IReadOnlyList<AccountExportSafetyReport> SafetyReportsMade,
    IReadOnlyList<AccountExportMention> NameMentionedIn);

/// <summary>A safety report the member made: what kind, when, and how far the follow-up is (the content stays with the safety contacts).</summary>
public sealed record AccountExportSafetyReport(Guid Id, Guid ApproachId, string Kind, DateOnly HappenedOn, DateTimeOffset ReportedAt, string Status);

/// <summary>A record in which the member's name appears: the kind, the approach and the fields, not the text.</summary>
public sealed record AccountExportMention(string RecordType, Guid Id, string? Approach, IReadOnlyList<string> Fields);

public sealed record AccountExportProfile(Guid Id, string DisplayName, string? Email, string Role, bool IsActive, bool TwoFactorEnabled, int RecoveryCodesLeft, IReadOnlyList<string> ExternalLogins, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record AccountExportOrganisation(Guid Id, string Name, string GmCode);

public sealed record AccountExportMembership(Guid ApproachId, string ApproachTitle, string Role);

public sealed record AccountExportToken(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

public sealed record AccountExportGoal(Guid Id, Guid ApproachId, string Title, string Description, string Status, DateOnly? TargetDate);

public sealed record AccountExportAction(Guid Id, Guid ApproachId, string Description, string Status, DateOnly? DueDate);

public sealed record AccountExportAuditEvent(DateTimeOffset At, string Action, string EntityType, string? EntityId, Guid? ApproachId, string Summary);

/// <summary>Builds the own-data export of the signed-in user and audits it as an export.</summary>
public sealed class AccountExportService(WijkkrachtDbContext db, AuditService audit, Privacy.SubjectRightsService subjects, Privacy.SharingLedgerService ledger, TimeProvider time)
{
    public async Task<AccountExport> ExportAsync(Actor actor, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == actor.UserId && u.OrganisationId == actor.OrganisationId, ct);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == actor.OrganisationId, ct);
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == user.Id).Select(l => l.LoginProvider).ToListAsync(ct);
        var recoveryCodes = await db.UserTokens.AsNoTracking()
            .Where(t => t.UserId == user.Id && t.Name == "RecoveryCodes").Select(t => t.Value).FirstOrDefaultAsync(ct);
        var memberships = await db.ApproachMembers.AsNoTracking().Where(m => m.UserId == user.Id)
            .Join(db.Approaches.AsNoTracking(), m => m.ApproachId, a => a.Id, (m, a) => new { a.Id, a.Title, m.Role }).ToListAsync(ct);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == user.Id).OrderBy(t => t.CreatedAt)
            .Select(t => new AccountExportToken(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync(ct);
        var goals = await db.Set<Goal>().AsNoTracking().Where(g => g.OwnerUserId == user.Id).ToListAsync(ct);
        var actions = await db.Set<PreconditionAction>().AsNoTracking().Where(a => a.OwnerUserId == user.Id).ToListAsync(ct);
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.ActorUserId == user.Id && e.OrganisationId == actor.OrganisationId)
            .OrderBy(e => e.Id).ToListAsync(ct);
        var reports = await db.Set<Safety.SafetyReport>().AsNoTracking().Where(r => r.ReportedByUserId == user.Id).OrderBy(r => r.ReportedAt)
            .Select(r => new { r.Id, r.ApproachId, r.Kind, r.HappenedOn, r.ReportedAt, r.Status }).ToListAsync(ct);
        var mentions = await subjects.MentionsOfAsync(user.DisplayName, actor.OrganisationId, ct);

        var export = new AccountExport(
            time.GetUtcNow(),
            new AccountExportProfile(user.Id, user.DisplayName, user.Email, user.Role.ToString(), user.IsActive, user.TwoFactorEnabled,
                string.IsNullOrEmpty(recoveryCodes) ? 0 : recoveryCodes.Split(';').Length, logins, user.CreatedAt, user.UpdatedAt),
            new AccountExportOrganisation(organisation.Id, organisation.Name, organisation.GmCode),
            [.. memberships.Select(m => new AccountExportMembership(m.Id, m.Title, m.Role.ToString()))],
            tokens,
            [.. goals.Select(g => new AccountExportGoal(g.Id, g.ApproachId, g.Title, g.Description, g.Status.ToString(), g.TargetDate))],
            [.. actions.Select(a => new AccountExportAction(a.Id, a.ApproachId, a.Description, a.Status.ToString(), a.DueDate))],
            [.. events.Select(e => new AccountExportAuditEvent(e.At, e.Action, e.EntityType, e.EntityId, e.ApproachId, e.Summary))],
            [.. reports.Select(r => new AccountExportSafetyReport(r.Id, r.ApproachId, r.Kind.ToString(), r.HappenedOn, r.ReportedAt, r.Status.ToString()))],
            [.. mentions.Select(m => new AccountExportMention(m.Label, m.Id, m.ApproachTitle, m.Fields))]);

        audit.Add(actor, AuditActions.Export, nameof(AppUser), user.Id.ToString(), null, "Eigen gegevens geëxporteerd");
        ledger.AddFixed(actor, null, Privacy.ExportKind.EigenGegevens, "json", Privacy.SharingRecipient.Betrokkene, Privacy.SharingBasis.VerzoekBetrokkene,
        [
            new("Account", 1), new("Lidmaatschappen", memberships.Count), new("API-tokens", tokens.Count), new("Doelen", goals.Count), new("Acties", actions.Count),
            new("Auditregels", events.Count), new("Veiligheidsmeldingen", reports.Count), new("Vermeldingen", mentions.Count),
        ]);
        await db.SaveChangesAsync(ct);
        return export;
    }
}
