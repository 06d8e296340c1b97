using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Knowledge;

/// <summary>Input for an own intervention or practice example.</summary>
public sealed class OwnInterventionInput
{
    public OwnInterventionKind? Kind { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Description { get; set; }

    public string? Municipality { get; set; }

    public string? SolutionDirection { get; set; }

    public List<string> TargetGroups { get; set; } = [];

    public List<string> Locations { get; set; } = [];

    public List<string> Themes { get; set; } = [];

    public List<string> PpctLevels { get; set; } = [];

    public Guid? Version { get; set; }
}

/// <summary>
/// The intervention catalogue as an organisation sees it: the standard catalogue minus what it hid, plus its own
/// interventions and practice examples. Reading needs <see cref="Permission.ViewKnowledge"/>; own entries and hiding
/// need <see cref="Permission.ManageKnowledge"/> (Beheerder, Coördinator).
/// </summary>
public sealed class InterventionCatalogService(WijkkrachtDbContext db, KnowledgeBase kb, InterventionFinder finder)
{
    public async Task<List<InterventionCard>> OwnCardsAsync(CancellationToken ct = default) =>
        (await db.OwnInterventions.AsNoTracking().OrderBy(i => i.Title).ToListAsync(ct)).Select(i => i.ToCard()).ToList();

    public async Task<HashSet<string>> HiddenAsync(CancellationToken ct = default) =>
        (await db.HiddenInterventions.AsNoTracking().Select(h => h.InterventionId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Ranks the organisation's catalogue for a situation.</summary>
    public async Task<Result<List<FinderResult>>> FindAsync(FinderQuery query, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ViewKnowledge))
            return Result<List<FinderResult>>.Forbidden("U mag de kennisbank niet bekijken.");
        var errors = finder.Validate(query);
        if (errors.Any)
            return Result<List<FinderResult>>.Invalid(errors);
        return finder.Find(query, await OwnCardsAsync(ct), await HiddenAsync(ct));
    }

    /// <summary>A standard intervention by id, or an own one by its Guid. Other organisations' ids are not found.</summary>
    public async Task<InterventionCard?> FindCardAsync(string id, CancellationToken ct = default)
    {
        if (kb.InterventionsById.TryGetValue(id, out var doc))
            return InterventionFinder.Card(kb, doc);
        if (Guid.TryParse(id, out var guid))
            return (await db.OwnInterventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == guid, ct))?.ToCard();
        return null;
    }

    public Task<List<OwnIntervention>> ListOwnAsync(CancellationToken ct = default) =>
        db.OwnInterventions.AsNoTracking().OrderBy(i => i.Title).ToListAsync(ct);

    public async Task<Result<OwnIntervention>> GetOwnAsync(Guid id, CancellationToken ct = default) =>
        await db.OwnInterventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is { } own
            ? Result<OwnIntervention>.Ok(own)
            : Result<OwnIntervention>.NotFound();

