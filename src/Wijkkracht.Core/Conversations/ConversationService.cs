using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Conversations;

/// <summary>Input for a conversation. Empty quote, answer and event rows are ignored.</summary>
public sealed class ConversationInput
{
    public DateOnly? Date { get; set; }

    public string? Place { get; set; }

    public ConversationSetting? Setting { get; set; }

    public PartnerCategory? PartnerCategory { get; set; }

    public string? PartnerOrganisation { get; set; }

    public string? Interviewers { get; set; }

    public bool ResidentCoInterviewer { get; set; }

    public string? Language { get; set; }

    public bool Interpreter { get; set; }

    public string? Summary { get; set; }

    public string? ProudOf { get; set; }

    public string? WorriedAbout { get; set; }

    public string? Wants { get; set; }

    public List<ConversationAnswerInput> Answers { get; set; } = [];

    public List<QuoteInput> Quotes { get; set; } = [];

    public List<MentionedEventInput> MentionedEvents { get; set; } = [];

    /// <summary>The themes (of this approach) it is tagged with; null leaves the tags as they are.</summary>
    public List<Guid>? ThemeIds { get; set; }

    /// <summary>
    /// Saves text that looks like it names a person or an address after the warning (see <see cref="Privacy.NameDetector"/>),
    /// as on observations. Words that were already in the stored conversation do not warn again.
    /// </summary>
    public bool ConfirmPossibleNames { get; set; }

    public Guid? Version { get; set; }

    public static ConversationInput From(Conversation c) => new()
    {
        Date = c.Date,
        Place = c.Place,
        Setting = c.Setting,
        PartnerCategory = c.PartnerCategory,
        PartnerOrganisation = c.PartnerOrganisation,
        Interviewers = c.Interviewers,
        ResidentCoInterviewer = c.ResidentCoInterviewer,
        Language = c.Language,
        Interpreter = c.Interpreter,
        Summary = c.Summary,
        ProudOf = c.ProudOf,
        WorriedAbout = c.WorriedAbout,
        Wants = c.Wants,
        Answers = c.Answers.Select(a => new ConversationAnswerInput { ListId = a.ListId, Index = a.Index, Answer = a.Answer }).ToList(),
        Quotes = c.Quotes.Select(q => new QuoteInput { Text = q.Text, Consent = q.Consent }).ToList(),
        MentionedEvents = c.MentionedEvents.Select(e => new MentionedEventInput { Description = e.Description, Date = e.Date, TimelineEventId = e.TimelineEventId }).ToList(),
        ThemeIds = [.. c.ThemeIdList],
        Version = c.Version,
    };
}

/// <summary>An answer to a question of a question list.</summary>
public sealed class ConversationAnswerInput
{
    public string? ListId { get; set; }

    public int Index { get; set; }

    public string? Answer { get; set; }
}

/// <summary>A quote and whether the speaker agreed to its use outside the core team.</summary>
public sealed class QuoteInput
{
    public string? Text { get; set; }

    public bool Consent { get; set; }
}

/// <summary>An event mentioned in the conversation.</summary>
public sealed class MentionedEventInput
{
    public string? Description { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>Kept from the stored event (read only: set when it is put on the timeline).</summary>
    public Guid? TimelineEventId { get; set; }
}

/// <summary>Filters of the conversation list.</summary>
public sealed record ConversationFilter(ConversationSetting? Setting = null, PartnerCategory? PartnerCategory = null, DateOnly? From = null, DateOnly? To = null, string? Search = null);

/// <summary>A quote that may leave the core team (the speaker consented), with its conversation's date and setting.</summary>
public sealed record ConsentedQuote(Guid ConversationId, DateOnly Date, ConversationSetting Setting, PartnerCategory PartnerCategory, string Text);

/// <summary>
/// Conversations of an approach (issue 11 §1). Reading needs <see cref="ApproachPermission.ViewStories"/> (core team:
/// gemeenteverbinder, procesregisseur, wijkverbinder, and the coordinator); changing also needs
/// <see cref="ApproachPermission.Edit"/>. Every read is audited; changes are audited by the DbContext.
/// </summary>
public sealed class ConversationService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, ConversationGuide guide, TimeProvider time)
{
    public const int MaxQuotes = 20;
    public const int MaxEvents = 20;

