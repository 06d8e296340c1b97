using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Conversations;

/// <summary>Input for a timeline event.</summary>
public sealed class TimelineEventInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public TimelineKind? Kind { get; set; }

    public TimelineTone? Tone { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Place { get; set; }

    public string? Source { get; set; }

    /// <summary>The themes (of this approach) it is tagged with; null leaves the tags as they are.</summary>
    public List<Guid>? ThemeIds { get; set; }

    public Guid? Version { get; set; }

    public static TimelineEventInput From(TimelineEvent e) => new()
    {
        Title = e.Title,
        Description = e.Description,
        Kind = e.Kind,
        Tone = e.Tone,
        Date = e.Date,
        EndDate = e.EndDate,
        Place = e.Place,
        Source = e.Source,
        ThemeIds = [.. e.ThemeIdList],
        Version = e.Version,
    };
}

/// <summary>
/// The approach's timeline (behangrol, issue 11 §4): read with <see cref="ApproachPermission.ViewPlan"/> (core team,
/// boegbeeld and partners), changed with <see cref="ApproachPermission.Edit"/>; network members do not see it.
/// </summary>
public sealed class TimelineService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    public const string IncidentHint = "Beschrijf wat er gebeurde, nooit wie het deed of wie erbij betrokken was.";

    public async Task<Result<Page<TimelineEvent>>> ListAsync(Guid approachId, PageRequest page, Actor actor, TimelineKind? kind = null, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<TimelineEvent>>.Denied(access);
        var query = db.Set<TimelineEvent>().AsNoTracking().Where(e => e.ApproachId == approachId);
        if (kind is { } k)
            query = query.Where(e => e.Kind == k);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(e => e.Date).ThenBy(e => e.Title).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return Result<Page<TimelineEvent>>.Ok(new Page<TimelineEvent>(items, page.PageNumber, page.PageSize, total));
    }

    /// <summary>All events in date order (the list page, the visual timeline and the print page).</summary>
    public async Task<Result<List<TimelineEvent>>> AllAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<List<TimelineEvent>>.Denied(access);
        return Result<List<TimelineEvent>>.Ok(await db.Set<TimelineEvent>().AsNoTracking().Where(e => e.ApproachId == approachId)
            .OrderBy(e => e.Date).ThenBy(e => e.Title).ToListAsync(ct));
    }

    /// <summary>The titles of the given events of the approach (for evidence lists), without loading the whole timeline.</summary>
    public async Task<Dictionary<Guid, string>> TitlesAsync(Guid approachId, IReadOnlyCollection<Guid> eventIds, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        if (eventIds.Count == 0 || await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct) != ResultStatus.Ok)
            return [];
        return await db.Set<TimelineEvent>().AsNoTracking().Where(e => e.ApproachId == approachId && eventIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Title, ct);
    }

    public async Task<Result<TimelineEvent>> GetAsync(Guid approachId, Guid eventId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<TimelineEvent>.Denied(access);
        var found = await db.Set<TimelineEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.ApproachId == approachId && e.Id == eventId, ct);
        return found is null ? Result<TimelineEvent>.NotFound() : Result<TimelineEvent>.Ok(found);
    }

    public async Task<Result<TimelineEvent>> CreateAsync(Guid approachId, TimelineEventInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<TimelineEvent>.Denied(access);
        var timelineEvent = new TimelineEvent { ApproachId = approachId, AddedByUserId = actor.UserId, AddedByName = actor.DisplayName };
        var errors = Apply(timelineEvent, input);
        if (errors.Any)
            return Result<TimelineEvent>.Invalid(errors);
        if (!await ThemeTags.ApplyAsync(db, approachId, timelineEvent.Themes, input.ThemeIds, id => new TimelineEventTheme { TimelineEventId = timelineEvent.Id, ThemeId = id }, l => l.ThemeId, ct))
            return Result<TimelineEvent>.NotFound();
        db.Add(timelineEvent);
        await db.SaveChangesAsync(ct);
        return Result<TimelineEvent>.Ok(timelineEvent);
    }

    public async Task<Result<TimelineEvent>> UpdateAsync(Guid approachId, Guid eventId, TimelineEventInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<TimelineEvent>.Denied(access);
        var timelineEvent = await db.Set<TimelineEvent>().FirstOrDefaultAsync(e => e.ApproachId == approachId && e.Id == eventId, ct);
        if (timelineEvent is null)
            return Result<TimelineEvent>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<TimelineEvent>.Denied(ResultStatus.Forbidden);
        if (VersionedSave.MissingVersionResult<TimelineEvent>(input.Version) is { } missing)
            return missing;
        var errors = Apply(timelineEvent, input);
        if (errors.Any)
            return Result<TimelineEvent>.Invalid(errors);
        if (!await ThemeTags.ApplyAsync(db, approachId, timelineEvent.Themes, input.ThemeIds, id => new TimelineEventTheme { TimelineEventId = timelineEvent.Id, ThemeId = id }, l => l.ThemeId, ct))
            return Result<TimelineEvent>.NotFound();
        return await db.SaveVersionedAsync(timelineEvent, input.Version!.Value, timelineEvent, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid eventId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<bool>.Denied(access);
        var timelineEvent = await db.Set<TimelineEvent>().FirstOrDefaultAsync(e => e.ApproachId == approachId && e.Id == eventId, ct);
        if (timelineEvent is null)
            return Result<bool>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<bool>.Denied(ResultStatus.Forbidden);
        db.Remove(timelineEvent);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private ValidationErrors Apply(TimelineEvent timelineEvent, TimelineEventInput input)
    {
        var errors = new ValidationErrors();
        var title = ConversationService.Text(errors, nameof(TimelineEventInput.Title), input.Title, 200);
        if (title.Length == 0)
            errors.Add(nameof(TimelineEventInput.Title), "Geef de gebeurtenis een korte titel, bijvoorbeeld 'Opening buurthuis'.");
        var description = ConversationService.Text(errors, nameof(TimelineEventInput.Description), input.Description, 2000);
        var place = ConversationService.Text(errors, nameof(TimelineEventInput.Place), input.Place, 200);
        var source = ConversationService.Text(errors, nameof(TimelineEventInput.Source), input.Source, 200);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(TimelineEventInput.Kind), "Kies het soort: gebeurtenis, activiteit, incident of eerder traject.");
        if (input.Tone is { } tone && !Enum.IsDefined(tone))
            errors.Add(nameof(TimelineEventInput.Tone), "Kies positief, negatief of neutraal.");
        var today = PlausibleDates.Today(time);
        if (input.Date is not { } date)
        {
            errors.Add(nameof(TimelineEventInput.Date), "Vul de datum in (bij een periode: de eerste dag).");
        }
        else
        {
            PlausibleDates.Validate(errors, nameof(TimelineEventInput.Date), date, DateMeaning.Planned, today);
            if (input.EndDate is { } end && end < date)
                errors.Add(nameof(TimelineEventInput.EndDate), "De einddatum ligt vóór de begindatum.");
        }

        PlausibleDates.Validate(errors, nameof(TimelineEventInput.EndDate), input.EndDate, DateMeaning.Planned, today);
        if (errors.Any)
            return errors;
        timelineEvent.Title = title;
        timelineEvent.Description = description;
        timelineEvent.Kind = input.Kind!.Value;
        timelineEvent.Tone = input.Tone ?? TimelineTone.Neutraal;
        timelineEvent.Date = input.Date!.Value;
        timelineEvent.EndDate = input.EndDate;
        timelineEvent.Place = place;
        timelineEvent.Source = source;
        return errors;
    }
}
