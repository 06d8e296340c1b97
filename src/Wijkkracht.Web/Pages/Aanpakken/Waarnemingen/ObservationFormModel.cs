using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

/// <summary>Shared state of the observation forms (new and edit): pick lists, the catalog and the map settings.</summary>
public abstract class ObservationFormModel(ApproachService approaches, ObservationCatalog catalog, WijkkrachtDbContext db, AuditService audit, IConfiguration configuration)
    : WorkspacePageModel(approaches)
{
    [BindProperty]
    public ObservationInput Input { get; set; } = new();

    public ObservationCatalog Catalog { get; } = catalog;

    /// <summary>The other members of the approach, as possible co-observers.</summary>
    public IReadOnlyList<SelectListItem> ObserverItems { get; private set; } = [];

    public MapSettings Map { get; } = MapSettings.From(configuration);

    public string? AreaBoundary { get; private set; }

    public static IReadOnlyList<SelectListItem> SizeItems { get; } =
        [new("Niet gezien", ""), .. Enum.GetValues<GroupSize>().Select(s => new SelectListItem(ObservationLabels.For(s), s.ToString()))];

    public static IReadOnlyList<SelectListItem> CompanionItems { get; } =
        [new("Alleen", ""), .. Enum.GetValues<CompanionKind>().Select(c => new SelectListItem(ObservationLabels.For(c), c.ToString()))];

    /// <summary>Whether the "save anyway" box shows: after the name warning, or when already ticked.</summary>
    public bool ShowNameConfirmation =>
        Input.ConfirmPossibleNames || ModelState.TryGetValue("Input." + nameof(ObservationInput.ConfirmPossibleNames), out var entry) && entry.Errors.Count > 0;

    /// <summary>The answer typed (or stored) for a question.</summary>
    public string Answer(string questionId) =>
        ModelState.TryGetValue($"Input.PromptAnswers[{questionId}]", out var entry) && entry.AttemptedValue is { } typed ? typed
        : Input.PromptAnswers.TryGetValue(questionId, out var stored) ? stored ?? "" : "";

    /// <summary>Loads the approach, the area boundary and the co-observer list; makes sure every group category has a row.</summary>
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
        await audit.RecordViewAsync(actor, nameof(AppUser), null, Id, $"Ledenlijst voor medewaarnemers bekeken ({members.Count} leden)", ct);
        ObserverItems = members.Select(m => new SelectListItem($"{m.DisplayName} ({RoleLabels.For(m.Role).ToLowerInvariant()})", m.UserId.ToString())).ToList();
        AreaBoundary = View.Approach.Area?.BoundaryGeoJson;
        foreach (var group in Catalog.Groups.Where(g => Input.Groups.All(x => x.Category != g.Id)))
            Input.Groups.Add(new ObservedGroupInput { Category = group.Id });
        Input.Groups = [.. Input.Groups.OrderBy(g => Catalog.Groups.ToList().FindIndex(c => c.Id == g.Category))];
        return null;
    }
}
