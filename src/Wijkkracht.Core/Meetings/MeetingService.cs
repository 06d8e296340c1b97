using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Meetings;

/// <summary>Input for a meeting (form or API body).</summary>
public sealed class MeetingInput
{
    public MeetingKind? Kind { get; set; }

    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public string? Place { get; set; }

    /// <summary>Members of the approach who attend; an id of someone who is not a member is answered as 404.</summary>
    public List<Guid> AttendeeUserIds { get; set; } = [];

    /// <summary>Network actors of the approach who attend; an actor of another approach is answered as 404.</summary>
    public List<Guid> AttendeeActorIds { get; set; } = [];

    public string? AttendingGroups { get; set; }

    public string? Chair { get; set; }

    public string? NoteTaker { get; set; }

    /// <summary>Agenda items; rows without text are ignored.</summary>
    public List<AgendaItem> Agenda { get; set; } = [];

    public string? Notes { get; set; }

    public string? Signals { get; set; }

    public string? Decisions { get; set; }

    /// <summary>Only for a startbijeenkomst: answers to the guide's five questions (question 0–4); empty answers are ignored.</summary>
    public List<WorkingAgreement> WorkingAgreements { get; set; } = [];

    /// <summary>Required for (and only for) kind NaExperiment: an experiment of this approach.</summary>
    public Guid? ExperimentId { get; set; }

    /// <summary>Who may read it; null keeps the current level (or the default for a new meeting).</summary>
    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static MeetingInput From(Meeting m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new()
        {
            Kind = m.Kind,
            Title = m.Title,
            Date = m.Date,
            StartTime = m.StartTime,
            EndTime = m.EndTime,
            Place = m.Place,
            AttendeeUserIds = [.. m.AttendeeUserIds],
            AttendeeActorIds = [.. m.AttendeeActorIds],
            AttendingGroups = m.AttendingGroups,
            Chair = m.Chair,
            NoteTaker = m.NoteTaker,
            Agenda = m.Agenda.Select(a => new AgendaItem { Text = a.Text, PreBriefing = a.PreBriefing }).ToList(),
            Notes = m.Notes,
            Signals = m.Signals,
            Decisions = m.Decisions,
            WorkingAgreements = m.WorkingAgreements.Select(w => new WorkingAgreement { Question = w.Question, Answer = w.Answer }).ToList(),
            ExperimentId = m.ExperimentId,
            Visibility = VisibilityChoice.From(m),
            Version = m.Version,
        };
    }
}

/// <summary>Input for an agreement. The owner (not an editor) may change only <see cref="Status"/> and <see cref="Progress"/>.</summary>
public sealed class AgreementInput
{
    public string? What { get; set; }

    /// <summary>A member of the approach who takes it on (optional; then their name is stored in OwnerName too).</summary>
    public Guid? OwnerUserId { get; set; }

    /// <summary>Who takes it on when not a member ("jongerenwerk", "bewonerscommissie").</summary>
    public string? OwnerName { get; set; }

    public DateOnly? DueDate { get; set; }

    public AgreementStatus? Status { get; set; }

    public string? Progress { get; set; }

    public Guid? Version { get; set; }

    public static AgreementInput From(MeetingAgreement a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new()
        {
            What = a.What,
            OwnerUserId = a.OwnerUserId,
            OwnerName = a.OwnerUserId is null ? a.OwnerName : null,
            DueDate = a.DueDate,
            Status = a.Status,
            Progress = a.Progress,
            Version = a.Version,
        };
    }
}

/// <summary>Which agreements a list shows. Overdue: open with a due date before today; done: Gedaan or Vervallen; open includes overdue.</summary>
public enum AgreementFilter
{
    Open = 1,
    Overdue = 2,
    Done = 3,
    All = 4,
}

/// <summary>A meeting with the number of open agreements the reader may see.</summary>
public sealed record MeetingRow(Meeting Meeting, int OpenAgreements);

/// <summary>
/// An agreement with its meeting's date, kind and title for display. <c>MeetingReadable</c> is false when the reader sees
/// the agreement (their own) but not the meeting; the title is then empty.
/// </summary>
public sealed record AgreementRow(MeetingAgreement Agreement, DateOnly MeetingDate, MeetingKind MeetingKind, string MeetingTitle, bool MeetingReadable, bool Overdue);

/// <summary>What the approach dashboard shows of meetings and agreements.</summary>
public sealed record MeetingSummary(int OpenAgreements, int OverdueAgreements, IReadOnlyList<AgreementRow> MostOverdue, IReadOnlyList<Meeting> NextMeetings);

