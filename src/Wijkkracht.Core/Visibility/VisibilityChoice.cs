using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Visibility;

/// <summary>
/// "Wie mag dit zien?" as it arrives from a form (the <c>_VisibilityFieldset</c> partial) or an API body
/// (<c>{"level": "Partners", "partnerTypes": ["Jongerenwerk"]}</c>). A service that stores an <see cref="IHasVisibility"/>
/// record takes it as an optional property of its input: null keeps the record's current level (or the default of the
/// record type for a new record). Use <see cref="Validate"/>, <see cref="ChangesAnything"/> and <see cref="ApplyTo"/>.
/// </summary>
public sealed class VisibilityChoice
{
    public VisibilityLevel? Level { get; set; }

    /// <summary>With <see cref="VisibilityLevel.Partners"/>: the partner types that may read it; empty means all partners.</summary>
    public List<PartnerType> PartnerTypes { get; set; } = [];

    /// <summary>The record's current choice (for filling in a form or an API answer).</summary>
    public static VisibilityChoice From(IHasVisibility record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new() { Level = record.Visibility, PartnerTypes = [.. VisibilityRules.Split(record.VisibleToPartnerTypes)] };
    }

    /// <summary>The choice for a record that was not saved yet: the record type's default level, all partners.</summary>
    public static VisibilityChoice Default(VisibilityLevel level) => new() { Level = level };

    /// <summary>Adds Dutch messages under <paramref name="field"/> (e.g. "Visibility") when the choice is not complete or not allowed.</summary>
    public bool Validate(ValidationErrors errors, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var valid = true;
        if (Level is not { } level || !Enum.IsDefined(level))
        {
            errors.Add($"{field}.{nameof(Level)}", "Kies wie dit mag zien.");
            valid = false;
        }

        var types = PartnerTypes ?? [];
        if (types.Any(t => t == PartnerType.Geen || !Enum.IsDefined(t)))
        {
            errors.Add($"{field}.{nameof(PartnerTypes)}", "Kies alleen soorten organisaties uit de lijst.");
            valid = false;
        }
        else if (Level is not VisibilityLevel.Partners && types.Count > 0)
        {
            errors.Add($"{field}.{nameof(PartnerTypes)}", "Soorten partners kiest u alleen bij 'Kernteam en partners'. Kies die optie, of haal de vinkjes weg.");
            valid = false;
        }

        return valid;
    }

    /// <summary>True when applying this (valid) choice would change what <paramref name="record"/> allows.</summary>
    public bool ChangesAnything(IHasVisibility record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Visibility != Level || record.VisibleToPartnerTypes != Mask;
    }

    /// <summary>Sets the level and partner types of <paramref name="record"/> (call after <see cref="Validate"/>).</summary>
    public void ApplyTo(IHasVisibility record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Visibility = Level ?? record.Visibility;
        record.VisibleToPartnerTypes = Mask;
    }

    private PartnerType Mask => Level == VisibilityLevel.Partners ? VisibilityRules.Combine(PartnerTypes) : PartnerType.Geen;

    /// <summary>
    /// The one rule for a visibility change on a form or API call: validates <paramref name="choice"/> under
    /// <paramref name="field"/> and, when it would change <paramref name="record"/> but the caller may not change who sees
    /// it (<paramref name="mayChange"/>: the ManageMembers permission of the approach), adds <see cref="NotAllowed"/>.
    /// True when the choice is valid, changes the record and is allowed: then the caller applies it.
    /// </summary>
    public static bool CheckChange(ValidationErrors errors, VisibilityChoice? choice, IHasVisibility record, string field, bool mayChange)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (choice is null || !choice.Validate(errors, field) || !choice.ChangesAnything(record))
            return false;
        if (mayChange)
            return true;
        errors.Add(field + "." + nameof(Level), NotAllowed);
        return false;
    }

    /// <summary>The Dutch message when someone who may not change visibility tries to.</summary>
    public const string NotAllowed = "Alleen de coördinator, de gemeenteverbinder of de procesregisseur kan wijzigen wie dit mag zien.";
}
