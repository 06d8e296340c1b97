using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Members of an approach: list (audited, only what the reader's role may see), add, change role, remove.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class LedenModel(ApproachService approaches) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public List<MemberEntry> Members { get; private set; } = [];

    /// <summary>Whether the reader sees the whole list (false: a network member, who sees only their contacts).</summary>
    public bool FullList { get; private set; }

    /// <summary>Whether an e-mail column is shown at all.</summary>
    public bool ShowEmail { get; private set; }

    public IReadOnlyList<SelectListItem> CandidateItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> RoleItems { get; } =
        [new("Kies een rol", ""), .. Enum.GetValues<ApproachRole>().Select(r => new SelectListItem(RoleLabels.For(r), r.ToString()))];

    public IReadOnlyList<SelectListItem> PartnerTypeItems { get; } =
        [.. Enum.GetValues<PartnerType>().Select(t => new SelectListItem(t == PartnerType.Geen ? "Niet van toepassing" : VisibilityLabels.For(t), t.ToString()))];

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostToevoegenAsync(CancellationToken ct)
    {
        if (!ModelState.KeepOnlyParseErrors())
            return await LoadAsync(ct) ? Page() : NotFound();
        var result = await Approaches.AddMemberAsync(Id, Input, HttpContext.GetActor(), ct);
        return await AfterAsync(result, "Het lid is toegevoegd.", ct);
    }

    public async Task<IActionResult> OnPostRolAsync(Guid memberId, ApproachRole? role, PartnerType? partnerType, Guid? version, CancellationToken ct)
    {
        if (!ModelState.KeepOnlyParseErrors())
            return await LoadAsync(ct) ? Page() : NotFound();
        var result = await Approaches.UpdateMemberAsync(Id, memberId, new MemberInput { Role = role, PartnerType = partnerType, Version = version }, HttpContext.GetActor(), ct);
        return await AfterAsync(result, "De rol is gewijzigd.", ct);
    }

    public async Task<IActionResult> OnPostVerwijderAsync(Guid memberId, CancellationToken ct)
    {
        var result = await Approaches.RemoveMemberAsync(Id, memberId, HttpContext.GetActor(), ct);
        return await AfterAsync(result, "Het lid is verwijderd uit de aanpak.", ct);
    }

    private Task<IActionResult> AfterAsync<T>(Result<T> result, string success, CancellationToken ct) =>
        this.ToPageResultAsync(result, new FormOutcome<T>
        {
            Saved = success,
            Redirect = _ => RedirectToPage("/Aanpakken/Leden", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ? Page() : NotFound(),
            OnConflict = message => Conflict = message,
        });

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        if (await LoadApproachAsync("leden", ct) is not null)
            return false;
        Members = (await Approaches.ListMembersAsync(Id, actor, ct)).Value!;
        FullList = RolePermissions.Has(actor.Role, View.MyRole, ApproachPermission.ViewMembers);
        ShowEmail = RolePermissions.Has(actor.Role, View.MyRole, ApproachPermission.ViewMemberEmail);
        if (View.CanManageMembers)
        {
            var candidates = await Approaches.CandidatesAsync(Id, actor, ct);
            CandidateItems = [new("Kies een gebruiker", ""), .. candidates.Select(u => new SelectListItem($"{u.DisplayName} ({RoleLabels.For(u.Role)})", u.Id.ToString()))];
        }

        return true;
    }
}
