using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Meetings;

/// <summary>Input for a recurring meeting.</summary>
public sealed class RhythmInput
{
    public MeetingKind? Kind { get; set; }

    public string? Title { get; set; }

    public string? Place { get; set; }

    public RhythmFrequency? Frequency { get; set; }

    public DateOnly? FirstDate { get; set; }

    public DateOnly? UntilDate { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static RhythmInput From(MeetingRhythm r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new()
        {
            Kind = r.Kind,
            Title = r.Title,
            Place = r.Place,
            Frequency = r.Frequency,
            FirstDate = r.FirstDate,
            UntilDate = r.UntilDate,
            StartTime = r.StartTime,
            EndTime = r.EndTime,
            Visibility = VisibilityChoice.From(r),
            Version = r.Version,
        };
    }
}

/// <summary>What a calendar entry is.</summary>
public enum CalendarEntryKind
{
    /// <summary>A date of a recurring meeting.</summary>
    Ritme = 1,

    /// <summary>A recorded meeting.</summary>
    Bijeenkomst = 2,

    /// <summary>The due date of an open agreement.</summary>
    Afspraak = 3,
}

/// <summary>
/// One entry of the approach's calendar. <see cref="Recorded"/>: a rhythm date for which a meeting of the same kind is
/// recorded (the meeting is listed itself). <see cref="Overdue"/>: an agreement past its due date.
/// </summary>
public sealed record CalendarEntry(
    CalendarEntryKind Kind, DateOnly Date, TimeOnly? Start, TimeOnly? End, string Title, string What, string Place, Guid Id, bool Recorded = false, bool Overdue = false);

/// <summary>
/// The rhythm of an approach's meetings and its calendar (issue 13 §4). The core team sets recurring meetings (the guide's
/// rhythm in one step: a focusbijeenkomst twice a year, a leerbijeenkomst every quarter, a weekly koffietafel); the
/// calendar lists their dates together with the recorded meetings and the due dates of open agreements, as each reader
/// may see them (visibility model, ADR 0005; network members see their own agreements).
/// </summary>
public sealed class MeetingRhythmService(WijkkrachtDbContext db, ApproachService approaches, MeetingService meetings, TimeProvider time)
{
    /// <summary>The longest calendar window, in days.</summary>
    public const int MaxWindowDays = 500;

    public async Task<Result<List<MeetingRhythm>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await ReadableAsync(approachId, actor, ct) is { } query
            ? Result<List<MeetingRhythm>>.Ok(await query.OrderBy(r => r.Kind).ThenBy(r => r.Title).ToListAsync(ct))
            : Result<List<MeetingRhythm>>.NotFound();

    public async Task<Result<MeetingRhythm>> GetAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default) =>
        await ReadableAsync(approachId, actor, ct) is { } query && await query.FirstOrDefaultAsync(r => r.Id == id, ct) is { } found
            ? Result<MeetingRhythm>.Ok(found) : Result<MeetingRhythm>.NotFound();

