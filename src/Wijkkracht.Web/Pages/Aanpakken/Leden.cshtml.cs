using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Members of an approach: list (audited), add, change role, remove.</summary>
public sealed class LedenModel(ApproachService approaches) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public List<ApproachMember> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CandidateItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> RoleItems { get; } =
        [new("Kies een rol", ""), .. Enum.GetValues<ApproachRole>().Select(r => new SelectListItem(RoleLabels.For(r), r.ToString()))];

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

    public async Task<IActionResult> OnPostRolAsync(Guid memberId, ApproachRole? role, Guid? version, CancellationToken ct)
    {
        if (!ModelState.KeepOnlyParseErrors())
            return await LoadAsync(ct) ? Page() : NotFound();
        var result = await Approaches.UpdateMemberAsync(Id, memberId, new MemberInput { Role = role, Version = version }, HttpContext.GetActor(), ct);
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
        if (View.CanManageMembers)
        {
            var candidates = await Approaches.CandidatesAsync(Id, actor, ct);
            CandidateItems = [new("Kies een gebruiker", ""), .. candidates.Select(u => new SelectListItem($"{u.DisplayName} ({RoleLabels.For(u.Role)})", u.Id.ToString()))];
        }

        return true;
    }
}
