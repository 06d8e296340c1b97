using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Conversations;

/// <summary>Input for an opportunity (a pin on the kansenkaart).</summary>
public sealed class OpportunityInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? PlaceName { get; set; }

    public string? Source { get; set; }

    public OpportunityStatus? Status { get; set; }

    /// <summary>Themes of this approach (optional); a theme of another approach is answered as 404.</summary>
    public List<Guid> ThemeIds { get; set; } = [];

    /// <summary>Who may read it; null keeps the current level (or the default for a new pin).</summary>
    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static OpportunityInput From(Opportunity o) => new()
    {
        Title = o.Title,
        Description = o.Description,
        Latitude = o.Latitude,
        Longitude = o.Longitude,
        PlaceName = o.PlaceName,
        Source = o.Source,
        Status = o.Status,
        ThemeIds = [.. o.ThemeIds],
        Visibility = VisibilityChoice.From(o),
        Version = o.Version,
    };
}

/// <summary>Input for an aanleiding.</summary>
public sealed class OccasionInput
{
    public OccasionKind? Kind { get; set; }

    public string? Description { get; set; }

    public string? Source { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>Who may read it; null keeps the current level (or the default for a new one).</summary>
    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static OccasionInput From(Occasion o) => new()
    {
        Kind = o.Kind,
        Description = o.Description,
        Source = o.Source,
        Date = o.Date,
        Visibility = VisibilityChoice.From(o),
        Version = o.Version,
    };
}

/// <summary>
/// The kansenkaart (issue 11 §6): opportunity pins and aanleidingen of an approach. Members read what the visibility
/// model allows them (ADR 0005; a record they may not see is a 404), members with <see cref="ApproachPermission.Edit"/>
/// add, change and delete; changing who may read needs <see cref="ApproachPermission.ManageMembers"/>. Changes are
/// audited by the DbContext; the records hold no personal data (groups and places, no names).
/// </summary>
public sealed class OpportunityService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    /// <summary>At most this many pins on one map.</summary>
    public const int MaxOnMap = 2000;

    public async Task<Result<Page<Opportunity>>> ListAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        var (query, denied) = await ReadableAsync<Opportunity>(approachId, actor, ct);
        if (denied is { } status)
            return Result<Page<Opportunity>>.Denied(status);
        var total = await query!.CountAsync(ct);
        var items = await query!.OrderBy(o => o.Title).ThenBy(o => o.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return Result<Page<Opportunity>>.Ok(new Page<Opportunity>(items, page.PageNumber, page.PageSize, total));
    }

