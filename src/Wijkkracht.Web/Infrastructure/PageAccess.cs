using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// The access rule a Razor page declares beside itself, as an attribute on its page model (or <c>@attribute</c> in a
/// page without a model). Every page declares exactly one; a test fails when a page has none. The navigation reads the
/// same declarations, so a link is shown only to whom may open the page.
/// </summary>
public interface IPageAccessRule
{
    /// <summary>Whether <paramref name="actor"/> (null: not signed in) may open the page, as far as the organisation role decides.</summary>
    bool Allows(Actor? actor);
}

/// <summary>Any signed-in user may open the page.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SignedInAttribute : AuthorizeAttribute, IPageAccessRule
{
    public SignedInAttribute() => Policy = Policies.Authenticated;

    public bool Allows(Actor? actor) => actor is not null;
}

/// <summary>The page needs a permission of the user's organisation role.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPermissionAttribute : AuthorizeAttribute, IPageAccessRule
{
    public RequiresPermissionAttribute(Permission permission)
    {
        Permission = permission;
        Policy = Policies.For(permission);
    }

    public Permission Permission { get; }

    public bool Allows(Actor? actor) => actor is not null && actor.Can(Permission);
}

/// <summary>
/// A page of one approach: signed in; access is decided per approach in the service after the record is found, so that
/// another organisation's id is a 404, never a 403. <see cref="Needs"/> is the approach permission the page checks; the
/// approach navigation shows the page only to members who hold it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ApproachPageAttribute : AuthorizeAttribute, IPageAccessRule
{
    public ApproachPageAttribute(ApproachPermission needs)
    {
        Needs = needs;
        Policy = Policies.Authenticated;
    }

    public ApproachPermission Needs { get; }

    public bool Allows(Actor? actor) => actor is not null;

    /// <summary>Whether the actor, with their role in the approach, may open the page.</summary>
    public bool Allows(Actor actor, ApproachRole? memberRole) => RolePermissions.Has(actor.Role, memberRole, Needs);
}

/// <summary>Anyone may open the page, signed in or not (sign-in, set-up, error and accessibility pages).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicPageAttribute : AllowAnonymousAttribute, IPageAccessRule
{
    public bool Allows(Actor? actor) => true;
}

/// <summary>One Razor page with the rule it declares.</summary>
public sealed record PageAccessEntry(string Page, string? Route, IReadOnlyList<IPageAccessRule> Rules)
{
    /// <summary>The single declared rule; null when the page declares none (or several), which a test forbids.</summary>
    public IPageAccessRule? Rule => Rules.Count == 1 ? Rules[0] : null;
}

/// <summary>
/// Reads the declared rules of every compiled Razor page once. Used by the navigation (show only what the user may
/// open) and by the test that every page declares a rule.
/// </summary>
public sealed class PageAccessCatalog(IActionDescriptorCollectionProvider actions, PageLoader loader)
{
    private IReadOnlyDictionary<string, PageAccessEntry>? _pages;

    public IReadOnlyDictionary<string, PageAccessEntry> Pages => _pages ??= Load();

    /// <summary>The rule of a page by its path ("/Beheer/Gebruikers/Index"); throws for an unknown page so a renamed page fails loudly.</summary>
    public IPageAccessRule RuleFor(string page) =>
        Pages.TryGetValue(page, out var entry) && entry.Rule is { } rule
            ? rule
            : throw new InvalidOperationException($"The page '{page}' does not exist or declares no access rule.");

    public bool CanOpen(string page, Actor? actor) => RuleFor(page).Allows(actor);

    /// <summary>Whether the actor with this role in the approach may open an approach page.</summary>
    public bool CanOpen(string page, Actor actor, ApproachRole? memberRole) => RuleFor(page) switch
    {
        ApproachPageAttribute approachPage => approachPage.Allows(actor, memberRole),
        var rule => rule.Allows(actor),
    };

    private Dictionary<string, PageAccessEntry> Load()
    {
        var result = new Dictionary<string, PageAccessEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in actions.ActionDescriptors.Items.OfType<PageActionDescriptor>())
        {
            var compiled = descriptor as CompiledPageActionDescriptor
                ?? loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty).GetAwaiter().GetResult();
            var rules = compiled.EndpointMetadata.OfType<IPageAccessRule>().DistinctBy(r => r.GetType()).ToList();
            result[descriptor.ViewEnginePath] = new PageAccessEntry(descriptor.ViewEnginePath, descriptor.AttributeRouteInfo?.Template, rules);
        }

        return result;
    }
}

/// <summary>
/// A page of one organisation record (user, area, own intervention) with the id in its route: signed in; the service
/// checks <see cref="Permission"/> after finding the record, so that another organisation's id is a 404, never a 403.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RecordPageAttribute : AuthorizeAttribute, IPageAccessRule
{
    public RecordPageAttribute(Permission permission)
    {
        Permission = permission;
        Policy = Policies.Authenticated;
    }

    public Permission Permission { get; }

    public bool Allows(Actor? actor) => actor is not null && actor.Can(Permission);
}
