using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Newsletters;

/// <summary>Input for a new buurtbericht: it is composed from the shareable actions of the last <see cref="Weeks"/> weeks and the upcoming ones.</summary>
public sealed class NewNewsletterInput
{
    public string? Title { get; set; }

    /// <summary>Empty: today.</summary>
    public DateOnly? EditionDate { get; set; }

    /// <summary>How many weeks back to look for shareable actions (1–26; empty: 8).</summary>
    public int? Weeks { get; set; }
}

/// <summary>One item of the report-back or the events (input).</summary>
public sealed class NewsletterItemInput
{
    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    public string? Place { get; set; }

    public string? Text { get; set; }

    public Guid? ActionId { get; set; }
}

/// <summary>One agenda item of the community hub (input).</summary>
public sealed class NewsletterAgendaInput
{
    public string? What { get; set; }

    public string? When { get; set; }

    public string? Where { get; set; }
}

/// <summary>The whole buurtbericht (input); empty list items are left out.</summary>
public sealed class NewsletterInput
{
    public string? Title { get; set; }

    public DateOnly? EditionDate { get; set; }

    /// <summary>Concept or Definitief (only the core team makes it definitief).</summary>
    public NewsletterStatus? Status { get; set; }

    public List<string?> CoAuthors { get; set; } = [];

    public string? IntroName { get; set; }

    public string? IntroRole { get; set; }

    public string? IntroText { get; set; }

    public bool IntroIsResident { get; set; }

    public bool IntroConsent { get; set; }

    public string? IntroConsentRecordedBy { get; set; }

    public DateOnly? IntroConsentRecordedOn { get; set; }

    public string? HubName { get; set; }

    public string? HubText { get; set; }

    public List<NewsletterAgendaInput> Agenda { get; set; } = [];

    public List<NewsletterItemInput> ReportBack { get; set; } = [];

    public List<NewsletterItemInput> Events { get; set; } = [];

    public string? CallToAction { get; set; }

    public Guid? Version { get; set; }

    public static NewsletterInput From(Newsletter n) => new()
    {
        Title = n.Title,
        EditionDate = n.EditionDate,
        Status = n.Status,
        CoAuthors = [.. n.CoAuthors],
        IntroName = n.IntroName,
        IntroRole = n.IntroRole,
        IntroText = n.IntroText,
        IntroIsResident = n.IntroIsResident,
        IntroConsent = n.IntroConsent,
        IntroConsentRecordedBy = n.IntroConsentRecordedBy,
        IntroConsentRecordedOn = n.IntroConsentRecordedOn,
        HubName = n.HubName,
        HubText = n.HubText,
        Agenda = n.Agenda.Select(a => new NewsletterAgendaInput { What = a.What, When = a.When, Where = a.Where }).ToList(),
        ReportBack = n.ReportBack.Select(s => new NewsletterItemInput { Title = s.Title, Date = s.Date, Place = s.Place, Text = s.Text, ActionId = s.ActionId }).ToList(),
        Events = n.Events.Select(e => new NewsletterItemInput { Title = e.Title, Date = e.Date, Place = e.Place, Text = e.Text, ActionId = e.ActionId }).ToList(),
        CallToAction = n.CallToAction,
        Version = n.Version,
    };
}

/// <summary>A buurtbericht with what the reader may do with it.</summary>
public sealed record NewsletterView(Newsletter Newsletter, bool CanEdit, bool CanPublish);

/// <summary>
/// Buurtberichten of an approach (issue 13 §8). Who may do what: the core team and partners compose (as for actions:
/// <see cref="ActionService.CanCreate"/>); the core team changes every buurtbericht and a partner the ones they started;
/// only the core team (<see cref="ApproachPermission.Edit"/>) makes one definitief. Members who read the plan
/// (<see cref="ApproachPermission.ViewPlan"/>) read concepts too; network members (residents) read only definitieve
/// buurtberichten (a concept is a 404 for them). A new buurtbericht is composed from the actions marked
/// <see cref="NeighbourhoodAction.Shareable"/> that the composer may see: only their title, date and place, never
/// organisers or free text that may hold residents' names. Reading a buurtbericht that names a person is audited.
/// </summary>
public sealed class NewsletterService(WijkkrachtDbContext db, ApproachService approaches, ActionService actions, AuditService audit, TimeProvider time)
{
    public const string ConsentMissing = "Een naam drukken we alleen af als de toestemming voor publicatie is vastgelegd. Vink 'Toestemming voor publicatie vastgelegd' aan, of laat de naam leeg: dan stelt de persoon zich voor met alleen de rol.";

