using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Members of an approach: list (audited), add, change role, remove.</summary>
public sealed class LedenModel(ApproachService approaches) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public ApproachView View { get; private set; } = null!;

    public List<ApproachMember> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CandidateItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> RoleItems { get; } =
        [new("Kies een rol", ""), .. Enum.GetValues<ApproachRole>().Select(r => new SelectListItem(RoleLabels.For(r), r.ToString()))];

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostToevoegenAsync(CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var result = await approaches.AddMemberAsync(Id, Input, HttpContext.GetActor(), ct);
        return await AfterAsync(result.Status, result.Errors, result.Message, "Het lid is toegevoegd.", ct);
    }

    public async Task<IActionResult> OnPostRolAsync(Guid memberId, ApproachRole? role, Guid? version, CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var result = await approaches.UpdateMemberAsync(Id, memberId, new MemberInput { Role = role, Version = version }, HttpContext.GetActor(), ct);
        return await AfterAsync(result.Status, result.Errors, result.Message, "De rol is gewijzigd.", ct);
    }

    public async Task<IActionResult> OnPostVerwijderAsync(Guid memberId, CancellationToken ct)
    {
        var result = await approaches.RemoveMemberAsync(Id, memberId, HttpContext.GetActor(), ct);
        return await AfterAsync(result.Status, result.Errors, result.Message, "Het lid is verwijderd uit de aanpak.", ct);
    }

    private async Task<IActionResult> AfterAsync(ResultStatus status, IReadOnlyDictionary<string, string[]> errors, string? message, string success, CancellationToken ct)
    {
        switch (status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = success;
                return Redirect($"/aanpakken/{Id}/leden");
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            case ResultStatus.Conflict:
                Conflict = message;
                break;
            default:
                ModelState.AddErrors(errors);
                break;
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var view = await approaches.GetAsync(Id, actor, ct);
        if (!view.IsOk)
            return false;
        View = view.Value!;
        Members = (await approaches.ListMembersAsync(Id, actor, ct)).Value!;
        if (View.CanManageMembers)
        {
            var candidates = await approaches.CandidatesAsync(Id, actor, ct);
            CandidateItems = [new("Kies een gebruiker", ""), .. candidates.Select(u => new SelectListItem($"{u.DisplayName} ({RoleLabels.For(u.Role)})", u.Id.ToString()))];
        }

        return true;
    }
}