    /// <summary>All pins the reader may see (at most <see cref="MaxOnMap"/>), for the map and the list beside it.</summary>
    public async Task<Result<List<Opportunity>>> AllAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var (query, denied) = await ReadableAsync<Opportunity>(approachId, actor, ct);
        if (denied is { } status)
            return Result<List<Opportunity>>.Denied(status);
        return Result<List<Opportunity>>.Ok(await query!.OrderBy(o => o.Status).ThenBy(o => o.Title).Take(MaxOnMap).ToListAsync(ct));
    }

    public async Task<Result<Opportunity>> GetAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (query, denied) = await ReadableAsync<Opportunity>(approachId, actor, ct);
        if (denied is { } status)
            return Result<Opportunity>.Denied(status);
        var found = await query!.FirstOrDefaultAsync(o => o.Id == id, ct);
        return found is null ? Result<Opportunity>.NotFound() : Result<Opportunity>.Ok(found);
    }

    public async Task<Result<Opportunity>> CreateAsync(Guid approachId, OpportunityInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<Opportunity>.Denied(access);
        var opportunity = new Opportunity { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var (errors, foreign) = await ApplyAsync(opportunity, input, actor, ct);
        if (foreign)
            return Result<Opportunity>.NotFound();
        if (errors.Any)
            return Result<Opportunity>.Invalid(errors);
        db.Add(opportunity);
        await db.SaveChangesAsync(ct);
        return Result<Opportunity>.Ok(opportunity);
    }

    public async Task<Result<Opportunity>> UpdateAsync(Guid approachId, Guid id, OpportunityInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (opportunity, denied) = await FindForChangeAsync<Opportunity>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<Opportunity>.Denied(status);
        if (VersionedSave.MissingVersionResult<Opportunity>(input.Version) is { } missing)
            return missing;
        var (errors, foreign) = await ApplyAsync(opportunity!, input, actor, ct);
        if (foreign)
            return Result<Opportunity>.NotFound();
        if (errors.Any)
            return Result<Opportunity>.Invalid(errors);
        return await db.SaveVersionedAsync(opportunity!, input.Version!.Value, opportunity!, ct);
    }

    public Task<Result<bool>> DeleteAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default) =>
        DeleteAsync<Opportunity>(approachId, id, actor, ct);

    public async Task<Result<List<Occasion>>> OccasionsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var (query, denied) = await ReadableAsync<Occasion>(approachId, actor, ct);
        if (denied is { } status)
            return Result<List<Occasion>>.Denied(status);
        return Result<List<Occasion>>.Ok(await query!.OrderByDescending(o => o.Date).ThenBy(o => o.Id).ToListAsync(ct));
    }

    public async Task<Result<Occasion>> GetOccasionAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (query, denied) = await ReadableAsync<Occasion>(approachId, actor, ct);
        if (denied is { } status)
            return Result<Occasion>.Denied(status);
        var found = await query!.FirstOrDefaultAsync(o => o.Id == id, ct);
        return found is null ? Result<Occasion>.NotFound() : Result<Occasion>.Ok(found);
    }

    public async Task<Result<Occasion>> CreateOccasionAsync(Guid approachId, OccasionInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<Occasion>.Denied(access);
        var occasion = new Occasion { ApproachId = approachId };
        var errors = await ApplyAsync(occasion, input, actor, ct);
        if (errors.Any)
            return Result<Occasion>.Invalid(errors);
        db.Add(occasion);
        await db.SaveChangesAsync(ct);
        return Result<Occasion>.Ok(occasion);
    }

    public async Task<Result<Occasion>> UpdateOccasionAsync(Guid approachId, Guid id, OccasionInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (occasion, denied) = await FindForChangeAsync<Occasion>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<Occasion>.Denied(status);
        if (VersionedSave.MissingVersionResult<Occasion>(input.Version) is { } missing)
            return missing;
        var errors = await ApplyAsync(occasion!, input, actor, ct);
        if (errors.Any)
            return Result<Occasion>.Invalid(errors);
        return await db.SaveVersionedAsync(occasion!, input.Version!.Value, occasion!, ct);
    }

    public Task<Result<bool>> DeleteOccasionAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default) =>
        DeleteAsync<Occasion>(approachId, id, actor, ct);

    /// <summary>The records of the approach that the reader may see; NotFound when the approach is not visible.</summary>
    private async Task<(IQueryable<T>? Query, ResultStatus? Denied)> ReadableAsync<T>(Guid approachId, Actor actor, CancellationToken ct)
        where T : class, IHasVisibility, IApproachScoped
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return (null, access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        return (VisibilityRules.Filter(db.Set<T>().AsNoTracking(), seen).Where(o => o.ApproachId == approachId), null);
    }

    /// <summary>The record for a change: NotFound when the approach or the record is not visible, Forbidden without Edit.</summary>
    private async Task<(T? Record, ResultStatus? Denied)> FindForChangeAsync<T>(Guid approachId, Guid id, Actor actor, CancellationToken ct)
        where T : class, IHasVisibility, IApproachScoped
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return (null, access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var record = await VisibilityRules.Filter(db.Set<T>(), seen).FirstOrDefaultAsync(o => o.ApproachId == approachId && EF.Property<Guid>(o, "Id") == id, ct);
        if (record is null)
            return (null, ResultStatus.NotFound);
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return (null, ResultStatus.Forbidden);
        return (record, null);
    }

    private async Task<Result<bool>> DeleteAsync<T>(Guid approachId, Guid id, Actor actor, CancellationToken ct)
        where T : class, IHasVisibility, IApproachScoped
    {
        var (record, denied) = await FindForChangeAsync<T>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        db.Remove(record!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private async Task<(ValidationErrors Errors, bool Foreign)> ApplyAsync(Opportunity o, OpportunityInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var title = DeskText.Required(errors, nameof(OpportunityInput.Title), input.Title, 200, "Geef de kans een korte titel, bijvoorbeeld 'Moestuin op het braakliggende veld'.");
        var description = DeskText.Optional(errors, nameof(OpportunityInput.Description), input.Description, 2000);
        var place = DeskText.Optional(errors, nameof(OpportunityInput.PlaceName), input.PlaceName, 200);
        var source = DeskText.Optional(errors, nameof(OpportunityInput.Source), input.Source, 200);
        if (input.Latitude is null != input.Longitude is null)
            errors.Add(input.Latitude is null ? nameof(OpportunityInput.Latitude) : nameof(OpportunityInput.Longitude), "Vul zowel de breedtegraad als de lengtegraad in, of geen van beide.");
        else if (input.Latitude is { } lat && input.Longitude is { } lon && !ObservationService.InNetherlands(lat, lon))
            errors.Add(nameof(OpportunityInput.Latitude), "Dit punt ligt niet in Nederland. Controleer de coördinaten (breedtegraad rond 52, lengtegraad rond 5).");
        if (input.Latitude is null && input.Longitude is null && place.Length == 0)
            errors.Add(nameof(OpportunityInput.PlaceName), "Geef de plek op: een naam (bijvoorbeeld 'Trapveld') of een punt op de kaart.");
        if (input.Status is { } status && !Enum.IsDefined(status))
            errors.Add(nameof(OpportunityInput.Status), "Kies een stand uit de lijst.");
        var themeIds = (input.ThemeIds ?? []).Where(t => t != Guid.Empty).Distinct().ToList();
        if (themeIds.Count > 0 && await db.Set<Theme>().CountAsync(t => t.ApproachId == o.ApproachId && themeIds.Contains(t.Id), ct) != themeIds.Count)
            return (errors, true);
        var changesVisibility = await DeskText.CheckVisibilityAsync(errors, input.Visibility, o, nameof(OpportunityInput.Visibility), approaches, o.ApproachId, actor, ct);
        if (errors.Any)
            return (errors, false);
        o.Title = title;
        o.Description = description;
        o.PlaceName = place;
        o.Source = source;
        o.Latitude = input.Latitude is { } la ? Math.Round(la, 6) : null;
        o.Longitude = input.Longitude is { } lo ? Math.Round(lo, 6) : null;
        o.Status = input.Status ?? OpportunityStatus.Idee;
        if (!o.ThemeIds.SequenceEqual(themeIds))
            o.ThemeIds = themeIds;
        if (changesVisibility)
            input.Visibility!.ApplyTo(o);
        return (errors, false);
    }

    private async Task<ValidationErrors> ApplyAsync(Occasion o, OccasionInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(OccasionInput.Kind), "Kies of de aanleiding een probleem of een kans is.");
        var description = DeskText.Required(errors, nameof(OccasionInput.Description), input.Description, 2000, "Beschrijf de aanleiding, bijvoorbeeld 'Herinrichting van het plein in 2027'.");
        var source = DeskText.Optional(errors, nameof(OccasionInput.Source), input.Source, 200);
        if (input.Date is not { } date)
            errors.Add(nameof(OccasionInput.Date), "Vul de datum in waarop de aanleiding zich voordeed of bekend werd.");
        else
            PlausibleDates.Validate(errors, nameof(OccasionInput.Date), date, DateMeaning.Planned, PlausibleDates.Today(time));
        var changesVisibility = await DeskText.CheckVisibilityAsync(errors, input.Visibility, o, nameof(OccasionInput.Visibility), approaches, o.ApproachId, actor, ct);
        if (errors.Any)
            return errors;
        o.Kind = input.Kind!.Value;
        o.Description = description;
        o.Source = source;
        o.Date = input.Date!.Value;
        if (changesVisibility)
            input.Visibility!.ApplyTo(o);
        return errors;
    }
}
