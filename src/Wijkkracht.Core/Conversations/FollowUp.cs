using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Conversations;

/// <summary>Where a follow-up promised to residents stands.</summary>
public enum FollowUpStatus
{
    Open = 1,
    InBehandeling = 2,
    Opgelost = 3,
    NietOpgelost = 4,
}

/// <summary>
/// Follow-up promised to residents (issue 11 §2; ESS step 7: "Geef het ook terug als het niet lukt om een probleem op
/// te lossen en wat de reden hiervoor is."): the issue raised, who is responsible, the status and the feedback given
/// back, with the reason when it could not be solved. Core team only (<see cref="Security.ApproachPermission.ViewStories"/>).
/// </summary>
public sealed class FollowUp : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    /// <summary>The conversation in which it was raised, if any.</summary>
    public Guid? ConversationId { get; set; }

    public string Issue { get; set; } = "";

    public DateOnly RaisedOn { get; set; }

    /// <summary>The responsible department or partner.</summary>
    public string Responsible { get; set; } = "";

    public FollowUpStatus Status { get; set; } = FollowUpStatus.Open;

    /// <summary>What was told back to the resident(s).</summary>
    public string Feedback { get; set; } = "";

    public DateOnly? FeedbackOn { get; set; }

    /// <summary>Why it could not be solved (required with <see cref="FollowUpStatus.NietOpgelost"/>).</summary>
    public string ReasonNotSolved { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Open or in progress, or closed without feedback given back yet.</summary>
    public bool IsOpen => Status is FollowUpStatus.Open or FollowUpStatus.InBehandeling;
}

/// <summary>Dutch labels.</summary>
public static class FollowUpLabels
{
    public static string For(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Open => "Open",
        FollowUpStatus.InBehandeling => "In behandeling",
        FollowUpStatus.Opgelost => "Opgelost",
        FollowUpStatus.NietOpgelost => "Niet opgelost",
        _ => status.ToString(),
    };
}
