using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Observations;

/// <summary>One group in the input: a category and its rough size (no size: not seen).</summary>
public sealed class ObservedGroupInput
{
    public string? Category { get; set; }

    public GroupSize? Size { get; set; }
}

/// <summary>Input for an observation (form and API).</summary>
public sealed class ObservationInput
{
    public DateOnly? ObservedOn { get; set; }

    public TimeOnly? ObservedAt { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? PlaceName { get; set; }

    public List<ObservedGroupInput> Groups { get; set; } = [];

    public List<string> Factors { get; set; } = [];

    public ObservationKind? Kind { get; set; }

    public string? WhatHappens { get; set; }

    /// <summary>Answers to the step-1 questions, keyed by question id.</summary>
    public Dictionary<string, string?> PromptAnswers { get; set; } = [];

    /// <summary>Other members of the approach who observed too (the recorder is always an observer).</summary>
    public List<Guid> OtherObservers { get; set; } = [];

    public CompanionKind? Companion { get; set; }

    /// <summary>The walk (schouw) it was made on: a walk of the same approach, or none.</summary>
    public Guid? WalkId { get; set; }

    /// <summary>Pin on the plattegrond, percent from the left (0–100); both or neither.</summary>
    public double? PinX { get; set; }

    /// <summary>Pin on the plattegrond, percent from the top (0–100).</summary>
    public double? PinY { get; set; }

    /// <summary>Saves text that looks like it names a person or an address after the warning (see <see cref="NameDetector"/>).</summary>
    public bool ConfirmPossibleNames { get; set; }

    public Guid? Version { get; set; }

    /// <summary>The input for an existing observation, with every group category of <paramref name="catalog"/> as a row.</summary>
    public static ObservationInput From(Observation o, ObservationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(o);
        var input = ForForm(catalog);
        input.ObservedOn = o.ObservedOn;
        input.ObservedAt = o.ObservedAt;
        input.Latitude = o.Latitude;
        input.Longitude = o.Longitude;
        input.PlaceName = o.PlaceName;
        foreach (var g in ObservationCodec.DecodeGroups(o.Groups))
        {
            if (input.Groups.FirstOrDefault(x => x.Category == g.Category) is { } row)
                row.Size = g.Size;
        }

        input.Factors = [.. ObservationCodec.Split(o.Factors)];
        input.Kind = o.Kind;
        input.WhatHappens = o.WhatHappens;
        input.PromptAnswers = ObservationCodec.DecodeAnswers(o.PromptAnswers).ToDictionary(kv => kv.Key, kv => (string?)kv.Value, StringComparer.Ordinal);
        input.OtherObservers = [.. ObservationCodec.DecodeIds(o.OtherObservers)];
        input.Companion = o.Companion;
        input.WalkId = o.WalkId;
        input.PinX = o.PinX;
        input.PinY = o.PinY;
        input.Version = o.Version;
        return input;
    }

    /// <summary>An empty form: one row per group category.</summary>
    public static ObservationInput ForForm(ObservationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new ObservationInput { Groups = [.. catalog.Groups.Select(g => new ObservedGroupInput { Category = g.Id })] };
    }
}

/// <summary>The filters of the list, the map, the grid and the API.</summary>
public sealed class ObservationFilter
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public PartOfDay? PartOfDay { get; set; }

    public DayType? DayType { get; set; }

    public string? Group { get; set; }

    public string? Factor { get; set; }

    public ObservationKind? Kind { get; set; }

    /// <summary>minLon, minLat, maxLon, maxLat (WGS84, GeoJSON order).</summary>
    public double[]? Bbox { get; set; }

    /// <summary>Only the observations of this walk.</summary>
    public Guid? Walk { get; set; }

    /// <summary>Only the observations pinned on the plattegrond.</summary>
    public bool PinnedOnly { get; set; }

    public bool IsEmpty => Walk is null && !PinnedOnly && From is null && To is null && PartOfDay is null && DayType is null && string.IsNullOrEmpty(Group) && string.IsNullOrEmpty(Factor) && Kind is null && Bbox is null;

    /// <summary>Parses "minLon,minLat,maxLon,maxLat"; null with a Dutch message when it is not a valid box.</summary>
    public static double[]? ParseBbox(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4 || parts.Select((p, i) => double.TryParse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).Any(ok => !ok)
            || values[0] < -180 || values[2] > 180 || values[1] < -90 || values[3] > 90 || values[0] > values[2] || values[1] > values[3])
        {
            error = "Geef bbox als minLon,minLat,maxLon,maxLat in WGS84 (bijvoorbeeld 4.85,52.35,4.95,52.40).";
            return null;
        }