    /// <summary>Only the core team sets the rhythm (the same rule as recording meetings).</summary>
    public static bool CanEdit(ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit);
    }

    public async Task<Result<MeetingRhythm>> CreateAsync(Guid approachId, RhythmInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<MeetingRhythm>.NotFound();
        if (!CanEdit(access))
            return Result<MeetingRhythm>.Forbidden("Alleen het kernteam legt het ritme van de bijeenkomsten vast.");
        var rhythm = new MeetingRhythm { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var errors = Apply(rhythm, input, access);
        if (errors.Any)
            return Result<MeetingRhythm>.Invalid(errors);
        db.Add(rhythm);
        await db.SaveChangesAsync(ct);
        return Result<MeetingRhythm>.Ok(rhythm);
    }

    public async Task<Result<MeetingRhythm>> UpdateAsync(Guid approachId, Guid id, RhythmInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (rhythm, access, denied) = await FindAsync(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<MeetingRhythm>.Denied(status);
        if (VersionedSave.MissingVersionResult<MeetingRhythm>(input.Version) is { } missing)
            return missing;
        var errors = Apply(rhythm!, input, access!);
        if (errors.Any)
            return Result<MeetingRhythm>.Invalid(errors);
        return await db.SaveVersionedAsync(rhythm!, input.Version!.Value, rhythm!, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (rhythm, _, denied) = await FindAsync(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        db.Remove(rhythm!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>
    /// Adds the guide's rhythm for the kinds the approach has no rhythm for yet: a focusbijeenkomst twice a year and a
    /// leerbijeenkomst every quarter (from the first Tuesday of next month, 19.30–21.30) and a weekly koffietafel (from
    /// next Wednesday, 14.00–16.00, open to the network). Returns the rhythms added; the team adjusts them afterwards.
    /// </summary>
    public async Task<Result<List<MeetingRhythm>>> AddGuideRhythmAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<List<MeetingRhythm>>.NotFound();
        if (!CanEdit(access))
            return Result<List<MeetingRhythm>>.Forbidden("Alleen het kernteam legt het ritme van de bijeenkomsten vast.");
        var existing = await db.Set<MeetingRhythm>().Where(r => r.ApproachId == approachId).Select(r => r.Kind).ToListAsync(ct);
        var today = PlausibleDates.Today(time);
        var firstOfNextMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var firstTuesday = firstOfNextMonth.AddDays(((int)DayOfWeek.Tuesday - (int)firstOfNextMonth.DayOfWeek + 7) % 7);
        var nextWednesday = today.AddDays(((int)DayOfWeek.Wednesday - (int)today.DayOfWeek + 6) % 7 + 1);
        var evening = (new TimeOnly(19, 30), new TimeOnly(21, 30));
        var guide = new (MeetingKind Kind, string Title, RhythmFrequency Frequency, DateOnly First, (TimeOnly Start, TimeOnly End) Time, VisibilityLevel Visibility)[]
        {
            (MeetingKind.Focusbijeenkomst, "Focusbijeenkomst", RhythmFrequency.Halfjaarlijks, firstTuesday, evening, VisibilityLevel.Partners),
            (MeetingKind.Leerbijeenkomst, "Leerbijeenkomst", RhythmFrequency.PerKwartaal, firstTuesday, evening, VisibilityLevel.Partners),
            (MeetingKind.Koffietafel, "Koffietafel in de buurt", RhythmFrequency.Wekelijks, nextWednesday, (new TimeOnly(14, 0), new TimeOnly(16, 0)), VisibilityLevel.Netwerk),
        };
        var added = new List<MeetingRhythm>();
        foreach (var g in guide.Where(g => !existing.Contains(g.Kind)))
        {
            var rhythm = new MeetingRhythm
            {
                ApproachId = approachId,
                Kind = g.Kind,
                Title = g.Title,
                Frequency = g.Frequency,
                FirstDate = g.First,
                StartTime = g.Time.Start,
                EndTime = g.Time.End,
                Visibility = g.Visibility,
                CreatedByUserId = actor.UserId,
            };
            db.Add(rhythm);
            added.Add(rhythm);
        }

        await db.SaveChangesAsync(ct);
        return Result<List<MeetingRhythm>>.Ok(added);
    }

    /// <summary>
    /// The calendar from <paramref name="from"/> to <paramref name="to"/> (at most <see cref="MaxWindowDays"/> days): the
    /// rhythm dates, the recorded meetings and the due dates of open agreements the reader may see, in date order.
    /// </summary>
    public async Task<Result<List<CalendarEntry>>> CalendarAsync(Guid approachId, DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        if (to < from || to.DayNumber - from.DayNumber > MaxWindowDays)
        {
            var window = new ValidationErrors();
            window.Add("to", $"Kies een periode van hoogstens {MaxWindowDays} dagen, met het einde na het begin.");
            return Result<List<CalendarEntry>>.Invalid(window);
        }

        var rhythms = await ListAsync(approachId, actor, ct);
        if (!rhythms.IsOk)
            return Result<List<CalendarEntry>>.Denied(rhythms.Status);
        var recorded = await meetings.CalendarAsync(approachId, from, to, actor, ct);
        if (!recorded.IsOk)
            return Result<List<CalendarEntry>>.Denied(recorded.Status);
        var (held, agreements) = recorded.Value;
        var today = PlausibleDates.Today(time);
        var heldOn = held.Select(m => (m.Kind, m.Date)).ToHashSet();
        var entries = new List<CalendarEntry>();
        foreach (var r in rhythms.Value!)
        {
            entries.AddRange(r.Dates(from, to).Select(d => new CalendarEntry(
                CalendarEntryKind.Ritme, d, r.StartTime, r.EndTime, r.Title, $"{MeetingLabels.For(r.Kind)} ({RhythmLabels.For(r.Frequency).ToLowerInvariant()})", r.Place, r.Id,
                Recorded: heldOn.Contains((r.Kind, d)))));
        }

        // A meeting's title is optional: without one it is called by its kind, as on the meetings page.
        entries.AddRange(held.Select(m => new CalendarEntry(
            CalendarEntryKind.Bijeenkomst, m.Date, m.StartTime, m.EndTime, m.Title.Length > 0 ? m.Title : MeetingLabels.For(m.Kind), MeetingLabels.For(m.Kind), m.Place, m.Id)));
        entries.AddRange(agreements.Select(a => new CalendarEntry(
            CalendarEntryKind.Afspraak, a.Agreement.DueDate!.Value, null, null, a.Agreement.What,
            "Deadline afspraak" + (a.Agreement.OwnerName.Length > 0 ? " van " + a.Agreement.OwnerName : ""), "", a.Agreement.Id, Overdue: a.Agreement.DueDate < today)));
        return Result<List<CalendarEntry>>.Ok(entries.OrderBy(e => e.Date).ThenBy(e => e.Start ?? TimeOnly.MinValue).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.CurrentCulture).ToList());
    }

    private async Task<IQueryable<MeetingRhythm>?> ReadableAsync(Guid approachId, Actor actor, CancellationToken ct) =>
        (await approaches.VisibleRecordsAsync<MeetingRhythm>(approachId, actor, ct))?.Records.AsNoTracking();

    private async Task<(MeetingRhythm? Rhythm, ApproachAccess? Access, ResultStatus? Denied)> FindAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct)
    {
        if (await approaches.VisibleRecordsAsync<MeetingRhythm>(approachId, actor, ct) is not { } visible
            || await visible.Records.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } rhythm)
            return (null, null, ResultStatus.NotFound);
        return CanEdit(visible.Access) ? (rhythm, visible.Access, null) : (null, null, ResultStatus.Forbidden);
    }

    private ValidationErrors Apply(MeetingRhythm rhythm, RhythmInput input, ApproachAccess access)
    {
        var errors = new ValidationErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(RhythmInput.Kind), "Kies de soort bijeenkomst.");
        var title = ActionText.Required(errors, nameof(RhythmInput.Title), input.Title, 200, "Geef de terugkerende bijeenkomst een naam, bijvoorbeeld 'Koffietafel op het Europaplein'.");
        var place = ActionText.Optional(errors, nameof(RhythmInput.Place), input.Place, 300);
        if (input.Frequency is not { } frequency || !Enum.IsDefined(frequency))
            errors.Add(nameof(RhythmInput.Frequency), "Kies hoe vaak de bijeenkomst terugkomt.");
        if (input.FirstDate is not { } first)
        {
            errors.Add(nameof(RhythmInput.FirstDate), "Vul de eerste datum in.");
        }
        else
        {
            if (Math.Abs(first.DayNumber - PlausibleDates.Today(time).DayNumber) > 3 * 366)
                errors.Add(nameof(RhythmInput.FirstDate), "Kies een eerste datum binnen drie jaar van vandaag.");
            if (input.Frequency is { } f && !RhythmDates.IsWeekly(f) && first.Day > 28)
                errors.Add(nameof(RhythmInput.FirstDate), "Kies voor een maandelijks ritme een dag tot en met de 28e, zodat elke maand die dag heeft.");
            if (input.UntilDate is { } until && until < first)
                errors.Add(nameof(RhythmInput.UntilDate), "De einddatum ligt voor de eerste datum.");
        }

        if (input.StartTime is not { } start)
            errors.Add(nameof(RhythmInput.StartTime), "Vul de begintijd in.");
        if (input.EndTime is not { } end)
            errors.Add(nameof(RhythmInput.EndTime), "Vul de eindtijd in.");
        else if (input.StartTime is { } s && end <= s)
            errors.Add(nameof(RhythmInput.EndTime), "De eindtijd ligt na de begintijd.");
        VisibilityChoice.CheckChange(errors, input.Visibility, rhythm, nameof(RhythmInput.Visibility), access.Has(ApproachPermission.ManageMembers));
        if (errors.Any)
            return errors;
        rhythm.Kind = input.Kind!.Value;
        rhythm.Title = title;
        rhythm.Place = place;
        rhythm.Frequency = input.Frequency!.Value;
        rhythm.FirstDate = input.FirstDate!.Value;
        rhythm.UntilDate = input.UntilDate;
        rhythm.StartTime = input.StartTime!.Value;
        rhythm.EndTime = input.EndTime!.Value;
        if (input.Visibility is { } apply && apply.ChangesAnything(rhythm))
            apply.ApplyTo(rhythm);
        return errors;
    }
}