    public async Task<Result<Page<Conversation>>> ListAsync(Guid approachId, ConversationFilter filter, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<Conversation>>.Denied(access);
        var query = db.Set<Conversation>().AsNoTracking().Where(c => c.ApproachId == approachId);
        if (filter.Setting is { } setting)
            query = query.Where(c => c.Setting == setting);
        if (filter.PartnerCategory is { } category)
            query = query.Where(c => c.PartnerCategory == category);
        if (filter.From is { } from)
            query = query.Where(c => c.Date >= from);
        if (filter.To is { } to)
            query = query.Where(c => c.Date <= to);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            query = query.Where(c => c.Place.ToLower().Contains(term) || c.Summary.ToLower().Contains(term)
                || c.ProudOf.ToLower().Contains(term) || c.WorriedAbout.ToLower().Contains(term) || c.Wants.ToLower().Contains(term));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.Date).ThenByDescending(c => c.CreatedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        await audit.RecordViewAsync(actor, nameof(Conversation), null, approachId, $"Gesprekken bekeken ({items.Count} van {total})", ct);
        return Result<Page<Conversation>>.Ok(new Page<Conversation>(items, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<Conversation>> GetAsync(Guid approachId, Guid conversationId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<Conversation>.Denied(access);
        var conversation = await db.Set<Conversation>().AsNoTracking().FirstOrDefaultAsync(c => c.ApproachId == approachId && c.Id == conversationId, ct);
        if (conversation is null)
            return Result<Conversation>.NotFound();
        await audit.RecordViewAsync(actor, nameof(Conversation), conversation.Id.ToString(), approachId, $"Gesprek van {conversation.Date:d-M-yyyy} bekeken", ct);
        return Result<Conversation>.Ok(conversation);
    }

    /// <summary>The quotes whose speakers consented, for exports and readers outside the core team; the export is audited.</summary>
    public async Task<Result<List<ConsentedQuote>>> ConsentedQuotesAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<List<ConsentedQuote>>.Denied(access);
        var conversations = await db.Set<Conversation>().AsNoTracking().Where(c => c.ApproachId == approachId).OrderBy(c => c.Date).ToListAsync(ct);
        var quotes = ConsentedOnly(conversations).ToList();
        audit.Add(actor, AuditActions.Export, nameof(Conversation), null, approachId, $"Citaten met toestemming geëxporteerd ({quotes.Count})");
        await db.SaveChangesAsync(ct);
        return Result<List<ConsentedQuote>>.Ok(quotes);
    }

    /// <summary>The one consent rule: only quotes with consent leave the core team.</summary>
    public static IEnumerable<ConsentedQuote> ConsentedOnly(IEnumerable<Conversation> conversations) =>
        conversations.SelectMany(c => c.Quotes.Where(q => q.Consent).Select(q => new ConsentedQuote(c.Id, c.Date, c.Setting, c.PartnerCategory, q.Text)));

    public async Task<Result<Conversation>> CreateAsync(Guid approachId, ConversationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (await WriteAccessAsync(approachId, actor, ct) is { } denied)
            return Result<Conversation>.Denied(denied);
        var conversation = new Conversation { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var errors = Apply(conversation, input);
        if (errors.Any)
            return Result<Conversation>.Invalid(errors);
        if (!await ThemeTags.ApplyAsync(db, approachId, conversation.Themes, input.ThemeIds, id => new ConversationTheme { ConversationId = conversation.Id, ThemeId = id }, l => l.ThemeId, ct))
            return Result<Conversation>.NotFound();
        db.Add(conversation);
        await db.SaveChangesAsync(ct);
        return Result<Conversation>.Ok(conversation);
    }

    public async Task<Result<Conversation>> UpdateAsync(Guid approachId, Guid conversationId, ConversationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<Conversation>.Denied(access);
        var conversation = await db.Set<Conversation>().FirstOrDefaultAsync(c => c.ApproachId == approachId && c.Id == conversationId, ct);
        if (conversation is null)
            return Result<Conversation>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<Conversation>.Denied(ResultStatus.Forbidden);
        if (VersionedSave.MissingVersionResult<Conversation>(input.Version) is { } missing)
            return missing;
        var errors = Apply(conversation, input);
        if (errors.Any)
            return Result<Conversation>.Invalid(errors);
        if (!await ThemeTags.ApplyAsync(db, approachId, conversation.Themes, input.ThemeIds, id => new ConversationTheme { ConversationId = conversation.Id, ThemeId = id }, l => l.ThemeId, ct))
            return Result<Conversation>.NotFound();
        return await db.SaveVersionedAsync(conversation, input.Version!.Value, conversation, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid conversationId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<bool>.Denied(access);
        var conversation = await db.Set<Conversation>().FirstOrDefaultAsync(c => c.ApproachId == approachId && c.Id == conversationId, ct);
        if (conversation is null)
            return Result<bool>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<bool>.Denied(ResultStatus.Forbidden);
        db.Remove(conversation);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>
    /// Puts the mentioned event at <paramref name="index"/> on the timeline (one click): a timeline event with its date,
    /// the conversation's place and the conversation as source. An event already on the timeline is not added twice.
    /// </summary>
    public async Task<Result<TimelineEvent>> PutOnTimelineAsync(Guid approachId, Guid conversationId, int index, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<TimelineEvent>.Denied(access);
        var conversation = await db.Set<Conversation>().FirstOrDefaultAsync(c => c.ApproachId == approachId && c.Id == conversationId, ct);
        if (conversation is null || index < 0 || index >= conversation.MentionedEvents.Count)
            return Result<TimelineEvent>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<TimelineEvent>.Denied(ResultStatus.Forbidden);
        var mentioned = conversation.MentionedEvents[index];
        if (mentioned.TimelineEventId is { } existingId
            && await db.Set<TimelineEvent>().FirstOrDefaultAsync(e => e.ApproachId == approachId && e.Id == existingId, ct) is { } existing)
            return Result<TimelineEvent>.Ok(existing);
        if (mentioned.Date is not { } date)
            return Result<TimelineEvent>.Invalid("MentionedEvents", "Vul eerst de datum van deze gebeurtenis in; zonder datum kan hij niet op de tijdlijn.");
        var timelineEvent = new TimelineEvent
        {
            ApproachId = approachId,
            Title = mentioned.Description.Length > 200 ? mentioned.Description[..200] : mentioned.Description,
            Description = mentioned.Description.Length > 200 ? mentioned.Description : "",
            Kind = TimelineKind.Gebeurtenis,
            Date = date,
            Place = conversation.Place,
            Source = $"Gesprek van {conversation.Date:d-M-yyyy} ({ConversationLabels.For(conversation.Setting).ToLowerInvariant()})",
            AddedByUserId = actor.UserId,
            AddedByName = actor.DisplayName,
            ConversationId = conversation.Id,
        };
        db.Add(timelineEvent);
        // A new list instance, so the owned-JSON change is detected and audited with the conversation.
        conversation.MentionedEvents = conversation.MentionedEvents
            .Select((e, i) => new MentionedEvent { Description = e.Description, Date = e.Date, TimelineEventId = i == index ? timelineEvent.Id : e.TimelineEventId })
            .ToList();
        await db.SaveChangesAsync(ct);
        return Result<TimelineEvent>.Ok(timelineEvent);
    }

    private async Task<ResultStatus?> WriteAccessAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return access;
        return await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct) ? null : ResultStatus.Forbidden;
    }

    private ValidationErrors Apply(Conversation conversation, ConversationInput input)
    {
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        if (input.Date is not { } date)
            errors.Add(nameof(ConversationInput.Date), "Vul de datum van het gesprek in.");
        else
            PlausibleDates.Validate(errors, nameof(ConversationInput.Date), date, DateMeaning.Happened, today);
        if (input.Setting is not { } setting || !Enum.IsDefined(setting))
            errors.Add(nameof(ConversationInput.Setting), "Kies waar of hoe het gesprek plaatsvond.");
        if (input.PartnerCategory is not { } category || !Enum.IsDefined(category))
            errors.Add(nameof(ConversationInput.PartnerCategory), "Kies met wie u sprak (bijvoorbeeld bewoner of ondernemer). Een naam is niet nodig.");
        var place = Text(errors, nameof(ConversationInput.Place), input.Place, 200);
        var organisation = Text(errors, nameof(ConversationInput.PartnerOrganisation), input.PartnerOrganisation, 200);
        var interviewers = Text(errors, nameof(ConversationInput.Interviewers), input.Interviewers, 500);
        var language = Text(errors, nameof(ConversationInput.Language), input.Language, 100);
        var summary = Text(errors, nameof(ConversationInput.Summary), input.Summary, 4000);
        var proud = Text(errors, nameof(ConversationInput.ProudOf), input.ProudOf, 2000);
        var worried = Text(errors, nameof(ConversationInput.WorriedAbout), input.WorriedAbout, 2000);
        var wants = Text(errors, nameof(ConversationInput.Wants), input.Wants, 2000);

        var answers = new List<ConversationAnswer>();
        for (var i = 0; i < input.Answers.Count; i++)
        {
            var a = input.Answers[i];
            var text = a.Answer?.Trim() ?? "";
            if (text.Length == 0)
                continue;
            var field = $"{nameof(ConversationInput.Answers)}[{i}].{nameof(ConversationAnswerInput.Answer)}";
            if (guide.Question(a.ListId ?? "", a.Index) is null)
                errors.Add(field, "Deze vraag staat niet in de vragenlijsten.");
            else if (text.Length > 2000)
                errors.Add(field, "Maximaal 2000 tekens.");
            else if (answers.Any(x => x.ListId == a.ListId && x.Index == a.Index))
                errors.Add(field, "Deze vraag is al beantwoord.");
            else
                answers.Add(new ConversationAnswer { ListId = a.ListId!, Index = a.Index, Answer = text });
        }

        var quotes = new List<ConversationQuote>();
        for (var i = 0; i < input.Quotes.Count; i++)
        {
            var text = input.Quotes[i].Text?.Trim() ?? "";
            if (text.Length == 0)
                continue;
            if (text.Length > 1000)
                errors.Add($"{nameof(ConversationInput.Quotes)}[{i}].{nameof(QuoteInput.Text)}", "Maximaal 1000 tekens per citaat.");
            quotes.Add(new ConversationQuote { Text = text, Consent = input.Quotes[i].Consent });
        }

        if (quotes.Count > MaxQuotes)
            errors.Add(nameof(ConversationInput.Quotes), $"Maximaal {MaxQuotes} citaten per gesprek.");

        var events = new List<MentionedEvent>();
        for (var i = 0; i < input.MentionedEvents.Count; i++)
        {
            var e = input.MentionedEvents[i];
            var text = e.Description?.Trim() ?? "";
            var prefix = $"{nameof(ConversationInput.MentionedEvents)}[{i}].";
            if (text.Length == 0)
            {
                if (e.Date is not null)
                    errors.Add(prefix + nameof(MentionedEventInput.Description), "Beschrijf wat er gebeurde, of maak de datum leeg.");
                continue;
            }

            if (text.Length > 500)
                errors.Add(prefix + nameof(MentionedEventInput.Description), "Maximaal 500 tekens.");
            PlausibleDates.Validate(errors, prefix + nameof(MentionedEventInput.Date), e.Date, DateMeaning.Happened, today);
            // The link to the timeline is kept from the stored event at this position, never taken from input.
            var stored = conversation.MentionedEvents.FirstOrDefault(m => m.Description == text && m.TimelineEventId is not null);
            events.Add(new MentionedEvent { Description = text, Date = e.Date, TimelineEventId = stored?.TimelineEventId });
        }

        if (events.Count > MaxEvents)
            errors.Add(nameof(ConversationInput.MentionedEvents), $"Maximaal {MaxEvents} gebeurtenissen per gesprek.");

        // The same warning as observations: free text and quotes that look like a name or an address warn before saving;
        // the user rewrites, or confirms and saves anyway. Hits already in the stored conversation were confirmed before.
        var hits = PossibleNames(place, summary, proud, worried, wants, answers.Select(a => a.Answer), quotes.Select(q => q.Text), events.Select(e => e.Description))
            .Except(PossibleNames(conversation.Place, conversation.Summary, conversation.ProudOf, conversation.WorriedAbout, conversation.Wants,
                conversation.Answers.Select(a => a.Answer), conversation.Quotes.Select(q => q.Text), conversation.MentionedEvents.Select(e => e.Description)), StringComparer.Ordinal)
            .ToList();
        if (hits.Count > 0 && !input.ConfirmPossibleNames && !errors.Any)
            errors.Add(nameof(ConversationInput.ConfirmPossibleNames), Privacy.NameDetector.Warning(hits));

        if (errors.Any)
            return errors;
        conversation.Date = input.Date!.Value;
        conversation.Setting = input.Setting!.Value;
        conversation.PartnerCategory = input.PartnerCategory!.Value;
        conversation.Place = place;
        conversation.PartnerOrganisation = organisation;
        conversation.Interviewers = interviewers;
        conversation.ResidentCoInterviewer = input.ResidentCoInterviewer;
        conversation.Language = language;
        conversation.Interpreter = input.Interpreter;
        conversation.Summary = summary;
        conversation.ProudOf = proud;
        conversation.WorriedAbout = worried;
        conversation.Wants = wants;
        conversation.Answers = answers;
        conversation.Quotes = quotes;
        conversation.MentionedEvents = events;
        return errors;
    }

    /// <summary>The words in a conversation's free text and quotes that look like a name or an address, in order, once each.</summary>
    public static IReadOnlyList<string> PossibleNames(string place, string summary, string proud, string worried, string wants, IEnumerable<string> answers, IEnumerable<string> quotes, IEnumerable<string> events) =>
        new[] { place, summary, proud, worried, wants }.Concat(answers).Concat(quotes).Concat(events)
            .SelectMany(Privacy.NameDetector.Find).Distinct(StringComparer.Ordinal).ToList();

    internal static string Text(ValidationErrors errors, string field, string? value, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > max)
            errors.Add(field, $"Maximaal {max} tekens.");
        return text;
    }
}
