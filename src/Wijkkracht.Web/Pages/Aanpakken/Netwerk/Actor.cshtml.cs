using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>
/// One actor: what the team knows, its relations and the contact log, with a form to log a contact. Opening a person
/// is an audited read; a protected person shows with a pseudonym to readers without need-to-know.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class ActorModel(ApproachService approaches, ActorService actors, RelationService relations, ContactLogService contacts, NetworkRoleCatalog roles, TimeProvider time) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid ActorId { get; set; }

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    /// <summary>The reason a core-team reader gives to see who a protected person is.</summary>
    [BindProperty]
    public RevealInput Reveal { get; set; } = new();

    /// <summary>Whether this response shows a protected person after a reason was given (audited).</summary>
    public bool Revealed { get; private set; }

    public NetworkRoleCatalog Roles { get; } = roles;

    public ActorView Current { get; private set; } = null!;

    public bool SeesRegister { get; private set; }

    public IReadOnlyList<NetworkRelation> Relations { get; private set; } = [];

    public IReadOnlyDictionary<Guid, ActorView> Others { get; private set; } = new Dictionary<Guid, ActorView>();

    public IReadOnlyList<ContactLogEntry> Log { get; private set; } = [];

    public DateOnly Today => PlausibleDates.Today(time);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Contact.Date = Today;
        Contact.TeamMember = HttpContext.GetActor().DisplayName;
        return Page();
    }

    public Task<IActionResult> OnPostContactAsync(CancellationToken ct)
    {
        Contact.ActorId = ActorId;
        return this.SubmitAsync(() => contacts.CreateAsync(Id, Contact, HttpContext.GetActor(), ct), new FormOutcome<ContactLogEntry>
        {
            Saved = "Het contact is vastgelegd.",
            Prefix = "Contact",
            Redirect = _ => RedirectToPage("/Aanpakken/Netwerk/Actor", null, new { id = Id, actorId = ActorId }, "contactlog"),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
        });
    }

    /// <summary>Shows a protected person for this one response after the reader gave a reason; the reason is audited.</summary>
    public async Task<IActionResult> OnPostToonAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        ModelState.Clear();
        var result = await actors.RevealAsync(Id, ActorId, Reveal, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (result.Status == ResultStatus.Invalid)
        {
            foreach (var (field, messages) in result.Errors!)
            {
                foreach (var message in messages)
                    ModelState.AddModelError($"Reveal.{field}", message);
            }

            return Page();
        }

        Revealed = Current.Pseudonymised;
        Current = result.Value!;
        Contact.Date = Today;
        Contact.TeamMember = HttpContext.GetActor().DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostContactVerwijderAsync(Guid contactId, CancellationToken ct)
    {
        var result = await contacts.DeleteAsync(Id, contactId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het contact is verwijderd.";
        return RedirectToPage("/Aanpakken/Netwerk/Actor", null, new { id = Id, actorId = ActorId }, "contactlog");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("netwerk", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var result = await actors.GetAsync(Id, ActorId, actor, ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Current = result.Value!;
        SeesRegister = RolePermissions.Has(actor.Role, View.MyRole, ApproachPermission.ViewStories);
        if (SeesRegister)
        {
            Relations = (await relations.AllAsync(Id, ActorId, actor, ct)).Value ?? [];
            var ids = Relations.SelectMany(r => new[] { r.FromActorId, r.ToActorId }).ToHashSet();
            Others = ((await actors.AllAsync(Id, actor, ct)).Value ?? []).Where(a => ids.Contains(a.Actor.Id)).ToDictionary(a => a.Actor.Id);
            Log = (await contacts.ListAsync(Id, ActorId, PageRequest.Create(1, 100), actor, ct)).Value?.Items ?? [];
        }

        return null;
    }

    public string NameOf(Guid actorId) => Others.GetValueOrDefault(actorId)?.Actor.DisplayName ?? "onbekend";
}
