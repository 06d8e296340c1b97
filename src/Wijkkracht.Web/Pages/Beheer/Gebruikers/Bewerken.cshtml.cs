using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebruikers;

/// <summary>
/// Change a user's name, e-mail, kind of account or active state, their approaches (membership, approach role and
/// partner type), and hand out a new activation link (Beheerder). The read is audited.
/// </summary>
[RecordPage(Permission.ManageUsers)]
public sealed class BewerkenModel(UserAdminService users, ApiTokenService tokens, TimeProvider time, UserMembershipService memberships, ActivationService activation, OrganisationService organisations) : UserFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string? Conflict { get; private set; }

    /// <summary>The user's API tokens (metadata only), so the Beheerder can revoke them.</summary>
    public List<ApiToken> Tokens { get; private set; } = [];

    public DateTimeOffset Now => time.GetUtcNow();

    public bool TwoFactorEnabled { get; private set; }

    /// <summary>Whether the user has chosen a password (activated) yet.</summary>
    public bool HasPassword { get; private set; }

    public string UserName { get; private set; } = "";

    public List<UserMembership> Memberships { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ApproachItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ApproachRoleItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PartnerTypeItems { get; } =
        [.. Enum.GetValues<PartnerType>().Select(t => new SelectListItem(t == PartnerType.Geen ? "Niet van toepassing" : VisibilityLabels.For(t), t.ToString()))];

    [BindProperty]
    public UserMembershipInput Membership { get; set; } = new();

    /// <summary>A fresh activation link, shown once (never stored in clear).</summary>
    public string? ActivationLinkShown { get; private set; }

    public OrgRole SavedRole { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadUserAsync(ct) is { } denied)
            return denied;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => users.UpdateAsync(Id, Input, actor, ct), new FormOutcome<AppUser>
        {
            Redirect = _ => RedirectToPage("/Beheer/Gebruikers/Index"),
            ShowAgain = async () => await LoadUserAsync(ct, keepInput: true) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await users.GetAsync(Id, actor, ct)).Value?.Version)?.ToString(),
        });
    }

    /// <summary>Adds the user to an approach with an approach role and partner type.</summary>
    public async Task<IActionResult> OnPostAanpakToevoegenAsync(CancellationToken ct)
    {
        if (!ModelState.KeepOnlyParseErrors())
            return await LoadUserAsync(ct) ?? Page();
        var result = await memberships.AddAsync(Id, Membership, HttpContext.GetActor(), ct);
        return await this.ToPageResultAsync(result, new FormOutcome<ApproachMember>
        {
            Saved = "De gebruiker is aan de aanpak toegevoegd.",
            Prefix = "Membership",
            Redirect = _ => RedirectToPage("/Beheer/Gebruikers/Bewerken", new { id = Id }),
            ShowAgain = async () => await LoadUserAsync(ct) ?? Page(),
        });
    }

    /// <summary>Changes the approach role or partner type of one membership.</summary>
    public async Task<IActionResult> OnPostAanpakRolAsync(Guid memberId, ApproachRole? role, PartnerType? partnerType, Guid? version, CancellationToken ct)
    {
        if (!ModelState.KeepOnlyParseErrors())
            return await LoadUserAsync(ct) ?? Page();
        var result = await memberships.UpdateAsync(Id, memberId, new MemberInput { Role = role, PartnerType = partnerType, Version = version }, HttpContext.GetActor(), ct);
        return await this.ToPageResultAsync(result, new FormOutcome<ApproachMember>
        {
            Saved = "De rol in de aanpak is gewijzigd.",
            Prefix = "",
            Redirect = _ => RedirectToPage("/Beheer/Gebruikers/Bewerken", new { id = Id }),
            ShowAgain = async () => await LoadUserAsync(ct) ?? Page(),
        });
    }

    /// <summary>Ends one membership.</summary>
    public async Task<IActionResult> OnPostAanpakVerwijderenAsync(Guid memberId, CancellationToken ct)
    {
        var result = await memberships.RemoveAsync(Id, memberId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De gebruiker is geen lid meer van die aanpak.";
        return RedirectToPage("/Beheer/Gebruikers/Bewerken", new { id = Id });
    }

    /// <summary>A new one-time activation link (also the way to reset a forgotten password); older links stop working.</summary>
    public async Task<IActionResult> OnPostActivatielinkAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var user = await users.GetAsync(Id, actor, ct);
        if (user.Status == ResultStatus.NotFound)
            return NotFound();
        if (!user.IsOk)
            return Forbid();
        var mailed = await ActivationHandOver.IssueAsync(this, activation, organisations, user.Value!, actor, ct);
        TempData["Melding"] = mailed ? "Er is een nieuwe activatielink per e-mail verstuurd." : "Er is een nieuwe activatielink gemaakt. Geef die hieronder door.";
        return RedirectToPage("/Beheer/Gebruikers/Bewerken", new { id = Id });
    }

    public async Task<IActionResult> OnPostTokenIntrekkenAsync(Guid tokenId, CancellationToken ct)
    {
        var result = await tokens.RevokeForUserAsync(Id, tokenId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het token is ingetrokken en werkt niet meer.";
        return RedirectToPage("/Beheer/Gebruikers/Bewerken", new { id = Id });
    }

    public async Task<IActionResult> OnPostTweestapsResettenAsync(CancellationToken ct)
    {
        var result = await users.ResetSecondFactorAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De tweestapsverificatie van deze gebruiker is gereset. Hij of zij stelt die opnieuw in.";
        return RedirectToPage("/Beheer/Gebruikers/Bewerken", new { id = Id });
    }

    /// <summary>Loads the user (audited read), tokens, memberships and pick lists; keeps the typed form when asked.</summary>
    private async Task<IActionResult?> LoadUserAsync(CancellationToken ct, bool keepInput = false)
    {
        var actor = HttpContext.GetActor();
        var result = await users.GetAsync(Id, actor, ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        var u = result.Value!;
        if (!keepInput)
            Input = new UserInput { DisplayName = u.DisplayName, Email = u.Email, Role = u.Role, IsActive = u.IsActive, Version = u.Version };
        UserName = u.DisplayName;
        SavedRole = u.Role;
        TwoFactorEnabled = u.TwoFactorEnabled;
        HasPassword = u.PasswordHash is not null;
        ActivationLinkShown = TempData[ActivationHandOver.LinkKey] as string;
        Tokens = (await tokens.ListForUserAsync(Id, actor, ct)).Value ?? [];
        Memberships = (await memberships.ListAsync(Id, actor, ct)).Value ?? [];
        ApproachItems = [new("Kies een aanpak", ""), .. (await memberships.OtherApproachesAsync(Id, actor, ct)).Select(a => new SelectListItem(a.Title, a.Id.ToString()))];
        ApproachRoleItems = [new("Kies een rol", ""), .. RolePermissions.AssignableRoles(u.Role).Select(r => new SelectListItem(RoleLabels.For(r), r.ToString()))];
        return null;
    }
}
