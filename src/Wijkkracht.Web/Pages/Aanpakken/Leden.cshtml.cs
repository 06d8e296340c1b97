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
public sealed class LedenModel(ApproachService approaches, InviteService invites, ActivationService activation, Wijkkracht.Core.Organisations.OrganisationService organisations) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    /// <summary>The invitation form: a new partner by name and e-mail (issue 9 §8).</summary>
    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    /// <summary>The member whose removal is being confirmed (<c>?verwijder={memberId}</c>), if any.</summary>
    [BindProperty(SupportsGet = true, Name = "verwijder")]
    public Guid? ConfirmRemoval { get; set; }

    public MemberEntry? RemovalCandidate { get; private set; }

    public IReadOnlyList<SelectListItem> InviteRoleItems { get; } =
        [new("Kies een rol", ""), .. InviteService.InvitableRoles.Select(r => new SelectListItem(RoleLabels.For(r), r.ToString()))];

    /// <summary>A new account's activation link, shown once after the invitation (TempData, never stored).</summary>
    [TempData]
    public string? ActivationLinkShown { get; set; }

    [TempData]
    public string? ActivationFor { get; set; }

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

    /// <summary>Invites a partner: a new account with an activation link, or only the membership for an existing account.</summary>
    public async Task<IActionResult> OnPostUitnodigenAsync(CancellationToken ct)
    {
        if (!ModelState.KeepOnlyParseErrors())
            return await LoadAsync(ct) ? Page() : NotFound();
        var actor = HttpContext.GetActor();
        var result = await invites.InviteAsync(Id, Invite, actor, ct);
        if (result.IsOk && result.Value!.Activation is { } issued)
        {
            var url = ActivationUrl.For(Request, issued.Token);
            var organisationName = (await organisations.GetCurrentAsync(actor, ct)).Name;
            if (await activation.SendAsync(issued, url, organisationName, ct))
            {
                TempData["Melding"] = $"{issued.User.DisplayName} is uitgenodigd en lid van de aanpak. De activatielink is per e-mail verstuurd.";
            }
            else
            {
                TempData["Melding"] = $"{issued.User.DisplayName} is uitgenodigd en lid van de aanpak.";
                ActivationLinkShown = url;
                ActivationFor = issued.User.DisplayName;
            }

            return RedirectToPage("/Aanpakken/Leden", new { id = Id });
        }

        return await this.ToPageResultAsync(result, new FormOutcome<InviteOutcome>
        {
            SavedFor = outcome => $"{outcome.User.DisplayName} had al een account en is nu lid van de aanpak.",
            Prefix = "Invite",
            Redirect = _ => RedirectToPage("/Aanpakken/Leden", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ? Page() : NotFound(),
        });
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
            if (ConfirmRemoval is { } removal)
                RemovalCandidate = Members.FirstOrDefault(m => m.Id == removal);
        }

        return true;
    }
}
