using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Newsletters;

/// <summary>A draft is still being written; a definitief buurtbericht may be read by the network (residents).</summary>
public enum NewsletterStatus
{
    Concept = 1,
    Definitief = 2,
}

/// <summary>A report-back on participation ("Inloopavond herinrichting Europaplein"): what happened, when, where, who joined.</summary>
public sealed class NewsletterStory
{
    public string Title { get; set; } = "";

    public DateOnly? Date { get; set; }

    public string Place { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The shareable action it was composed from, if any.</summary>
    public Guid? ActionId { get; set; }
}

/// <summary>An upcoming event ("Kom Pannenkoeken eten!"), usually a planned shareable action.</summary>
public sealed class NewsletterEvent
{
    public string Title { get; set; } = "";

    public DateOnly? Date { get; set; }

    public string Place { get; set; } = "";

    public string Text { get; set; } = "";

    public Guid? ActionId { get; set; }
}

/// <summary>An item of the community hub's agenda: what, when (free text, "elke maandag 14.00–16.00 uur"), where.</summary>
public sealed class NewsletterAgendaItem
{
    public string What { get; set; } = "";

    public string When { get; set; } = "";

    public string Where { get; set; } = "";
}

/// <summary>
/// A buurtbericht (neighbourhood newsletter) of an approach (issue 13 §8), in the sections of the guide's example ([000]
/// 4. Praktijkvoorbeelden, L372–394): a person introduces themself, news and agenda of the community hub, report-back on
/// participation, events, and a call to action, written together with the <see cref="CoAuthors"/> ("Maak hier een
/// gezamenlijke nieuwsbrief van", L394). A name in the introduction is only stored with recorded consent
/// (<see cref="IntroConsent"/>; for a resident also who recorded it and when). The core team and partners compose; the
/// network reads it once it is <see cref="NewsletterStatus.Definitief"/>.
/// </summary>
public sealed class Newsletter : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Title { get; set; } = "";

    public DateOnly EditionDate { get; set; }

    public NewsletterStatus Status { get; set; } = NewsletterStatus.Concept;

    /// <summary>Organisations and people who write along (entrepreneurs, the community hub, a residents' committee).</summary>
    public List<string> CoAuthors { get; set; } = [];

    /// <summary>Name of the person who introduces themself; "" without consent.</summary>
    public string IntroName { get; set; } = "";

    /// <summary>Their role ("wijk-BOA", "jongerenwerker", "bewoner van de Parklaan").</summary>
    public string IntroRole { get; set; } = "";

    public string IntroText { get; set; } = "";

    /// <summary>The person is a resident (not a professional in their role): consent needs who recorded it and when.</summary>
    public bool IntroIsResident { get; set; }

    /// <summary>"Toestemming voor publicatie vastgelegd".</summary>
    public bool IntroConsent { get; set; }

    public string IntroConsentRecordedBy { get; set; } = "";

    public DateOnly? IntroConsentRecordedOn { get; set; }

    /// <summary>The community hub ("Wijkpunt Oost").</summary>
    public string HubName { get; set; } = "";

    public string HubText { get; set; } = "";

    public List<NewsletterAgendaItem> Agenda { get; set; } = [];

    public List<NewsletterStory> ReportBack { get; set; } = [];

    public List<NewsletterEvent> Events { get; set; } = [];

    public string CallToAction { get; set; } = "";

    public Guid? CreatedByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Whether the introduction's name may be printed: consent recorded (for a resident: by whom and when).</summary>
    public bool MayPrintIntroName => IntroName.Length > 0 && IntroConsent && (!IntroIsResident || (IntroConsentRecordedBy.Length > 0 && IntroConsentRecordedOn is not null));
}

/// <summary>Field lengths and counts of a buurtbericht.</summary>
public static class NewsletterLimits
{
    public const int Title = 200;
    public const int Short = 500;
    public const int Long = 4000;

    /// <summary>At most this many items per list (agenda, report-back, events, co-authors).</summary>
    public const int Items = 12;

    /// <summary>Default look-back for shareable actions when composing a new buurtbericht.</summary>
    public const int DefaultWeeks = 8;
}

/// <summary>Dutch labels.</summary>
public static class NewsletterLabels
{
    public static string For(NewsletterStatus status) => status == NewsletterStatus.Definitief ? "Definitief" : "Concept";
}