        return values;
    }

    /// <summary>Dutch messages for a filter that cannot select anything sensible.</summary>
    public ValidationErrors Validate(ObservationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new ValidationErrors();
        if (From is { } f && To is { } t && f > t)
            errors.Add(nameof(To), "De einddatum ligt vóór de begindatum.");
        if (!string.IsNullOrEmpty(Group) && catalog.Group(Group) is null)
            errors.Add(nameof(Group), "Kies een groep uit de lijst.");
        if (!string.IsNullOrEmpty(Factor) && catalog.Factor(Factor) is null)
            errors.Add(nameof(Factor), "Kies een factor uit de lijst.");
        if (PartOfDay is { } p && !Enum.IsDefined(p))
            errors.Add(nameof(PartOfDay), "Kies ochtend, middag, avond of nacht.");
        return errors;
    }
}

/// <summary>An observation as one reader may see it: free text only for the core team and the observers.</summary>
public sealed record ObservationView(Observation Observation, bool NotesVisible, bool CanChange);

/// <summary>
/// Observations (waarnemingen) of an approach. Every member of the approach may record them (residents observe too);
/// every member sees where and when which groups were seen (map, grid, list); the free text is readable by the core team
/// and the observers; the observers and members with edit rights change or delete them. Changes are audited through
/// <see cref="IAudited"/>.
/// </summary>
public sealed class ObservationService(WijkkrachtDbContext db, ApproachService approaches, ObservationCatalog catalog, TimeProvider time)
{
    /// <summary>At most this many observations go into one map, grid, GeoJSON or CSV selection.</summary>
    public const int MaxSelection = 20_000;

    public async Task<Result<Page<ObservationView>>> ListAsync(Guid approachId, ObservationFilter filter, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<Page<ObservationView>>.NotFound();
        var errors = filter.Validate(catalog);
        if (errors.Any)
            return Result<Page<ObservationView>>.Invalid(errors);
        var query = Apply(db.Set<Observation>().AsNoTracking().Where(o => o.ApproachId == approachId), filter);
        var total = await query.CountAsync(ct);
        var items = await Ordered(query).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var visibility = await approaches.VisibilityAsync(approachId, actor, ct);
        return Result<Page<ObservationView>>.Ok(new Page<ObservationView>(items.Select(o => View(o, access, visibility)).ToList(), page.PageNumber, page.PageSize, total));
    }

    /// <summary>The whole selection (at most <see cref="MaxSelection"/>) with free text as the reader may see it, for the CSV export and a walk's observations.</summary>
    public async Task<Result<List<ObservationView>>> SelectAsync(Guid approachId, ObservationFilter filter, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<List<ObservationView>>.NotFound();
        var errors = filter.Validate(catalog);
        if (errors.Any)
            return Result<List<ObservationView>>.Invalid(errors);
        var query = Apply(db.Set<Observation>().AsNoTracking().Where(o => o.ApproachId == approachId), filter);
        var items = await Ordered(query).Take(MaxSelection).ToListAsync(ct);
        var visibility = await approaches.VisibilityAsync(approachId, actor, ct);
        return Result<List<ObservationView>>.Ok(items.Select(o => View(o, access, visibility)).ToList());
    }