    public async Task<Result<OwnIntervention>> CreateOwnAsync(OwnInterventionInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageKnowledge))
            return Result<OwnIntervention>.Forbidden("Alleen een coördinator of beheerder kan eigen interventies toevoegen.");
        var own = new OwnIntervention();
        var errors = Apply(own, input);
        if (errors.Any)
            return Result<OwnIntervention>.Invalid(errors);
        db.OwnInterventions.Add(own);
        await db.SaveChangesAsync(ct);
        return Result<OwnIntervention>.Ok(own);
    }

    public async Task<Result<OwnIntervention>> UpdateOwnAsync(Guid id, OwnInterventionInput input, Actor actor, CancellationToken ct = default)
    {
        var own = await db.OwnInterventions.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (own is null)
            return Result<OwnIntervention>.NotFound();
        if (!actor.Can(Permission.ManageKnowledge))
            return Result<OwnIntervention>.Forbidden("Alleen een coördinator of beheerder kan eigen interventies wijzigen.");
        if (VersionedSave.MissingVersionResult<OwnIntervention>(input.Version) is { } missingVersion)
            return missingVersion;
        var errors = Apply(own, input);
        if (errors.Any)
            return Result<OwnIntervention>.Invalid(errors);
        return await db.SaveVersionedAsync(own, input.Version!.Value, own, ct);
    }

    public async Task<Result<bool>> DeleteOwnAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var own = await db.OwnInterventions.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (own is null)
            return Result<bool>.NotFound();
        if (!actor.Can(Permission.ManageKnowledge))
            return Result<bool>.Forbidden("Alleen een coördinator of beheerder kan eigen interventies verwijderen.");
        var key = own.Id.ToString();
        if (await db.ApproachInterventions.AnyAsync(a => a.InterventionId == key, ct))
            return Result<bool>.Conflict("Deze interventie staat nog in het plan van een aanpak. Haal haar daar eerst weg.");
        db.OwnInterventions.Remove(own);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Hides or shows a standard intervention for the organisation.</summary>
    public async Task<Result<bool>> SetHiddenAsync(string interventionId, bool hidden, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageKnowledge))
            return Result<bool>.Forbidden("Alleen een coördinator of beheerder kan interventies verbergen.");
        if (!kb.InterventionsById.ContainsKey(interventionId))
            return Result<bool>.Invalid("interventionId", "Deze interventie staat niet in de standaardlijst.");
        var existing = await db.HiddenInterventions.FirstOrDefaultAsync(h => h.InterventionId == interventionId, ct);
        if (hidden && existing is null)
            db.HiddenInterventions.Add(new HiddenIntervention { InterventionId = interventionId });
        else if (!hidden && existing is not null)
            db.HiddenInterventions.Remove(existing);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(hidden);
    }

    private ValidationErrors Apply(OwnIntervention own, OwnInterventionInput input)
    {
        var errors = new ValidationErrors();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
            errors.Add(nameof(OwnInterventionInput.Title), "Geef de interventie een naam.");
        else if (title.Length > 200)
            errors.Add(nameof(OwnInterventionInput.Title), "De naam mag maximaal 200 tekens lang zijn.");
        var summary = input.Summary?.Trim();
        if (string.IsNullOrEmpty(summary))
            errors.Add(nameof(OwnInterventionInput.Summary), "Beschrijf de interventie in een paar zinnen.");
        else if (summary.Length > 2000)
            errors.Add(nameof(OwnInterventionInput.Summary), "De korte beschrijving mag maximaal 2000 tekens lang zijn.");
        var description = input.Description?.Trim() ?? "";
        if (description.Length > 8000)
            errors.Add(nameof(OwnInterventionInput.Description), "De uitgebreide beschrijving mag maximaal 8000 tekens lang zijn.");
        var municipality = input.Municipality?.Trim();
        if (municipality is { Length: > 200 })
            errors.Add(nameof(OwnInterventionInput.Municipality), "De plaats mag maximaal 200 tekens lang zijn.");
        if (input.Kind is { } kind && !Enum.IsDefined(kind))
            errors.Add(nameof(OwnInterventionInput.Kind), "Kies interventie of praktijkvoorbeeld.");
        var direction = string.IsNullOrWhiteSpace(input.SolutionDirection) ? null : input.SolutionDirection.Trim();
        if (direction is not null && !kb.FacetDefinitions[KnowledgeBase.FacetSolutionDirection].Has(direction))
            errors.Add(nameof(OwnInterventionInput.SolutionDirection), "Kies een oplossingsrichting uit de lijst.");
        CheckFacet(errors, nameof(OwnInterventionInput.TargetGroups), KnowledgeBase.FacetTargetGroup, input.TargetGroups, "doelgroep");
        CheckFacet(errors, nameof(OwnInterventionInput.Locations), KnowledgeBase.FacetLocation, input.Locations, "locatie");
        CheckFacet(errors, nameof(OwnInterventionInput.Themes), KnowledgeBase.FacetTheme, input.Themes, "thema");
        CheckFacet(errors, nameof(OwnInterventionInput.PpctLevels), KnowledgeBase.FacetPpctLevel, input.PpctLevels, "PPCT-niveau");
        if (errors.Any)
            return errors;

        own.Kind = input.Kind ?? own.Kind;
        own.Title = title!;
        own.Summary = summary!;
        own.Description = description;
        own.Municipality = string.IsNullOrEmpty(municipality) ? null : municipality;
        own.SolutionDirection = direction;
        own.TargetGroups = [.. input.TargetGroups.Distinct(StringComparer.Ordinal)];
        own.Locations = [.. input.Locations.Distinct(StringComparer.Ordinal)];
        own.Themes = [.. input.Themes.Distinct(StringComparer.Ordinal)];
        own.PpctLevels = [.. input.PpctLevels.Distinct(StringComparer.Ordinal)];
        return errors;
    }

    private void CheckFacet(ValidationErrors errors, string field, string facet, List<string> values, string noun)
    {
        foreach (var value in values.Where(v => !kb.FacetDefinitions[facet].Has(v)))
            errors.Add(field, $"'{value}' is geen geldige {noun}.");
    }
}
