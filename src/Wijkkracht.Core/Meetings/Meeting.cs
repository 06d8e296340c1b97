using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Meetings;

/// <summary>The kinds of meeting of issue 13 §3 (ESS steps 8–12; WerkwijzerPlus steps 5–6).</summary>
public enum MeetingKind
{
    Startbijeenkomst = 1,
    Netwerkbijeenkomst = 2,
    Focusbijeenkomst = 3,
    Bewonersavond = 4,
    Leerbijeenkomst = 5,

    /// <summary>The neighbourhood meeting after an experiment's period (required before the experiment is decided).</summary>
    NaExperiment = 6,
    Afsluitend = 7,

    /// <summary>A koffietafel in the neighbourhood (WerkwijzerPlus "Sta wekelijks met een koffietafel … in de buurt").</summary>
    Koffietafel = 8,
}

/// <summary>One agenda item; <see cref="PreBriefing"/> marks it to go through beforehand with participants who need it.</summary>
public sealed class AgendaItem
{
    public string Text { get; set; } = "";

    public bool PreBriefing { get; set; }
}

/// <summary>An answer to one of the startbijeenkomst's five questions (content/fieldwork-questions.yaml, list "startbijeenkomst").</summary>
public sealed class WorkingAgreement
{
    /// <summary>Index of the question in the list (0–4).</summary>
    public int Question { get; set; }

    public string Answer { get; set; } = "";
}

/// <summary>
/// A meeting of the approach (issue 13 §3): kind, date and place, attendees (members and actors), rotating chair and
/// note-taker, agenda, notes, signals and decisions; agreements are <see cref="MeetingAgreement"/> rows. Readers follow
/// the visibility model (ADR 0005), and every attendee sees the meetings they attend.
/// </summary>
public sealed class Meeting : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public MeetingKind Kind { get; set; }

    public string Title { get; set; } = "";

    public DateOnly Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    /// <summary>Where ("op de plek waar het over gaat").</summary>
    public string Place { get; set; } = "";

    public List<Guid> AttendeeUserIds { get; set; } = [];

    public List<Guid> AttendeeActorIds { get; set; } = [];

    /// <summary>Groups that attended (e.g. "jongeren, ondernemers"); no names.</summary>
    public string AttendingGroups { get; set; } = "";

    public string Chair { get; set; } = "";

    public string NoteTaker { get; set; } = "";

    public List<AgendaItem> Agenda { get; set; } = [];

    public string Notes { get; set; } = "";

    public string Signals { get; set; } = "";

    public string Decisions { get; set; } = "";

    /// <summary>For a startbijeenkomst: the answers to the guide's five questions (the network's working agreements).</summary>
    public List<WorkingAgreement> WorkingAgreements { get; set; } = [];

    /// <summary>For an after-experiment meeting: the experiment (a <see cref="Actions.NeighbourhoodAction"/> of kind Experiment).</summary>
    public Guid? ExperimentId { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public VisibilityLevel Visibility { get; set; } = MeetingDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Where an agreement stands. Overdue is not a status: it is Open with a due date before today.</summary>
public enum AgreementStatus
{
    Open = 1,
    Gedaan = 2,
    Vervallen = 3,
}

/// <summary>
/// An agreement made in a meeting (issue 13 §3): what, who (a member, or a name as text), by when, status and progress.
/// Readers: whoever may read the meeting; a network member only their own agreements. The owner may update the status
/// and progress of their own agreement.
/// </summary>
public sealed class MeetingAgreement : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public Guid MeetingId { get; set; }

    public string What { get; set; } = "";

    /// <summary>The member who took it on, if a member did.</summary>
    public Guid? OwnerUserId { get; set; }

    /// <summary>Who took it on when not a member ("jongerenwerk", "bewonerscommissie"), or the member's name at the time.</summary>
    public string OwnerName { get; set; } = "";

    public DateOnly? DueDate { get; set; }

    public AgreementStatus Status { get; set; } = AgreementStatus.Open;

    public string Progress { get; set; } = "";

    public DateOnly? DoneOn { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Defaults of meetings.</summary>
public static class MeetingDefaults
{
    /// <summary>Meeting notes are for the team and partners; attendees always see the meetings they attend.</summary>
    public const VisibilityLevel Visibility = VisibilityLevel.Partners;
}

/// <summary>Dutch labels.</summary>
public static class MeetingLabels
{
    public static string For(MeetingKind kind) => kind switch
    {
        MeetingKind.Startbijeenkomst => "Startbijeenkomst",
        MeetingKind.Netwerkbijeenkomst => "Netwerkbijeenkomst",
        MeetingKind.Focusbijeenkomst => "Focusbijeenkomst",
        MeetingKind.Bewonersavond => "Bewonersavond",
        MeetingKind.Leerbijeenkomst => "Leerbijeenkomst",
        MeetingKind.NaExperiment => "Bijeenkomst na een experiment",
        MeetingKind.Afsluitend => "Afsluitende bijeenkomst",
        MeetingKind.Koffietafel => "Koffietafel",
        _ => kind.ToString(),
    };

    public static string For(AgreementStatus status) => status switch
    {
        AgreementStatus.Open => "Open",
        AgreementStatus.Gedaan => "Gedaan",
        AgreementStatus.Vervallen => "Vervallen",
        _ => status.ToString(),
    };
}