    /// <summary>
    /// The counts of the selection and, with <paramref name="withGrid"/>, the grid, counted by the database (a query
    /// grouped by part of day, day type and kind; for the grid one grouped by place and part of day with a count per
    /// group category), so the list page, the step pages and the walk pages stay fast with tens of thousands of
    /// observations.
    /// </summary>
    public async Task<Result<ObservationSummary>> SummaryAsync(Guid approachId, ObservationFilter filter, Actor actor, bool withGrid = true, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (await approaches.ResolveAsync(approachId, actor, ct) is null)
            return Result<ObservationSummary>.NotFound();
        var errors = filter.Validate(catalog);
        if (errors.Any)
            return Result<ObservationSummary>.Invalid(errors);
        var query = Apply(db.Set<Observation>().AsNoTracking().Where(o => o.ApproachId == approachId), filter);
        var rows = await query
            .GroupBy(o => new { o.PartOfDay, o.DayType, o.Kind })
            .Select(g => new ObservationCountRow(g.Key.PartOfDay, g.Key.DayType, g.Key.Kind, g.Count(), g.Min(o => o.ObservedOn), g.Max(o => o.ObservedOn)))
            .ToListAsync(ct);
        var grid = new List<ObservationGridRow>();
        if (withGrid && rows.Count > 0)
        {
            var categories = catalog.Groups.Select(g => g.Id).ToList();
            var cells = await query.GroupBy(o => new GridKey { PlaceName = o.PlaceName, PartOfDay = o.PartOfDay }).Select(GridCounts(categories)).ToListAsync(ct);
            grid.AddRange(cells.Select(c => new ObservationGridRow(c.PlaceName, c.PartOfDay, c.Count,
                categories.Select((id, i) => (id, n: c.Groups[i])).ToDictionary(x => x.id, x => x.n, StringComparer.Ordinal))));
        }

        return Result<ObservationSummary>.Ok(ObservationSummary.From(rows, grid));
    }

    /// <summary>The grouping key of the grid (a named type so the projection can be built as an expression).</summary>
    private sealed class GridKey
    {
        public string PlaceName { get; init; } = "";

        public PartOfDay PartOfDay { get; init; }
    }

    /// <summary>One cell of the grid as the database returns it: a count per group category, in catalog order.</summary>
    private sealed class GridCountRow
    {
        public string PlaceName { get; init; } = "";

        public PartOfDay PartOfDay { get; init; }

        public int Count { get; init; }

        public int[] Groups { get; init; } = [];
    }