    public const string ResidentConsentDetails = "Bij een bewoner legt u vast wie de toestemming vastlegde en op welke datum. Zonder die gegevens laat u de naam leeg.";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<Result<Page<Newsletter>>> ListAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        if (await ReadableAsync(approachId, actor, ct) is not { } readable)
            return Result<Page<Newsletter>>.NotFound();
        var query = readable.Query;
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.EditionDate).ThenByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return Result<Page<Newsletter>>.Ok(new Page<Newsletter>(items, page.PageNumber, page.PageSize, total));
    }

    /// <summary>One buurtbericht. Reading one that names a person is audited (<paramref name="export"/>: as an export, for the HTML download).</summary>
    public async Task<Result<NewsletterView>> GetAsync(Guid approachId, Guid id, Actor actor, bool export = false, CancellationToken ct = default)
    {
        if (await ReadableAsync(approachId, actor, ct) is not { } readable)
            return Result<NewsletterView>.NotFound();
        var newsletter = await readable.Query.FirstOrDefaultAsync(n => n.Id == id, ct);
        if (newsletter is null)
            return Result<NewsletterView>.NotFound();
        if (export)
        {
            audit.Add(actor, AuditActions.Export, nameof(Newsletter), id.ToString(), approachId, $"Buurtbericht '{newsletter.Title}' gedownload (HTML)");
            await db.SaveChangesAsync(ct);
        }
        else if (newsletter.IntroName.Length > 0)
        {
            await audit.RecordViewAsync(actor, nameof(Newsletter), id.ToString(), approachId, $"Buurtbericht '{newsletter.Title}' bekeken (met naam in 'stelt zich voor')", ct);
        }

        return Result<NewsletterView>.Ok(View(readable.Access, newsletter));
    }

    /// <summary>Creates a concept composed from the shareable actions (core team and partners).</summary>
    public async Task<Result<NewsletterView>> CreateAsync(Guid approachId, NewNewsletterInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<NewsletterView>.NotFound();
        if (!ActionService.CanCreate(access))
            return Result<NewsletterView>.Forbidden("Alleen het kernteam en partners stellen een buurtbericht op.");
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        var edition = input.EditionDate ?? today;
        PlausibleDates.Validate(errors, nameof(NewNewsletterInput.EditionDate), input.EditionDate, DateMeaning.Planned, today);
        var title = ActionText.Optional(errors, nameof(NewNewsletterInput.Title), input.Title, NewsletterLimits.Title);
        var weeks = input.Weeks ?? NewsletterLimits.DefaultWeeks;
        if (weeks is < 1 or > 26)
            errors.Add(nameof(NewNewsletterInput.Weeks), "Kies 1 tot en met 26 weken terug.");
        if (errors.Any)
            return Result<NewsletterView>.Invalid(errors);
        var all = await actions.ReadableListAsync(approachId, actor, ct) ?? [];
        var (stories, events) = Compose(all, today, weeks);
        var newsletter = new Newsletter
        {
            ApproachId = approachId,
            Title = title.Length > 0 ? title : "Buurtbericht " + edition.ToString("MMMM yyyy", Dutch),
            EditionDate = edition,
            CreatedByUserId = actor.UserId,
            ReportBack = stories,
            Events = events,
        };
        db.Add(newsletter);
        await db.SaveChangesAsync(ct);
        return Result<NewsletterView>.Ok(View(access, newsletter));
    }

    public async Task<Result<NewsletterView>> UpdateAsync(Guid approachId, Guid id, NewsletterInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await ReadableAsync(approachId, actor, ct) is not { } readable)
            return Result<NewsletterView>.NotFound();
        var newsletter = await db.Set<Newsletter>().FirstOrDefaultAsync(n => n.ApproachId == approachId && n.Id == id, ct);
        if (newsletter is null || !await readable.Query.AnyAsync(n => n.Id == id, ct))
            return Result<NewsletterView>.NotFound();
        if (!CanEdit(readable.Access, newsletter))
            return Result<NewsletterView>.Forbidden("Het kernteam wijzigt een buurtbericht; een partner alleen de buurtberichten die hij zelf begon.");
        if (VersionedSave.MissingVersionResult<NewsletterView>(input.Version) is { } missing)
            return missing;
        var errors = Apply(newsletter, input, readable.Access);
        if (errors.Any)
            return Result<NewsletterView>.Invalid(errors);
        var saved = await db.SaveVersionedAsync(newsletter, input.Version!.Value, true, ct);
        if (!saved.IsOk)
            return Result<NewsletterView>.Conflict(saved.Message ?? Messages.ConcurrencyConflict);
        return Result<NewsletterView>.Ok(View(readable.Access, newsletter));
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await ReadableAsync(approachId, actor, ct) is not { } readable)
            return Result<bool>.NotFound();
        var newsletter = await db.Set<Newsletter>().FirstOrDefaultAsync(n => n.ApproachId == approachId && n.Id == id, ct);
        if (newsletter is null || !await readable.Query.AnyAsync(n => n.Id == id, ct))
            return Result<bool>.NotFound();
        if (!CanEdit(readable.Access, newsletter))
            return Result<bool>.Forbidden("Het kernteam verwijdert een buurtbericht; een partner alleen de buurtberichten die hij zelf begon.");
        db.Remove(newsletter);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>
    /// The draft's report-back (shareable actions that ran or ended in the last <paramref name="weeks"/> weeks) and events
    /// (shareable planned actions from today on). Only title, date, place and a neutral sentence: organisers and the
    /// observation fields may hold names, so the editor adds who joined in their own words.
    /// </summary>
    public static (List<NewsletterStory> Stories, List<NewsletterEvent> Events) Compose(IEnumerable<NeighbourhoodAction> actions, DateOnly today, int weeks)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var since = today.AddDays(-7 * weeks);
        var shareable = actions.Where(a => a.Shareable).ToList();
        var stories = shareable
            .Where(a => a.Status is ActionStage.Loopt or ActionStage.Afgerond && (a.EndDate ?? a.StartDate) is { } on && on >= since && (a.StartDate ?? on) <= today)
            .OrderByDescending(a => a.EndDate ?? a.StartDate).ThenBy(a => a.Title, StringComparer.Ordinal)
            .Take(NewsletterLimits.Items)
            .Select(a => new NewsletterStory
            {
                Title = a.Title,
                Date = a.EndDate is { } end && end <= today ? end : a.StartDate,
                Place = a.PlaceName,
                Text = StoryText(a, today),
                ActionId = a.Id,
            }).ToList();
        var events = shareable
            .Where(a => a.Status == ActionStage.Gepland && a.StartDate is { } start && start >= today)
            .OrderBy(a => a.StartDate).ThenBy(a => a.Title, StringComparer.Ordinal)
            .Take(NewsletterLimits.Items)
            .Select(a => new NewsletterEvent
            {
                Title = a.Title,
                Date = a.StartDate,
                Place = a.PlaceName,
                Text = $"Op {a.StartDate!.Value.ToString("dddd d MMMM", Dutch)}{(a.PlaceName.Length > 0 ? " bij " + a.PlaceName : "")}. Iedereen is welkom. Komt u ook?",
                ActionId = a.Id,
            }).ToList();
        return (stories, events);
    }

    private static string StoryText(NeighbourhoodAction a, DateOnly today)
    {
        var place = a.PlaceName.Length > 0 ? " bij " + a.PlaceName : "";
        var running = a.Status == ActionStage.Loopt && (a.EndDate is null || a.EndDate > today);
        var when = running
            ? (a.StartDate is { } s ? $"Sinds {s.ToString("d MMMM", Dutch)}" : "Op dit moment")
            : (a.EndDate ?? a.StartDate) is { } d ? $"Op {d.ToString("d MMMM", Dutch)}" : "Onlangs";
        var rung = a.ParticipationRung is { } r && r >= 3 ? " Bewoners dachten en deden mee." : "";
        return $"{when}{place}: {a.Title}.{rung} Vertel hier wie er meededen en wat het opleverde (noem groepen, geen namen).";
    }

    /// <summary>The core team changes every buurtbericht; a partner the ones they started.</summary>
    public static bool CanEdit(ApproachAccess access, Newsletter newsletter)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(newsletter);
        return access.Has(ApproachPermission.Edit) || (access.MyRole == ApproachRole.Partner && newsletter.CreatedByUserId == access.Actor.UserId);
    }

    /// <summary>Only the core team makes a buurtbericht definitief (then the network reads it) or turns it back into a concept.</summary>
    public static bool CanPublish(ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit);
    }

    private static NewsletterView View(ApproachAccess access, Newsletter n) => new(n, CanEdit(access, n), CanPublish(access));

    private async Task<(ApproachAccess Access, IQueryable<Newsletter> Query)?> ReadableAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return null;
        var query = db.Set<Newsletter>().AsNoTracking().Where(n => n.ApproachId == approachId);
        if (!access.Has(ApproachPermission.ViewPlan))
            query = query.Where(n => n.Status == NewsletterStatus.Definitief);
        return (access, query);
    }

    private ValidationErrors Apply(Newsletter n, NewsletterInput input, ApproachAccess access)
    {
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        var title = ActionText.Required(errors, nameof(NewsletterInput.Title), input.Title, NewsletterLimits.Title, "Geef het buurtbericht een titel, bijvoorbeeld 'Buurtbericht Europaplein, voorjaar'.");
        if (input.EditionDate is null)
            errors.Add(nameof(NewsletterInput.EditionDate), "Vul de datum van deze editie in.");
        PlausibleDates.Validate(errors, nameof(NewsletterInput.EditionDate), input.EditionDate, DateMeaning.Planned, today);
        var status = input.Status ?? n.Status;
        if (!Enum.IsDefined(status))
            errors.Add(nameof(NewsletterInput.Status), "Kies concept of definitief.");
        else if (status != n.Status && !CanPublish(access))
            errors.Add(nameof(NewsletterInput.Status), "Alleen het kernteam maakt een buurtbericht definitief of weer concept.");

        var coAuthors = new List<string>();
        for (var i = 0; i < (input.CoAuthors ?? []).Count; i++)
        {
            var name = ActionText.Optional(errors, $"{nameof(NewsletterInput.CoAuthors)}[{i}]", input.CoAuthors![i], 200);
            if (name.Length > 0 && !coAuthors.Contains(name, StringComparer.Ordinal))
                coAuthors.Add(name);
        }

        if (coAuthors.Count > NewsletterLimits.Items)
            errors.Add(nameof(NewsletterInput.CoAuthors), $"Noem ten hoogste {NewsletterLimits.Items} schrijvers.");

        var introName = ActionText.Optional(errors, nameof(NewsletterInput.IntroName), input.IntroName, 200);
        var introRole = ActionText.Optional(errors, nameof(NewsletterInput.IntroRole), input.IntroRole, 200);
        var introText = ActionText.Optional(errors, nameof(NewsletterInput.IntroText), input.IntroText, NewsletterLimits.Long);
        var consentBy = ActionText.Optional(errors, nameof(NewsletterInput.IntroConsentRecordedBy), input.IntroConsentRecordedBy, 200);
        PlausibleDates.Validate(errors, nameof(NewsletterInput.IntroConsentRecordedOn), input.IntroConsentRecordedOn, DateMeaning.Happened, today);
        if (introName.Length > 0)
        {
            // "No resident's name appears without recorded consent": the name is refused, not silently dropped, so the editor decides.
            if (!input.IntroConsent)
                errors.Add(nameof(NewsletterInput.IntroName), ConsentMissing);
            else if (input.IntroIsResident && (consentBy.Length == 0 || input.IntroConsentRecordedOn is null))
            {
                if (consentBy.Length == 0)
                    errors.Add(nameof(NewsletterInput.IntroConsentRecordedBy), "Wie legde de toestemming van de bewoner vast? " + ResidentConsentDetails);
                if (input.IntroConsentRecordedOn is null)
                    errors.Add(nameof(NewsletterInput.IntroConsentRecordedOn), "Op welke datum is de toestemming vastgelegd? " + ResidentConsentDetails);
            }
        }

        if ((introName.Length > 0 || introText.Length > 0) && introRole.Length == 0)
            errors.Add(nameof(NewsletterInput.IntroRole), "Vul de rol in van wie zich voorstelt, bijvoorbeeld 'wijk-BOA' of 'jongerenwerker'.");
        var hubName = ActionText.Optional(errors, nameof(NewsletterInput.HubName), input.HubName, 200);
        var hubText = ActionText.Optional(errors, nameof(NewsletterInput.HubText), input.HubText, NewsletterLimits.Long);
        var callToAction = ActionText.Optional(errors, nameof(NewsletterInput.CallToAction), input.CallToAction, NewsletterLimits.Long);

        var agenda = new List<NewsletterAgendaItem>();
        for (var i = 0; i < (input.Agenda ?? []).Count; i++)
        {
            var item = input.Agenda![i] ?? new NewsletterAgendaInput();
            var key = $"{nameof(NewsletterInput.Agenda)}[{i}]";
            var what = ActionText.Optional(errors, key + ".What", item.What, 200);
            var when = ActionText.Optional(errors, key + ".When", item.When, 200);
            var where = ActionText.Optional(errors, key + ".Where", item.Where, 200);
            if (what.Length == 0 && when.Length == 0 && where.Length == 0)
                continue;
            if (what.Length == 0)
                errors.Add(key + ".What", "Wat is er te doen? Vul de activiteit in, bijvoorbeeld 'Koffietafel'.");
            if (when.Length == 0)
                errors.Add(key + ".When", "Wanneer is het? Bijvoorbeeld 'elke maandag 14.00–16.00 uur'.");
            agenda.Add(new NewsletterAgendaItem { What = what, When = when, Where = where });
        }

        var stories = Items(errors, nameof(NewsletterInput.ReportBack), input.ReportBack, today)
            .Select(x => new NewsletterStory { Title = x.Title, Date = x.Date, Place = x.Place, Text = x.Text, ActionId = x.ActionId }).ToList();
        var events = Items(errors, nameof(NewsletterInput.Events), input.Events, today)
            .Select(x => new NewsletterEvent { Title = x.Title, Date = x.Date, Place = x.Place, Text = x.Text, ActionId = x.ActionId }).ToList();
        foreach (var (field, count) in new[] { (nameof(NewsletterInput.Agenda), agenda.Count), (nameof(NewsletterInput.ReportBack), stories.Count), (nameof(NewsletterInput.Events), events.Count) })
        {
            if (count > NewsletterLimits.Items)
                errors.Add(field, $"Ten hoogste {NewsletterLimits.Items} onderdelen per rubriek.");
        }

        if (errors.Any)
            return errors;
        n.Title = title;
        n.EditionDate = input.EditionDate!.Value;
        n.Status = status;
        if (!n.CoAuthors.SequenceEqual(coAuthors, StringComparer.Ordinal))
            n.CoAuthors = coAuthors;
        n.IntroName = introName;
        n.IntroRole = introRole;
        n.IntroText = introText;
        n.IntroIsResident = input.IntroIsResident;
        n.IntroConsent = input.IntroConsent;
        n.IntroConsentRecordedBy = input.IntroConsent ? consentBy : "";
        n.IntroConsentRecordedOn = input.IntroConsent ? input.IntroConsentRecordedOn : null;
        n.HubName = hubName;
        n.HubText = hubText;
        n.CallToAction = callToAction;
        // New lists of new objects (owned JSON): reusing tracked items in a second list confuses the change tracker.
        n.Agenda = agenda;
        n.ReportBack = stories;
        n.Events = events;
        return errors;
    }

    private static List<(string Title, DateOnly? Date, string Place, string Text, Guid? ActionId)> Items(ValidationErrors errors, string field, List<NewsletterItemInput>? input, DateOnly today)
    {
        var items = new List<(string, DateOnly?, string, string, Guid?)>();
        for (var i = 0; i < (input ?? []).Count; i++)
        {
            var item = input![i] ?? new NewsletterItemInput();
            var key = $"{field}[{i}]";
            var title = ActionText.Optional(errors, key + ".Title", item.Title, NewsletterLimits.Title);
            var place = ActionText.Optional(errors, key + ".Place", item.Place, 200);
            var text = ActionText.Optional(errors, key + ".Text", item.Text, NewsletterLimits.Long);
            PlausibleDates.Validate(errors, key + ".Date", item.Date, DateMeaning.Planned, today);
            if (title.Length == 0 && place.Length == 0 && text.Length == 0 && item.Date is null)
                continue;
            if (title.Length == 0)
                errors.Add(key + ".Title", "Geef dit onderdeel een kop, bijvoorbeeld 'Kom pannenkoeken eten!'.");
            items.Add((title, item.Date, place, text, item.ActionId));
        }

        return items;
    }
}