/// <summary>The progress page for the stuurgroep or gemeenteraad (only what the reader may read).</summary>
public sealed record MeetingProgress(
    DateOnly From, DateOnly To, int Open, int Overdue, int Done, IReadOnlyList<AgreementRow> DoneInPeriod, IReadOnlyList<AgreementRow> OpenAgreements, IReadOnlyList<Meeting> MeetingsHeld);

/// <summary>
/// Meetings of an approach and the agreements made in them (issue 13 §3). A meeting is readable by whoever the
/// visibility model allows (ADR 0005) and by every member who attends it; anything else is a 404. Members with
/// <see cref="ApproachPermission.Edit"/> plan, change and delete meetings and agreements; the owner of an agreement,
/// whatever their role, updates its status and progress. Network members see only the agreements they own. Reads that
/// show names (attendees, owners) are audited.
/// </summary>
public sealed class MeetingService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, TimeProvider time)
{
    /// <summary>The number of questions of the startbijeenkomst (content/fieldwork-questions.yaml).</summary>
    public const int StartQuestions = 5;

    public const string PlaceHint = "Kom bij voorkeur samen op de plek waar het over gaat.";

    public async Task<Result<Page<MeetingRow>>> ListAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        var (meetings, denied) = await ReadableMeetingsAsync(approachId, actor, ct);
        if (denied is { } status)
            return Result<Page<MeetingRow>>.Denied(status);
        var agreements = await ReadableAgreementsAsync(approachId, actor, ct);
        var total = await meetings!.CountAsync(ct);
        var items = await meetings!.OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime).ThenBy(m => m.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var counts = await OpenCountsAsync(agreements, items.Select(m => m.Id).ToList(), ct);
        return Result<Page<MeetingRow>>.Ok(new Page<MeetingRow>(items.Select(m => new MeetingRow(m, counts.GetValueOrDefault(m.Id))).ToList(), page.PageNumber, page.PageSize, total));
    }

    /// <summary>Every readable meeting of the approach (at most <paramref name="max"/>), newest first, with open agreement counts.</summary>
    public async Task<Result<List<MeetingRow>>> AllAsync(Guid approachId, Actor actor, int max = 500, CancellationToken ct = default)
    {
        var (meetings, denied) = await ReadableMeetingsAsync(approachId, actor, ct);
        if (denied is { } status)
            return Result<List<MeetingRow>>.Denied(status);
        var agreements = await ReadableAgreementsAsync(approachId, actor, ct);
        var items = await meetings!.OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime).ThenBy(m => m.Id).Take(max).ToListAsync(ct);
        var counts = await OpenCountsAsync(agreements, items.Select(m => m.Id).ToList(), ct);
        return Result<List<MeetingRow>>.Ok(items.Select(m => new MeetingRow(m, counts.GetValueOrDefault(m.Id))).ToList());
    }

    /// <summary>
    /// The readable meetings from <paramref name="from"/> to <paramref name="to"/> (inclusive) and the readable agreements
    /// still open with a due date in that window, for the approach's calendar and its iCalendar feed.
    /// </summary>
    public async Task<Result<(List<Meeting> Meetings, List<AgreementRow> Agreements)>> CalendarAsync(Guid approachId, DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        var (meetings, denied) = await ReadableMeetingsAsync(approachId, actor, ct);
        if (denied is { } status)
            return Result<(List<Meeting>, List<AgreementRow>)>.Denied(status);
        var inWindow = await meetings!.Where(m => m.Date >= from && m.Date <= to).OrderBy(m => m.Date).ThenBy(m => m.StartTime).ThenBy(m => m.Id).ToListAsync(ct);
        var rows = await RowsAsync(approachId, actor, q => q.Where(a => a.Status == AgreementStatus.Open && a.DueDate != null && a.DueDate >= from && a.DueDate <= to), ct);
        var agreements = await ToRowsAsync(Ordered(rows), ct);
        return Result<(List<Meeting>, List<AgreementRow>)>.Ok((inWindow, agreements));
    }

    /// <summary>One meeting; the read is audited when it names attendees.</summary>
    public async Task<Result<Meeting>> GetAsync(Guid approachId, Guid meetingId, Actor actor, CancellationToken ct = default)
    {
        var (meetings, denied) = await ReadableMeetingsAsync(approachId, actor, ct);
        if (denied is { } status)
            return Result<Meeting>.Denied(status);
        var meeting = await meetings!.FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
            return Result<Meeting>.NotFound();
        if (meeting.AttendeeUserIds.Count + meeting.AttendeeActorIds.Count > 0)
            await audit.RecordViewAsync(actor, nameof(Meeting), meeting.Id.ToString(), approachId, $"Bijeenkomst met aanwezigen bekeken ({meeting.AttendeeUserIds.Count + meeting.AttendeeActorIds.Count})", ct);
        return Result<Meeting>.Ok(meeting);
    }

    public async Task<Result<Meeting>> CreateAsync(Guid approachId, MeetingInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<Meeting>.Denied(access);
        var meeting = new Meeting { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var (errors, foreign) = await ApplyAsync(meeting, input, actor, ct);
        if (foreign)
            return Result<Meeting>.NotFound();
        if (errors.Any)
            return Result<Meeting>.Invalid(errors);
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return Result<Meeting>.Ok(meeting);
    }

    public async Task<Result<Meeting>> UpdateAsync(Guid approachId, Guid meetingId, MeetingInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (meeting, denied) = await FindMeetingForChangeAsync(approachId, meetingId, actor, ct);
        if (denied is { } status)
            return Result<Meeting>.Denied(status);
        if (VersionedSave.MissingVersionResult<Meeting>(input.Version) is { } missing)
            return missing;
        var (errors, foreign) = await ApplyAsync(meeting!, input, actor, ct);
        if (foreign)
            return Result<Meeting>.NotFound();
        if (errors.Any)
            return Result<Meeting>.Invalid(errors);
        return await SaveVersionedAsync(meeting!, input.Version!.Value, ct);
    }

    /// <summary>Deletes the meeting and its agreements.</summary>
    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid meetingId, Actor actor, CancellationToken ct = default)
    {
        var (meeting, denied) = await FindMeetingForChangeAsync(approachId, meetingId, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        db.RemoveRange(await db.Set<MeetingAgreement>().Where(a => a.MeetingId == meeting!.Id).ToListAsync(ct));
        db.Remove(meeting!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>The agreements of one meeting that the reader may see, by due date.</summary>
    public async Task<Result<List<AgreementRow>>> AgreementsOfMeetingAsync(Guid approachId, Guid meetingId, Actor actor, CancellationToken ct = default)
    {
        var meeting = await GetMeetingQuietlyAsync(approachId, meetingId, actor, ct);
        if (!meeting.IsOk)
            return Result<List<AgreementRow>>.Denied(meeting.Status);
        var rows = await RowsAsync(approachId, actor, q => q.Where(a => a.MeetingId == meetingId), ct);
        var items = await ToRowsAsync(Ordered(rows).Take(500), ct);
        await AuditOwnersAsync(actor, approachId, items.Count, ct);
        return Result<List<AgreementRow>>.Ok(items);
    }

    /// <summary>The agreements of all meetings of the approach that the reader may see, filtered and paged (due date first, no date last).</summary>
    public async Task<Result<Page<AgreementRow>>> AgreementsAsync(Guid approachId, AgreementFilter filter, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<AgreementRow>>.Denied(access);
        var today = PlausibleDates.Today(time);
        var rows = await RowsAsync(approachId, actor, q => Filtered(q, filter, today), ct);
        var total = await rows.CountAsync(ct);
        var items = await ToRowsAsync(Ordered(rows).Skip(page.Skip).Take(page.PageSize), ct);
        await AuditOwnersAsync(actor, approachId, items.Count, ct);
        return Result<Page<AgreementRow>>.Ok(new Page<AgreementRow>(items, page.PageNumber, page.PageSize, total));
    }

    /// <summary>The open agreements of the approach (readable ones), to prepare the next meeting's agenda.</summary>
    public async Task<Result<List<AgreementRow>>> OpenItemsForAgendaAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<List<AgreementRow>>.Denied(access);
        var rows = await RowsAsync(approachId, actor, q => q.Where(a => a.Status == AgreementStatus.Open), ct);
        return Result<List<AgreementRow>>.Ok(await ToRowsAsync(Ordered(rows).Take(50), ct));
    }

    /// <summary>The agenda line for an open agreement: "Afspraak nalopen: {what} ({owner}, {due date})".</summary>
    public static string AgendaText(MeetingAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var parts = new List<string>();
        if (agreement.OwnerName.Length > 0)
            parts.Add(agreement.OwnerName);
        if (agreement.DueDate is { } due)
            parts.Add("uiterlijk " + due.ToString("d-M-yyyy", CultureInfo.InvariantCulture));
        var text = "Afspraak nalopen: " + agreement.What + (parts.Count > 0 ? " (" + string.Join(", ", parts) + ")" : "");
        return text.Length > MeetingLimits.Short ? text[..MeetingLimits.Short] : text;
    }

    public async Task<Result<MeetingAgreement>> GetAgreementAsync(Guid approachId, Guid agreementId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<MeetingAgreement>.Denied(access);
        var agreement = await (await ReadableAgreementsAsync(approachId, actor, ct)).AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
            return Result<MeetingAgreement>.NotFound();
        await AuditOwnersAsync(actor, approachId, 1, ct, agreement.Id);
        return Result<MeetingAgreement>.Ok(agreement);
    }

    /// <summary>Whether the actor may change every field of agreements (Edit) — otherwise only the owner changes status and progress.</summary>
    public Task<bool> CanEditAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct);

    public async Task<Result<MeetingAgreement>> CreateAgreementAsync(Guid approachId, Guid meetingId, AgreementInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (meeting, denied) = await FindMeetingForChangeAsync(approachId, meetingId, actor, ct);
        if (denied is { } status)
            return Result<MeetingAgreement>.Denied(status);
        var agreement = new MeetingAgreement { ApproachId = approachId, MeetingId = meeting!.Id };
        var (errors, foreign) = await ApplyAsync(agreement, input, full: true, ct);
        if (foreign)
            return Result<MeetingAgreement>.NotFound();
        if (errors.Any)
            return Result<MeetingAgreement>.Invalid(errors);
        db.Add(agreement);
        await db.SaveChangesAsync(ct);
        return Result<MeetingAgreement>.Ok(agreement);
    }

    /// <summary>Editors change everything; the owner (any role) changes only status and progress; other readers get 403.</summary>
    public async Task<Result<MeetingAgreement>> UpdateAgreementAsync(Guid approachId, Guid agreementId, AgreementInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<MeetingAgreement>.Denied(access);
        var readable = (await ReadableAgreementsAsync(approachId, actor, ct)).Select(a => a.Id);
        var agreement = await db.Set<MeetingAgreement>().FirstOrDefaultAsync(a => a.Id == agreementId && a.ApproachId == approachId && readable.Contains(a.Id), ct);
        if (agreement is null)
            return Result<MeetingAgreement>.NotFound();
        var full = await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (!full && agreement.OwnerUserId != actor.UserId)
            return Result<MeetingAgreement>.Forbidden("Alleen wie de afspraak heeft gemaakt of op zich heeft genomen, kan deze bijwerken.");
        if (VersionedSave.MissingVersionResult<MeetingAgreement>(input.Version) is { } missing)
            return missing;
        var (errors, foreign) = await ApplyAsync(agreement, input, full, ct);
        if (foreign)
            return Result<MeetingAgreement>.NotFound();
        if (errors.Any)
            return Result<MeetingAgreement>.Invalid(errors);
        return await SaveVersionedAsync(agreement, input.Version!.Value, ct);
    }

    public async Task<Result<bool>> DeleteAgreementAsync(Guid approachId, Guid agreementId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<bool>.Denied(access);
        var readable = (await ReadableAgreementsAsync(approachId, actor, ct)).Select(a => a.Id);
        var agreement = await db.Set<MeetingAgreement>().FirstOrDefaultAsync(a => a.Id == agreementId && a.ApproachId == approachId && readable.Contains(a.Id), ct);
        if (agreement is null)
            return Result<bool>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<bool>.Denied(ResultStatus.Forbidden);
        db.Remove(agreement);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>
    /// For the approach dashboard: the number of open and overdue agreements the reader may see, the (up to) five most
    /// overdue, and the next three readable meetings from today. Empty for an approach the reader may not see.
    /// </summary>
    public async Task<MeetingSummary> SummaryAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        var (meetings, denied) = await ReadableMeetingsAsync(approachId, actor, ct);
        if (denied is not null)
            return new MeetingSummary(0, 0, [], []);
        var today = PlausibleDates.Today(time);
        var open = await (await ReadableAgreementsAsync(approachId, actor, ct)).CountAsync(a => a.Status == AgreementStatus.Open, ct);
        var overdueRows = await RowsAsync(approachId, actor, q => Filtered(q, AgreementFilter.Overdue, today), ct);
        var overdue = await overdueRows.CountAsync(ct);
        var mostOverdue = await ToRowsAsync(Ordered(overdueRows).Take(5), ct);
        var next = await meetings!.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.StartTime).ThenBy(m => m.Id).Take(3).ToListAsync(ct);
        await AuditOwnersAsync(actor, approachId, mostOverdue.Count, ct);
        return new MeetingSummary(open, overdue, mostOverdue, next);
    }

    /// <summary>"Mijn taken": the open agreements the actor owns, across every approach of the organisation they can still see, by due date.</summary>
    public async Task<List<AgreementRow>> MyOpenAgreementsAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var today = PlausibleDates.Today(time);
        var visibleApproaches = approaches.Visible(actor).Select(a => a.Id);
        var query = from a in db.Set<MeetingAgreement>().AsNoTracking()
                    where a.OwnerUserId == actor.UserId && a.Status == AgreementStatus.Open && visibleApproaches.Contains(a.ApproachId)
                    join m in db.Set<Meeting>() on a.MeetingId equals m.Id
                    select new RowData { Agreement = a, MeetingDate = m.Date, MeetingKind = m.Kind, MeetingTitle = m.Title, MeetingReadable = true, Overdue = a.DueDate != null && a.DueDate < today };
        return await ToRowsAsync(Ordered(query).Take(100), ct);
    }

    /// <summary>
    /// Whether the neighbourhood meeting after the experiment has been held: a meeting of kind NaExperiment for it on or
    /// before <paramref name="today"/>. No visibility filter (used by the actions service to allow the decision).
    /// </summary>
    public Task<bool> AfterMeetingHeldAsync(Guid approachId, Guid experimentId, DateOnly today, CancellationToken ct) =>
        db.Set<Meeting>().AnyAsync(m => m.ApproachId == approachId && m.Kind == MeetingKind.NaExperiment && m.ExperimentId == experimentId && m.Date <= today, ct);

    /// <summary>The progress page: counts, agreements done since <paramref name="from"/>, the open ones and the meetings held in the period.</summary>
    public async Task<Result<MeetingProgress>> ProgressAsync(Guid approachId, DateOnly from, Actor actor, CancellationToken ct = default)
    {
        var (meetings, denied) = await ReadableMeetingsAsync(approachId, actor, ct);
        if (denied is { } status)
            return Result<MeetingProgress>.Denied(status);
        var today = PlausibleDates.Today(time);
        var agreements = await ReadableAgreementsAsync(approachId, actor, ct);
        var open = await agreements.CountAsync(a => a.Status == AgreementStatus.Open, ct);
        var overdue = await agreements.CountAsync(a => a.Status == AgreementStatus.Open && a.DueDate != null && a.DueDate < today, ct);
        var done = await agreements.CountAsync(a => a.Status == AgreementStatus.Gedaan, ct);
        var doneRows = await ToRowsAsync(Ordered(await RowsAsync(approachId, actor, q => q.Where(a => a.Status == AgreementStatus.Gedaan && a.DoneOn != null && a.DoneOn >= from), ct)).Take(200), ct);
        var openRows = await ToRowsAsync(Ordered(await RowsAsync(approachId, actor, q => q.Where(a => a.Status == AgreementStatus.Open), ct)).Take(200), ct);
        var held = await meetings!.Where(m => m.Date >= from && m.Date <= today).OrderBy(m => m.Date).ThenBy(m => m.Id).Take(200).ToListAsync(ct);
        await AuditOwnersAsync(actor, approachId, doneRows.Count + openRows.Count, ct);
        return Result<MeetingProgress>.Ok(new MeetingProgress(from, today, open, overdue, done, doneRows, openRows, held));
    }

    /// <summary>The experiments of the approach the reader may see (id and title), for the after-experiment meeting's pick list.</summary>
    public async Task<List<(Guid Id, string Title)>> ExperimentsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct) != ResultStatus.Ok)
            return [];
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var items = await VisibilityRules.Filter(db.Set<NeighbourhoodAction>().AsNoTracking(), seen)
            .Where(a => a.ApproachId == approachId && a.Kind == ActionKind.Experiment)
            .OrderBy(a => a.Title).Select(a => new { a.Id, a.Title }).Take(500).ToListAsync(ct);
        return items.Select(i => (i.Id, i.Title)).ToList();
    }

    /// <summary>
    /// The versioned save; on a conflict the change is dropped from the context, so the audited reads that show the form
    /// again (they save an audit record) do not try to save the stale change a second time.
    /// </summary>
    private async Task<Result<T>> SaveVersionedAsync<T>(T entity, Guid version, CancellationToken ct)
        where T : class, IVersioned
    {
        var result = await db.SaveVersionedAsync(entity, version, entity, ct);
        if (result.Status == ResultStatus.Conflict)
            db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>The meeting without the audit record (for pages that show only its heading).</summary>
    private async Task<Result<Meeting>> GetMeetingQuietlyAsync(Guid approachId, Guid meetingId, Actor actor, CancellationToken ct)
    {
        var (meetings, denied) = await ReadableMeetingsAsync(approachId, actor, ct);
        if (denied is { } status)
            return Result<Meeting>.Denied(status);
        var meeting = await meetings!.FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        return meeting is null ? Result<Meeting>.NotFound() : Result<Meeting>.Ok(meeting);
    }

    /// <summary>
    /// The meetings of the approach the reader may read: what <see cref="VisibilityRules.Filter{T}"/> allows, or a meeting
    /// the reader attends. NotFound when the approach is not visible.
    /// </summary>
    private async Task<(IQueryable<Meeting>? Query, ResultStatus? Denied)> ReadableMeetingsAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return (null, access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        return (ReadableMeetings(approachId, seen, actor.UserId).AsNoTracking(), null);
    }

    /// <remarks>
    /// No AsNoTracking here: EF applies a no-tracking call anywhere in a query to the whole query, so the readers add it
    /// at the outside and the changes (which compose these queries as subqueries) load tracked records.
    /// </remarks>
    private IQueryable<Meeting> ReadableMeetings(Guid approachId, VisibilityAccess seen, Guid userId)
    {
        var inApproach = db.Set<Meeting>().Where(m => m.ApproachId == approachId);
        if (seen.CoreTeam)
            return inApproach;
        var allowed = VisibilityRules.Filter(db.Set<Meeting>(), seen).Where(m => m.ApproachId == approachId).Select(m => m.Id);
        return inApproach.Where(m => allowed.Contains(m.Id) || m.AttendeeUserIds.Contains(userId));
    }

    /// <summary>
    /// The agreements the reader may read: those of readable meetings for the core team and partners (and their own);
    /// only their own for everyone else (network members), whatever the meeting.
    /// </summary>
    private async Task<IQueryable<MeetingAgreement>> ReadableAgreementsAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var all = db.Set<MeetingAgreement>().Where(a => a.ApproachId == approachId);
        if (seen.CoreTeam)
            return all;
        var userId = actor.UserId;
        if (!seen.Partner)
            return all.Where(a => a.OwnerUserId == userId);
        var meetings = ReadableMeetings(approachId, seen, userId).Select(m => m.Id);
        return all.Where(a => meetings.Contains(a.MeetingId) || a.OwnerUserId == userId);
    }

    private async Task<IQueryable<RowData>> RowsAsync(Guid approachId, Actor actor, Func<IQueryable<MeetingAgreement>, IQueryable<MeetingAgreement>> filter, CancellationToken ct)
    {
        var today = PlausibleDates.Today(time);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var agreements = filter(await ReadableAgreementsAsync(approachId, actor, ct));
        var readableMeetings = ReadableMeetings(approachId, seen, actor.UserId).Select(m => m.Id);
        return from a in agreements.AsNoTracking()
               join m in db.Set<Meeting>() on a.MeetingId equals m.Id
               let readable = seen.CoreTeam || readableMeetings.Contains(m.Id)
               select new RowData { Agreement = a, MeetingDate = m.Date, MeetingKind = m.Kind, MeetingTitle = readable ? m.Title : "", MeetingReadable = readable, Overdue = a.Status == AgreementStatus.Open && a.DueDate != null && a.DueDate < today };
    }

    /// <summary>Due date first (no date last), then what; mapped to <see cref="AgreementRow"/> after the query.</summary>
    private static IQueryable<RowData> Ordered(IQueryable<RowData> rows) =>
        rows.OrderBy(r => r.Agreement.DueDate == null).ThenBy(r => r.Agreement.DueDate).ThenBy(r => r.Agreement.What).ThenBy(r => r.Agreement.Id);

    private static async Task<List<AgreementRow>> ToRowsAsync(IQueryable<RowData> rows, CancellationToken ct) =>
        (await rows.ToListAsync(ct)).Select(r => new AgreementRow(r.Agreement, r.MeetingDate, r.MeetingKind, r.MeetingTitle, r.MeetingReadable, r.Overdue)).ToList();

    /// <summary>A row as EF composes it (member init, so it can be ordered and paged in SQL).</summary>
    private sealed class RowData
    {
        public MeetingAgreement Agreement { get; init; } = null!;

        public DateOnly MeetingDate { get; init; }

        public MeetingKind MeetingKind { get; init; }

        public string MeetingTitle { get; init; } = "";

        public bool MeetingReadable { get; init; }

        public bool Overdue { get; init; }
    }

    private static IQueryable<MeetingAgreement> Filtered(IQueryable<MeetingAgreement> q, AgreementFilter filter, DateOnly today) => filter switch
    {
        AgreementFilter.Open => q.Where(a => a.Status == AgreementStatus.Open),
        AgreementFilter.Overdue => q.Where(a => a.Status == AgreementStatus.Open && a.DueDate != null && a.DueDate < today),
        AgreementFilter.Done => q.Where(a => a.Status == AgreementStatus.Gedaan || a.Status == AgreementStatus.Vervallen),
        _ => q,
    };

    private static async Task<Dictionary<Guid, int>> OpenCountsAsync(IQueryable<MeetingAgreement> agreements, List<Guid> meetingIds, CancellationToken ct) =>
        meetingIds.Count == 0
            ? []
            : await agreements.Where(a => a.Status == AgreementStatus.Open && meetingIds.Contains(a.MeetingId))
                .GroupBy(a => a.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Agreements name who took them on: reading them is audited like other records with names.</summary>
    private async Task AuditOwnersAsync(Actor actor, Guid approachId, int count, CancellationToken ct, Guid? agreementId = null)
    {
        if (count == 0)
            return;
        await audit.RecordViewAsync(actor, nameof(MeetingAgreement), agreementId?.ToString(), approachId,
            agreementId is null ? $"Afspraken bekeken ({count})" : "Afspraak bekeken", ct);
    }

    /// <summary>The meeting for a change: NotFound when the approach or the meeting is not readable, Forbidden without Edit.</summary>
    private async Task<(Meeting? Meeting, ResultStatus? Denied)> FindMeetingForChangeAsync(Guid approachId, Guid meetingId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return (null, access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var meeting = await ReadableMeetings(approachId, seen, actor.UserId).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
            return (null, ResultStatus.NotFound);
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return (null, ResultStatus.Forbidden);
        return (meeting, null);
    }

    private async Task<(ValidationErrors Errors, bool Foreign)> ApplyAsync(Meeting m, MeetingInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var kindOk = input.Kind is { } kind && Enum.IsDefined(kind);
        if (!kindOk)
            errors.Add(nameof(MeetingInput.Kind), "Kies wat voor bijeenkomst het is.");
        var title = DeskText.Optional(errors, nameof(MeetingInput.Title), input.Title, MeetingLimits.Title);
        if (input.Date is not { } date)
            errors.Add(nameof(MeetingInput.Date), "Vul de datum van de bijeenkomst in.");
        else
            PlausibleDates.Validate(errors, nameof(MeetingInput.Date), date, DateMeaning.Planned, PlausibleDates.Today(time));
        if (input.StartTime is { } start && input.EndTime is { } end && end < start)
            errors.Add(nameof(MeetingInput.EndTime), "De eindtijd ligt vóór de begintijd. Controleer de tijden.");
        var place = DeskText.Required(errors, nameof(MeetingInput.Place), input.Place, 200, "Vul de plek in. " + PlaceHint);
        var groups = DeskText.Optional(errors, nameof(MeetingInput.AttendingGroups), input.AttendingGroups, MeetingLimits.Short);
        var chair = DeskText.Optional(errors, nameof(MeetingInput.Chair), input.Chair, 200);
        var noteTaker = DeskText.Optional(errors, nameof(MeetingInput.NoteTaker), input.NoteTaker, 200);
        var notes = DeskText.Optional(errors, nameof(MeetingInput.Notes), input.Notes, MeetingLimits.Notes);
        var signals = DeskText.Optional(errors, nameof(MeetingInput.Signals), input.Signals, MeetingLimits.Long);
        var decisions = DeskText.Optional(errors, nameof(MeetingInput.Decisions), input.Decisions, MeetingLimits.Long);

        var agenda = new List<AgendaItem>();
        var items = input.Agenda ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
                continue;
            var text = DeskText.Optional(errors, $"{nameof(MeetingInput.Agenda)}[{i}].{nameof(AgendaItem.Text)}", items[i].Text, MeetingLimits.Short);
            if (text.Length > 0)
                agenda.Add(new AgendaItem { Text = text, PreBriefing = items[i].PreBriefing });
        }

        if (agenda.Count > 100)
            errors.Add(nameof(MeetingInput.Agenda), "Een agenda heeft hooguit 100 punten.");

        var working = new List<WorkingAgreement>();
        var answers = input.WorkingAgreements ?? [];
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is null)
                continue;
            var answer = DeskText.Optional(errors, $"{nameof(MeetingInput.WorkingAgreements)}[{i}].{nameof(WorkingAgreement.Answer)}", answers[i].Answer, MeetingLimits.Long);
            if (answer.Length == 0)
                continue;
            if (answers[i].Question is < 0 or >= StartQuestions)
                errors.Add($"{nameof(MeetingInput.WorkingAgreements)}[{i}].{nameof(WorkingAgreement.Question)}", $"Kies een vraag van 1 tot en met {StartQuestions}.");
            else if (working.Any(w => w.Question == answers[i].Question))
                errors.Add($"{nameof(MeetingInput.WorkingAgreements)}[{i}].{nameof(WorkingAgreement.Question)}", "Deze vraag is al beantwoord.");
            else
                working.Add(new WorkingAgreement { Question = answers[i].Question, Answer = answer });
        }

        if (kindOk && input.Kind != MeetingKind.Startbijeenkomst && working.Count > 0)
            errors.Add(nameof(MeetingInput.WorkingAgreements), "De werkafspraken (de vijf vragen) horen bij een startbijeenkomst. Kies die soort, of maak de antwoorden leeg.");

        var experimentId = input.ExperimentId is { } e && e != Guid.Empty ? e : (Guid?)null;
        if (kindOk && input.Kind == MeetingKind.NaExperiment && experimentId is null)
            errors.Add(nameof(MeetingInput.ExperimentId), "Kies het experiment waar deze bijeenkomst over gaat.");
        else if (kindOk && input.Kind != MeetingKind.NaExperiment && experimentId is not null)
            errors.Add(nameof(MeetingInput.ExperimentId), "Een experiment koppelt u alleen aan een bijeenkomst na een experiment. Kies die soort, of kies geen experiment.");

        if (experimentId is { } exp && !await db.Set<NeighbourhoodAction>().AnyAsync(a => a.Id == exp && a.ApproachId == m.ApproachId && a.Kind == ActionKind.Experiment, ct))
            return (errors, true);
        var userIds = (input.AttendeeUserIds ?? []).Where(u => u != Guid.Empty).Distinct().ToList();
        if (userIds.Count > 0 && await db.ApproachMembers.Where(x => x.ApproachId == m.ApproachId && userIds.Contains(x.UserId)).Select(x => x.UserId).Distinct().CountAsync(ct) != userIds.Count)
            return (errors, true);
        var actorIds = (input.AttendeeActorIds ?? []).Where(a => a != Guid.Empty).Distinct().ToList();
        if (actorIds.Count > 0 && await db.Set<NetworkActor>().CountAsync(x => x.ApproachId == m.ApproachId && actorIds.Contains(x.Id), ct) != actorIds.Count)
            return (errors, true);
        var changesVisibility = await DeskText.CheckVisibilityAsync(errors, input.Visibility, m, nameof(MeetingInput.Visibility), approaches, m.ApproachId, actor, ct);
        if (errors.Any)
            return (errors, false);

        m.Kind = input.Kind!.Value;
        m.Title = title;
        m.Date = input.Date!.Value;
        m.StartTime = input.StartTime;
        m.EndTime = input.EndTime;
        m.Place = place;
        if (!m.AttendeeUserIds.SequenceEqual(userIds))
            m.AttendeeUserIds = userIds;
        if (!m.AttendeeActorIds.SequenceEqual(actorIds))
            m.AttendeeActorIds = actorIds;
        m.AttendingGroups = groups;
        m.Chair = chair;
        m.NoteTaker = noteTaker;
        m.Agenda = agenda;
        m.Notes = notes;
        m.Signals = signals;
        m.Decisions = decisions;
        m.WorkingAgreements = [.. working.OrderBy(w => w.Question)];
        m.ExperimentId = experimentId;
        if (changesVisibility)
            input.Visibility!.ApplyTo(m);
        return (errors, false);
    }

    private async Task<(ValidationErrors Errors, bool Foreign)> ApplyAsync(MeetingAgreement a, AgreementInput input, bool full, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.Status is { } s && !Enum.IsDefined(s))
            errors.Add(nameof(AgreementInput.Status), "Kies een stand uit de lijst.");
        var progress = DeskText.Optional(errors, nameof(AgreementInput.Progress), input.Progress, MeetingLimits.Long);
        var what = a.What;
        var ownerName = a.OwnerName;
        var ownerUserId = a.OwnerUserId;
        var due = a.DueDate;
        if (full)
        {
            what = DeskText.Required(errors, nameof(AgreementInput.What), input.What, MeetingLimits.Short, "Beschrijf de afspraak: wat gaat er gebeuren?");
            var typedName = DeskText.Optional(errors, nameof(AgreementInput.OwnerName), input.OwnerName, 200);
            ownerUserId = input.OwnerUserId is { } o && o != Guid.Empty ? o : null;
            if (ownerUserId is { } owner)
            {
                var name = await db.ApproachMembers.Where(x => x.ApproachId == a.ApproachId && x.UserId == owner).Select(x => x.User!.DisplayName).FirstOrDefaultAsync(ct);
                if (name is null)
                    return (errors, true);
                ownerName = name;
            }
            else
            {
                if (typedName.Length == 0)
                    errors.Add(nameof(AgreementInput.OwnerName), "Kies wie de afspraak oppakt, of vul een naam of groep in (bijvoorbeeld 'jongerenwerk').");
                ownerName = typedName;
            }

            due = input.DueDate;
            PlausibleDates.Validate(errors, nameof(AgreementInput.DueDate), due, DateMeaning.Planned, PlausibleDates.Today(time));
        }

        if (errors.Any)
            return (errors, false);
        var status = input.Status ?? a.Status;
        a.What = what;
        a.OwnerUserId = ownerUserId;
        a.OwnerName = ownerName;
        a.DueDate = due;
        a.Progress = progress;
        if (status == AgreementStatus.Gedaan)
            a.DoneOn = a.Status == AgreementStatus.Gedaan && a.DoneOn is not null ? a.DoneOn : PlausibleDates.Today(time);
        else
            a.DoneOn = null;
        a.Status = status;
        return (errors, false);
    }
}