    /// <summary>
    /// <c>g =&gt; new GridCountRow { PlaceName = g.Key.PlaceName, PartOfDay = g.Key.PartOfDay, Count = g.Count(),
    /// Groups = new[] { g.Count(o =&gt; o.Groups.Contains("|jongeren=")), … } }</c> for the catalog's categories: one
    /// conditional count per category, so the database counts the groups without returning the observations.
    /// </summary>
    private static Expression<Func<IGrouping<GridKey, Observation>, GridCountRow>> GridCounts(IReadOnlyList<string> categories)
    {
        var g = Expression.Parameter(typeof(IGrouping<GridKey, Observation>), "g");
        var o = Expression.Parameter(typeof(Observation), "o");
        var key = Expression.Property(g, nameof(IGrouping<GridKey, Observation>.Key));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression CountWhere(string category) => Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(Observation)], g,
            Expression.Lambda<Func<Observation, bool>>(
                Expression.Call(Expression.Property(o, nameof(Observation.Groups)), contains, Expression.Constant(ObservationCodec.GroupPattern(category))), o));
        var body = Expression.MemberInit(Expression.New(typeof(GridCountRow)),
            Expression.Bind(typeof(GridCountRow).GetProperty(nameof(GridCountRow.PlaceName))!, Expression.Property(key, nameof(GridKey.PlaceName))),
            Expression.Bind(typeof(GridCountRow).GetProperty(nameof(GridCountRow.PartOfDay))!, Expression.Property(key, nameof(GridKey.PartOfDay))),
            Expression.Bind(typeof(GridCountRow).GetProperty(nameof(GridCountRow.Count))!, Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(Observation)], g)),
            Expression.Bind(typeof(GridCountRow).GetProperty(nameof(GridCountRow.Groups))!, Expression.NewArrayInit(typeof(int), categories.Select(CountWhere))));
        return Expression.Lambda<Func<IGrouping<GridKey, Observation>, GridCountRow>>(body, g);
    }

    /// <summary>
    /// The observations of the selection that have a geographic point, newest first, at most <paramref name="limit"/>:
    /// only the columns the map and the GeoJSON show (no free text, which the map never shows).
    /// </summary>
    public async Task<Result<List<ObservationPoint>>> PointsAsync(Guid approachId, ObservationFilter filter, Actor actor, int limit = MaxSelection, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (await approaches.ResolveAsync(approachId, actor, ct) is null)
            return Result<List<ObservationPoint>>.NotFound();
        var errors = filter.Validate(catalog);
        if (errors.Any)
            return Result<List<ObservationPoint>>.Invalid(errors);
        var query = Apply(db.Set<Observation>().AsNoTracking().Where(o => o.ApproachId == approachId && o.Latitude != null && o.Longitude != null), filter);
        var points = await Ordered(query).Take(Math.Clamp(limit, 0, MaxSelection))
            .Select(o => new ObservationPoint(o.Id, o.ObservedOn, o.ObservedAt, o.PartOfDay, o.DayType, o.Latitude!.Value, o.Longitude!.Value, o.PlaceName, o.Groups, o.Factors, o.Kind))
            .ToListAsync(ct);
        return Result<List<ObservationPoint>>.Ok(points);
    }

    public async Task<Result<ObservationView>> GetAsync(Guid approachId, Guid observationId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<ObservationView>.NotFound();
        var o = await db.Set<Observation>().AsNoTracking().FirstOrDefaultAsync(x => x.ApproachId == approachId && x.Id == observationId, ct);
        if (o is null)
            return Result<ObservationView>.NotFound();
        return Result<ObservationView>.Ok(View(o, access, await approaches.VisibilityAsync(approachId, actor, ct)));
    }

    /// <summary>Members of the approach record observations; so do those who may edit it (the coordinator).</summary>
    public static bool CanRecord(ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.MyRole is not null || access.Has(ApproachPermission.Edit);
    }

    public async Task<bool> CanRecordAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await approaches.ResolveAsync(approachId, actor, ct) is { } access && CanRecord(access);

    public async Task<Result<Observation>> CreateAsync(Guid approachId, ObservationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<Observation>.NotFound();
        if (!CanRecord(access))
            return Result<Observation>.Forbidden("Alleen leden van deze aanpak kunnen waarnemingen vastleggen.");
        var observation = new Observation { ApproachId = approachId, RecordedByUserId = actor.UserId };
        var errors = await ApplyAsync(observation, input, actor, ct);
        if (errors.Any)
            return Result<Observation>.Invalid(errors);
        db.Add(observation);
        await db.SaveChangesAsync(ct);
        return Result<Observation>.Ok(observation);
    }

    public async Task<Result<Observation>> UpdateAsync(Guid approachId, Guid observationId, ObservationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<Observation>.NotFound();
        var observation = await db.Set<Observation>().FirstOrDefaultAsync(o => o.ApproachId == approachId && o.Id == observationId, ct);
        if (observation is null)
            return Result<Observation>.NotFound();
        if (!CanChange(observation, access))
            return Result<Observation>.Forbidden(NotYours);
        if (VersionedSave.MissingVersionResult<Observation>(input.Version) is { } missingVersion)
            return missingVersion;
        var errors = await ApplyAsync(observation, input, actor, ct);
        if (errors.Any)
            return Result<Observation>.Invalid(errors);
        return await db.SaveVersionedAsync(observation, input.Version!.Value, observation, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid observationId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<bool>.NotFound();
        var observation = await db.Set<Observation>().FirstOrDefaultAsync(o => o.ApproachId == approachId && o.Id == observationId, ct);
        if (observation is null)
            return Result<bool>.NotFound();
        if (!CanChange(observation, access))
            return Result<bool>.Forbidden(NotYours);
        db.Remove(observation);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>The observers (the recorder and the others) may change an observation, and members with edit rights.</summary>
    public static bool CanChange(Observation observation, ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit) || IsObserver(observation, access.Actor.UserId);
    }

    public static bool IsObserver(Observation observation, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return observation.RecordedByUserId == userId || ObservationCodec.DecodeIds(observation.OtherObservers).Contains(userId);
    }

    /// <summary>The Dutch message when someone who did not observe tries to change an observation.</summary>
    public const string NotYours = "Alleen wie de waarneming deed, of het kernteam, kan deze wijzigen of verwijderen.";

    private static ObservationView View(Observation o, ApproachAccess access, VisibilityAccess visibility)
    {
        var notes = visibility.CoreTeam || IsObserver(o, access.Actor.UserId);
        if (!notes)
        {
            o.WhatHappens = "";
            o.PromptAnswers = "";
        }

        return new ObservationView(o, notes, CanChange(o, access));
    }

    private static IOrderedQueryable<Observation> Ordered(IQueryable<Observation> query) =>
        query.OrderByDescending(o => o.ObservedOn).ThenByDescending(o => o.ObservedAt).ThenBy(o => o.Id);

    private static IQueryable<Observation> Apply(IQueryable<Observation> query, ObservationFilter filter)
    {
        if (filter.From is { } from)
            query = query.Where(o => o.ObservedOn >= from);
        if (filter.To is { } to)
            query = query.Where(o => o.ObservedOn <= to);
        if (filter.PartOfDay is { } part)
            query = query.Where(o => o.PartOfDay == part);
        if (filter.DayType is { } day)
            query = query.Where(o => o.DayType == day);
        if (filter.Kind is { } kind)
            query = query.Where(o => o.Kind == kind);
        if (!string.IsNullOrEmpty(filter.Group))
        {
            var pattern = ObservationCodec.GroupPattern(filter.Group);
            query = query.Where(o => o.Groups.Contains(pattern));
        }

        if (!string.IsNullOrEmpty(filter.Factor))
        {
            var pattern = ObservationCodec.ListPattern(filter.Factor);
            query = query.Where(o => o.Factors.Contains(pattern));
        }

        if (filter.Walk is { } walk)
            query = query.Where(o => o.WalkId == walk);
        if (filter.PinnedOnly)
            query = query.Where(o => o.PinX != null && o.PinY != null);
        if (filter.Bbox is [var minLon, var minLat, var maxLon, var maxLat])
        {
            query = query.Where(o => o.Latitude != null && o.Longitude != null
                && o.Longitude >= minLon && o.Longitude <= maxLon && o.Latitude >= minLat && o.Latitude <= maxLat);
        }

        return query;
    }

    private async Task<ValidationErrors> ApplyAsync(Observation o, ObservationInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        if (input.ObservedOn is not { } date)
            errors.Add(nameof(ObservationInput.ObservedOn), "Vul de datum van de waarneming in.");
        else
            PlausibleDates.Validate(errors, nameof(ObservationInput.ObservedOn), date, DateMeaning.Happened, today);
        if (input.ObservedAt is null)
            errors.Add(nameof(ObservationInput.ObservedAt), "Vul de tijd van de waarneming in, bijvoorbeeld 16:30.");

        var place = TextInput.Clean(input.PlaceName?.Trim() ?? "");
        if (place.Length > 200)
            errors.Add(nameof(ObservationInput.PlaceName), "Maximaal 200 tekens.");
        if (input.Latitude is null != input.Longitude is null)
            errors.Add(input.Latitude is null ? nameof(ObservationInput.Latitude) : nameof(ObservationInput.Longitude), "Vul zowel de breedtegraad als de lengtegraad in, of geen van beide.");
        else if (input.Latitude is { } lat && input.Longitude is { } lon && !InNetherlands(lat, lon))
            errors.Add(nameof(ObservationInput.Latitude), "Dit punt ligt niet in Nederland. Controleer de coördinaten (breedtegraad rond 52, lengtegraad rond 5).");
        if (input.Latitude is null && input.Longitude is null && place.Length == 0)
            errors.Add(nameof(ObservationInput.PlaceName), "Geef de plek op: een naam (bijvoorbeeld 'Speelplein Kastanjehof') of een punt op de kaart.");

        var groups = new List<ObservedGroup>();
        foreach (var g in input.Groups ?? [])
        {
            if (g.Size is null)
                continue;
            if (string.IsNullOrEmpty(g.Category) || catalog.Group(g.Category) is null)
                errors.Add(nameof(ObservationInput.Groups), $"Onbekende groep '{g.Category}'. Kies groepen uit de lijst.");
            else if (!Enum.IsDefined(g.Size.Value))
                errors.Add(nameof(ObservationInput.Groups), "Kies een grootte uit de lijst.");
            else if (groups.All(x => x.Category != g.Category))
                groups.Add(new ObservedGroup(g.Category, g.Size.Value));
        }

        var factors = (input.Factors ?? []).Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in factors.Where(f => catalog.Factor(f) is null))
            errors.Add(nameof(ObservationInput.Factors), $"Onbekende factor '{unknown}'. Kies factoren uit de lijst.");
        if (input.Kind is { } kind && !Enum.IsDefined(kind))
            errors.Add(nameof(ObservationInput.Kind), "Kies kracht of klacht.");
        if (input.Companion is { } companion && !Enum.IsDefined(companion))
            errors.Add(nameof(ObservationInput.Companion), "Kies met wie u samen keek.");

        var what = TextInput.Clean(input.WhatHappens?.Trim() ?? "");
        if (what.Length > 4000)
            errors.Add(nameof(ObservationInput.WhatHappens), "Maximaal 4000 tekens.");
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in input.PromptAnswers ?? [])
        {
            var text = TextInput.Clean(value?.Trim() ?? "");
            if (text.Length == 0)
                continue;
            if (catalog.Questions.All(q => q.Id != key))
                errors.Add(nameof(ObservationInput.PromptAnswers), $"Onbekende vraag '{key}'.");
            else if (text.Length > 1000)
                errors.Add($"{nameof(ObservationInput.PromptAnswers)}[{key}]", "Maximaal 1000 tekens.");
            else
                answers[key] = text;
        }

        var observers = (input.OtherObservers ?? []).Where(id => id != Guid.Empty && id != o.RecordedByUserId).Distinct().ToList();
        if (observers.Count > 10)
            errors.Add(nameof(ObservationInput.OtherObservers), "Kies hoogstens tien medewaarnemers.");
        else if (observers.Count > 0)
        {
            var members = await db.ApproachMembers.AsNoTracking()
                .Where(m => m.ApproachId == o.ApproachId && observers.Contains(m.UserId) && m.User!.IsActive && m.User.OrganisationId == actor.OrganisationId)
                .Select(m => m.UserId).ToListAsync(ct);
            if (members.Count != observers.Count)
                errors.Add(nameof(ObservationInput.OtherObservers), "Kies medewaarnemers die lid zijn van deze aanpak.");
        }

        if (input.PinX is null != input.PinY is null)
            errors.Add(input.PinX is null ? nameof(ObservationInput.PinX) : nameof(ObservationInput.PinY), "Vul beide getallen voor het punt op de plattegrond in, of geen van beide.");
        else if (input.PinX is { } px && input.PinY is { } py && (px is < 0 or > 100 || py is < 0 or > 100 || double.IsNaN(px) || double.IsNaN(py)))
            errors.Add(px is < 0 or > 100 || double.IsNaN(px) ? nameof(ObservationInput.PinX) : nameof(ObservationInput.PinY), "Een punt op de plattegrond is een percentage van 0 tot en met 100.");
        if (input.WalkId is { } walkId && walkId != Guid.Empty
            && !await db.Set<Walk>().AnyAsync(w => w.Id == walkId && w.ApproachId == o.ApproachId, ct))
            errors.Add(nameof(ObservationInput.WalkId), "Kies een schouw van deze aanpak uit de lijst.");

        var hits = NameDetector.Find(what).Concat(answers.Values.SelectMany(NameDetector.Find)).Distinct(StringComparer.Ordinal).ToList();
        if (hits.Count > 0 && !input.ConfirmPossibleNames && !errors.Any)
            errors.Add(nameof(ObservationInput.ConfirmPossibleNames), NameDetector.Warning(hits));

        if (errors.Any)
            return errors;
        o.ObservedOn = input.ObservedOn!.Value;
        o.ObservedAt = input.ObservedAt!.Value;
        o.PartOfDay = ObservationCodec.PartOfDayFor(o.ObservedAt);
        o.DayType = ObservationCodec.DayTypeFor(o.ObservedOn);
        o.Latitude = input.Latitude is { } la ? Math.Round(la, 6) : null;
        o.Longitude = input.Longitude is { } lo ? Math.Round(lo, 6) : null;
        o.PlaceName = place;
        o.Groups = ObservationCodec.EncodeGroups(groups.OrderBy(g => catalog.Groups.ToList().FindIndex(c => c.Id == g.Category)));
        o.Factors = ObservationCodec.EncodeList(factors);
        o.Kind = input.Kind;
        o.WhatHappens = what;
        o.PromptAnswers = ObservationCodec.EncodeAnswers(answers);
        o.OtherObservers = ObservationCodec.EncodeList(observers.Select(id => id.ToString()));
        o.Companion = input.Companion;
        o.WalkId = input.WalkId is { } w && w != Guid.Empty ? w : null;
        o.PinX = input.PinX is { } x ? Math.Round(x, 2) : null;
        o.PinY = input.PinY is { } y ? Math.Round(y, 2) : null;
        return errors;
    }

    /// <summary>A generous box around the Netherlands (WGS84), to catch swapped or RD coordinates.</summary>
    public static bool InNetherlands(double lat, double lon) => lat is >= 50.5 and <= 53.8 && lon is >= 3.0 and <= 7.5;
}
