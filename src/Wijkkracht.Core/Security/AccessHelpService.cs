using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;

namespace Wijkkracht.Core.Security;

/// <summary>Who can give the actor access to the page they were refused, by name (issue 9 §2).</summary>
public sealed record AccessHelp(string? ApproachTitle, IReadOnlyList<string> ApproachLeads, IReadOnlyList<string> Coordinators, IReadOnlyList<string> Beheerders);

/// <summary>
/// Names the people who can actually grant access: for a page of an approach the actor can see, its gemeenteverbinder(s)
/// and procesregisseur(s) (they manage the members) and the coordinators; for other pages the Beheerder(s). Only people
/// of the actor's own organisation are ever named, and an approach the actor cannot see is treated as an organisation page.
/// </summary>
public sealed partial class AccessHelpService(WijkkrachtDbContext db, ApproachService approaches)
{
    public async Task<AccessHelp> ForAsync(Actor actor, string? returnUrl, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var beheerders = await ActiveNames(actor, OrgRole.Beheerder).ToListAsync(ct);
        var match = returnUrl is null ? null : ApproachPath().Match(returnUrl);
        if (match is { Success: true } && Guid.TryParse(match.Groups[1].Value, out var approachId))
        {
            var approach = await approaches.Visible(actor).AsNoTracking().Where(a => a.Id == approachId).Select(a => new { a.Title }).FirstOrDefaultAsync(ct);
            if (approach is not null)
            {
                var leads = await db.ApproachMembers.AsNoTracking()
                    .Where(m => m.ApproachId == approachId && (m.Role == ApproachRole.Gemeenteverbinder || m.Role == ApproachRole.Procesregisseur))
                    .Where(m => m.User!.IsActive && m.User.OrganisationId == actor.OrganisationId)
                    .OrderBy(m => m.User!.DisplayName).Select(m => m.User!.DisplayName).ToListAsync(ct);
                var coordinators = await ActiveNames(actor, OrgRole.Coordinator).ToListAsync(ct);
                return new AccessHelp(approach.Title, leads, coordinators, beheerders);
            }
        }

        return new AccessHelp(null, [], [], beheerders);
    }

    private IQueryable<string> ActiveNames(Actor actor, OrgRole role) =>
        db.Users.AsNoTracking().Where(u => u.OrganisationId == actor.OrganisationId && u.IsActive && u.Role == role)
            .OrderBy(u => u.DisplayName).Select(u => u.DisplayName);

    [GeneratedRegex("^/aanpakken/([0-9a-fA-F-]{36})(?:[/?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ApproachPath();
}
