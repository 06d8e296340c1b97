using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen.Schouwen;

/// <summary>The walks of an approach, newest first, with who took part and how many observations were made.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, WalkService walks, ObservationService observations, WijkkrachtDbContext db, AuditService audit)
    : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public Page<WalkView> Items { get; private set; } = new([], 1, Page<object>.DefaultPageSize, 0);

    public bool CanRecord { get; private set; }

    public Dictionary<Guid, string> Names { get; private set; } = [];

    /// <summary>The participants of a walk in words: members by name, then the others as written.</summary>
    public string Participants(Walk walk) => WalkNames.Describe(walk, Names);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("waarnemingen", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var list = await walks.ListAsync(Id, PageRequest.Create(Pagina, null), actor, ct);
        if (!list.IsOk)
            return NotFound();
        Items = list.Value!;
        CanRecord = await observations.CanRecordAsync(Id, actor, ct);
        Names = await WalkNames.LoadAsync(db, Items.Items.Select(v => v.Walk), actor, ct);
        if (Items.Items.Count > 0)
            await audit.RecordViewAsync(actor, nameof(Walk), null, Id, $"Schouwen bekeken ({Items.Items.Count})", ct);
        return Page();
    }
}

/// <summary>Names of the members who took part in walks.</summary>
public static class WalkNames
{
    public static async Task<Dictionary<Guid, string>> LoadAsync(WijkkrachtDbContext db, IEnumerable<Walk> walks, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var ids = walks.SelectMany(w => ObservationCodec.DecodeIds(w.ParticipantUserIds).Prepend(w.RecordedByUserId)).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.OrganisationId == actor.OrganisationId).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    public static string Describe(Walk walk, IReadOnlyDictionary<Guid, string> names)
    {
        ArgumentNullException.ThrowIfNull(walk);
        ArgumentNullException.ThrowIfNull(names);
        var people = ObservationCodec.DecodeIds(walk.ParticipantUserIds).Prepend(walk.RecordedByUserId)
            .Select(id => names.TryGetValue(id, out var name) ? name : null).Where(n => n is not null).Cast<string>().ToList();
        if (walk.OtherParticipants.Length > 0)
            people.Add(walk.OtherParticipants);
        return string.Join(", ", people);
    }
}
