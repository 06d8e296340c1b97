using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;

namespace Wijkkracht.Web.Pages.Aanpakken.Doelen;

/// <summary>Pick lists for the goal form.</summary>
public sealed class GoalFormLists(WijkkrachtDbContext db, Wijkkracht.Core.Knowledge.KnowledgeBase kb, Wijkkracht.Core.Audit.AuditService audit)
{
    public IReadOnlyList<SelectListItem> Levels { get; } =
        [new("Kies een niveau", ""), .. Enum.GetValues<PpctLevel>().Select(l => new SelectListItem(GoalLabels.For(l), l.ToString()))];

    public IReadOnlyList<SelectListItem> Terms { get; } =
        [new("Kies de termijn", ""), .. Enum.GetValues<GoalTerm>().Select(t => new SelectListItem(GoalLabels.For(t), t.ToString()))];

    public IReadOnlyList<SelectListItem> Statuses { get; } =
        Enum.GetValues<GoalStatus>().Select(s => new SelectListItem(GoalLabels.For(s), s.ToString())).ToList();

    public IReadOnlyList<SelectListItem> Rungs =>
        [new("Nog niet gekozen", ""), .. Enumerable.Range(1, 6).Select(r => new SelectListItem(RungLabel(r), r.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>"Trede 3: …" with the rung's title from the participation ladder in the knowledge base.</summary>
    public string RungLabel(int rung) =>
        kb.Ladder.Rungs.FirstOrDefault(r => r.Rung == rung) is { } r ? $"Trede {rung}: {r.Title}" : $"Trede {rung}";

    /// <summary>The ladder's choice questions, shown as help when choosing a rung.</summary>
    public IReadOnlyList<string> ChoiceQuestions => kb.Ladder.ChoiceQuestions;

    /// <summary>
    /// The approach's active members as goal owners (issue 9 §2: owners are members). A network member is marked, since
    /// their name appears in reports. Listing them is an audited read of personal data.
    /// </summary>
    public async Task<IReadOnlyList<SelectListItem>> MemberOwnersAsync(Wijkkracht.Core.Security.Actor actor, Guid approachId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var members = await db.ApproachMembers.AsNoTracking()
            .Where(m => m.ApproachId == approachId && m.User!.IsActive && m.User.OrganisationId == actor.OrganisationId)
            .OrderBy(m => m.User!.DisplayName)
            .Select(m => new { m.UserId, m.User!.DisplayName, m.Role })
            .ToListAsync(ct);
        await audit.RecordViewAsync(actor, nameof(Wijkkracht.Core.Security.AppUser), null, approachId, $"Ledenlijst voor eigenaar bekeken ({members.Count} leden)", ct);
        return [new("Geen eigenaar", ""), .. members.Select(m => new SelectListItem(
            m.Role == Wijkkracht.Core.Security.ApproachRole.Netwerklid ? $"{m.DisplayName} (netwerklid: naam komt in rapportages)" : $"{m.DisplayName} ({Wijkkracht.Core.Security.RoleLabels.For(m.Role).ToLowerInvariant()})",
            m.UserId.ToString()))];
    }

    /// <summary>The organisation's active users as owners; listing them is an audited read of personal data.</summary>
    public async Task<IReadOnlyList<SelectListItem>> OwnersAsync(Wijkkracht.Core.Security.Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == actor.OrganisationId && u.IsActive).OrderBy(u => u.DisplayName).ToListAsync(ct);
        await audit.RecordViewAsync(actor, nameof(Wijkkracht.Core.Security.AppUser), null, null, $"Gebruikerslijst voor eigenaar bekeken ({users.Count} gebruikers)", ct);
        return [new("Geen eigenaar", ""), .. users.Select(u => new SelectListItem(u.DisplayName, u.Id.ToString()))];
    }
}
