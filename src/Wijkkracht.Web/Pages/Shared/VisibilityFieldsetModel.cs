using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Web.Pages.Shared;

/// <summary>
/// The model of the reusable "Wie mag dit zien?" fieldset (<c>Pages/Shared/_VisibilityFieldset.cshtml</c>, ADR 0005).
/// Use it in any form of a record that implements <see cref="IHasVisibility"/>:
/// <code>
/// // page model: public VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility, VisibilityRules.StepDefault, View.CanManageMembers);
/// // view:       &lt;partial name="_VisibilityFieldset" model="Model.VisibilityField" /&gt;
/// // input:      public VisibilityChoice? Visibility { get; set; }   (null when the fieldset was shown read-only)
/// // service:    choice.Validate(errors, "Visibility"); if (choice.ChangesAnything(record) &amp;&amp; !mayChange) error; choice.ApplyTo(record);
/// </code>
/// <paramref name="Prefix"/> is the form name of the <see cref="VisibilityChoice"/> (inputs <c>{Prefix}.Level</c> and
/// <c>{Prefix}.PartnerTypes</c>; errors under the same keys). <paramref name="Value"/> is what to show checked: the
/// record's current choice, or what the user posted when the form came back; null shows <paramref name="Default"/>.
/// <paramref name="Default"/> is the record type's default level (marked "standaard"). Without
/// <paramref name="CanChange"/> the current choice is shown as text and nothing is posted, so the level stays as it is.
/// </summary>
public sealed record VisibilityFieldsetModel(string Prefix, VisibilityChoice? Value, VisibilityLevel Default, bool CanChange)
{
    /// <summary>The level to show checked.</summary>
    public VisibilityLevel Level => Value?.Level is { } level && Enum.IsDefined(level) ? level : Default;

    /// <summary>The partner types to show checked.</summary>
    public IReadOnlyList<PartnerType> PartnerTypes => Value?.PartnerTypes ?? [];

    /// <summary>The partner types a record can be limited to (every type but "none").</summary>
    public static IReadOnlyList<PartnerType> Choosable { get; } = Enum.GetValues<PartnerType>().Where(t => t != PartnerType.Geen).ToList();

    /// <summary>The levels, widest last, with a plain-Dutch explanation of who that is.</summary>
    public static IReadOnlyList<(VisibilityLevel Level, string Label, string Explanation)> Levels { get; } =
    [
        (VisibilityLevel.Kernteam, "Alleen het kernteam", "De gemeenteverbinder, de procesregisseur, de wijkverbinder, het bestuurlijk boegbeeld en de coördinator."),
        (VisibilityLevel.Partners, "Kernteam en partners", "Ook de partners in deze aanpak, zoals politie, handhaving, jongerenwerk of de woningcorporatie. U kunt dit beperken tot een paar soorten partners."),
        (VisibilityLevel.Netwerk, "Iedereen in de aanpak, ook netwerkleden", "Ook actieve bewoners en andere netwerkleden van deze aanpak."),
    ];

    /// <summary>The id an error-summary link jumps to for <paramref name="field"/> ("Level" or "PartnerTypes").</summary>
    public string IdFor(string field) => Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId($"{Prefix}.{field}", "_");

    /// <summary>The current choice in words (for the read-only view).</summary>
    public string Summary => VisibilityLabels.For(Level, VisibilityRules.Combine(Level == VisibilityLevel.Partners ? PartnerTypes : []));
}
