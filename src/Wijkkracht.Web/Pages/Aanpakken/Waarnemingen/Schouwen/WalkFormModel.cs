using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen.Schouwen;

/// <summary>Shared state of the walk forms (new and edit): the members who can take part and the known places.</summary>
public abstract class WalkFormModel(ApproachService approaches, WalkService walks, WijkkrachtDbContext db, AuditService audit)
    : WorkspacePageModel(approaches)
{
    [BindProperty]
    public WalkInput Input { get; set; } = new();

    /// <summary>The other members of the approach, as possible participants.</summary>
    public IReadOnlyList<SelectListItem> MemberItems { get; private set; } = [];

    /// <summary>The named places of the approach so far.</summary>
    public IReadOnlyList<string> PlaceItems { get; private set; } = [];

    /// <summary>Whether the "save anyway" box shows: after the name warning, or when already ticked.</summary>
    public bool ShowNameConfirmation =>
        Input.ConfirmPossibleNames || ModelState.TryGetValue("Input." + nameof(WalkInput.ConfirmPossibleNames), out var entry) && entry.Errors.Count > 0;

    /// <summary>The posted (or stored) values of a list field, for the checkboxes.</summary>
    public IReadOnlyList<string> Chosen(string field, IEnumerable<string> stored) =>
        ModelState.TryGetValue("Input." + field, out var entry) && entry.AttemptedValue is { } typed ? typed.Split(',') : stored.ToList();

    protected WalkService Walks { get; } = walks;

    /// <summary>Loads the approach, the member list (audited: it names members) and the known places.</summary>
    protected async Task<IActionResult?> LoadFormAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("waarnemingen", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var members = await db.ApproachMembers.AsNoTracking()
            .Where(m => m.ApproachId == Id && m.UserId != actor.UserId && m.User!.IsActive && m.User.OrganisationId == actor.OrganisationId)
            .OrderBy(m => m.User!.DisplayName)
            .Select(m => new { m.UserId, m.User!.DisplayName, m.Role })
            .ToListAsync(ct);
        await audit.RecordViewAsync(actor, nameof(AppUser), null, Id, $"Ledenlijst voor deelnemers aan een schouw bekeken ({members.Count} leden)", ct);
        MemberItems = members.Select(m => new SelectListItem($"{m.DisplayName} ({RoleLabels.For(m.Role).ToLowerInvariant()})", m.UserId.ToString())).ToList();
        var places = await Walks.KnownPlacesAsync(Id, ct);
        PlaceItems = [.. places.Union(Input.Places ?? [], StringComparer.Ordinal)];
        return null;
    }
}
