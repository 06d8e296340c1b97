using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Conversations;

/// <summary>Where and how a conversation took place (the guides' work forms).</summary>
public enum ConversationSetting
{
    Straat = 1,
    Koffietafel = 2,
    AanDeDeur = 3,
    Portiekgesprek = 4,
    Meelopen = 5,
    Sleutelpersoon = 6,
    Focusgroep = 7,
    Bewonersavond = 8,
    Groepsopstelling = 9,
}

/// <summary>The conversation partner as a category: conversations are anonymous by default and store no names.</summary>
public enum PartnerCategory
{
    Bewoner = 1,
    Jongere = 2,
    Ouder = 3,
    Ondernemer = 4,
    Professional = 5,
    Sleutelpersoon = 6,
}

/// <summary>
/// A conversation (gesprek, verhaal) held in the neighbourhood (issue 11 §1; WerkwijzerPlus step 2, ESS step 6–7). The
/// partner is a category, never a name. Readable only with <see cref="Security.ApproachPermission.ViewStories"/>; every
/// read is audited.
/// </summary>
public sealed class Conversation : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public DateOnly Date { get; set; }

    public string Place { get; set; } = "";

    public ConversationSetting Setting { get; set; }

    public PartnerCategory PartnerCategory { get; set; }

    /// <summary>For a professional: the organisation they work for (not their name).</summary>
    public string PartnerOrganisation { get; set; } = "";

    /// <summary>Who held the conversation (team members, as typed).</summary>
    public string Interviewers { get; set; } = "";

    /// <summary>A resident held the conversation together with the team (ESS step 6: residents as interviewers).</summary>
    public bool ResidentCoInterviewer { get; set; }

    /// <summary>The language of the conversation, if not Dutch.</summary>
    public string Language { get; set; } = "";

    public bool Interpreter { get; set; }

    /// <summary>The story in short.</summary>
    public string Summary { get; set; } = "";

    public string ProudOf { get; set; } = "";

    public string WorriedAbout { get; set; } = "";

    public string Wants { get; set; } = "";

    /// <summary>Answers to the guide's question lists (optional prompts, content/conversation-questions.yaml).</summary>
    public List<ConversationAnswer> Answers { get; set; } = [];

    /// <summary>Quotes, each with a consent flag: a quote without consent never leaves the core team.</summary>
    public List<ConversationQuote> Quotes { get; set; } = [];

    /// <summary>Events mentioned in the conversation, with a date; one click puts one on the timeline.</summary>
    public List<MentionedEvent> MentionedEvents { get; set; } = [];

    public Guid? CreatedByUserId { get; set; }

    /// <summary>The themes it is tagged with (join table).</summary>
    public List<ConversationTheme> Themes { get; set; } = [];

    /// <summary>The tagged theme ids, sorted.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public IReadOnlyList<Guid> ThemeIdList => Themes.Select(t => t.ThemeId).Order().ToList();

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An answer to one question of a question list.</summary>
public sealed class ConversationAnswer
{
    /// <summary>The id of the list in content/conversation-questions.yaml.</summary>
    public string ListId { get; set; } = "";

    /// <summary>The question's position in the list (0 = the first).</summary>
    public int Index { get; set; }

    public string Answer { get; set; } = "";
}

/// <summary>A quote from the conversation.</summary>
public sealed class ConversationQuote
{
    public string Text { get; set; } = "";

    /// <summary>The speaker agreed that the quote is used outside the core team (reports, exports, theme board).</summary>
    public bool Consent { get; set; }
}

/// <summary>An event the conversation partner mentioned.</summary>
public sealed class MentionedEvent
{
    public string Description { get; set; } = "";

    public DateOnly? Date { get; set; }

    /// <summary>The timeline event made from it, once put on the timeline.</summary>
    public Guid? TimelineEventId { get; set; }
}

/// <summary>Dutch labels.</summary>
public static class ConversationLabels
{
    public static string For(ConversationSetting setting) => setting switch
    {
        ConversationSetting.Straat => "Informeel op straat",
        ConversationSetting.Koffietafel => "Koffietafel of banner",
        ConversationSetting.AanDeDeur => "Aan de deur",
        ConversationSetting.Portiekgesprek => "Portiekgesprek",
        ConversationSetting.Meelopen => "Meelopen met een professional",
        ConversationSetting.Sleutelpersoon => "Interview met een sleutelpersoon",
        ConversationSetting.Focusgroep => "Focusgroep",
        ConversationSetting.Bewonersavond => "Bewonersavond",
        ConversationSetting.Groepsopstelling => "Groepsopstelling",
        _ => setting.ToString(),
    };

    public static string For(PartnerCategory category) => category switch
    {
        PartnerCategory.Bewoner => "Bewoner",
        PartnerCategory.Jongere => "Jongere",
        PartnerCategory.Ouder => "Ouder",
        PartnerCategory.Ondernemer => "Ondernemer",
        PartnerCategory.Professional => "Professional",
        PartnerCategory.Sleutelpersoon => "Sleutelpersoon",
        _ => category.ToString(),
    };
}
