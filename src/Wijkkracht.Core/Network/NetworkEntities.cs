using Wijkkracht.Core.Common;
using Wijkkracht.Core.Goals;

namespace Wijkkracht.Core.Network;

/// <summary>What kind of actor: a person, a group, an organisation or a network (formal or informal).</summary>
public enum ActorKind
{
    Persoon = 1,
    Groep = 2,
    Organisatie = 3,
    Netwerk = 4,
}

/// <summary>
/// How a person is protected. Afgeschermd, bedreigd and every minor are pseudonymised on the server for everyone
/// without a need-to-know role in the approach (issue 12, "zichtbaarheid maakt hen ook kwetsbaar").
/// </summary>
public enum ProtectionLevel
{
    Normaal = 1,
    Afgeschermd = 2,
    Bedreigd = 3,
    Minderjarig = 4,
}

/// <summary>Whether the actor wants to take part in the approach.</summary>
public enum Willingness
{
    Onbekend = 1,
    Wil = 2,
    Misschien = 3,
    WilNiet = 4,
}

/// <summary>How the actor takes part: as a volunteer, with an allowance or paid (guide: "Overweeg betaalde functies of een vergoeding").</summary>
public enum Compensation
{
    NietVanToepassing = 1,
    Vrijwilliger = 2,
    Vergoeding = 3,
    Betaald = 4,
}

/// <summary>The core team's judgement of the actor's stance (never shown outside the core team).</summary>
public enum Stance
{
    Onbekend = 1,
    Helper = 2,
    Neutraal = 3,
    Tegenstander = 4,
}

/// <summary>
/// An actor in the approach's network (issue 12 §1): a person, group, organisation or network. A person is shown by a
/// display name the team chooses; there are deliberately no fields for address, birth date or identity numbers, and
/// no category for suspects (criminal information goes to the police).
/// </summary>
public sealed class NetworkActor : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IProtectedInAudit
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public ActorKind Kind { get; set; }

    /// <summary>First name and initial, or a pseudonym, as chosen by the team.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Informal (a group of mothers, a street team) rather than formal (a registered organisation).</summary>
    public bool Informal { get; set; }

    /// <summary>Role ids from content/network-roles.yaml (primitive collection).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>The PPCT sphere the actor belongs to.</summary>
    public PpctLevel? Sphere { get; set; }

    public string Talents { get; set; } = "";

    public string Drives { get; set; } = "";

    /// <summary>"Wie waarop aangaat": what the actor responds to.</summary>
    public string RespondsTo { get; set; } = "";

    public Willingness Willingness { get; set; } = Willingness.Onbekend;

    public string Contribution { get; set; } = "";

    public string LanguageNeeds { get; set; } = "";

    public Compensation Compensation { get; set; } = Compensation.NietVanToepassing;

    public DateOnly? MemberSince { get; set; }

    /// <summary>The member of the team who is the actor's contact (a user of the organisation).</summary>
    public Guid? ContactUserId { get; set; }

    public ProtectionLevel Protection { get; set; } = ProtectionLevel.Normaal;

    /// <summary>Core team only: the actor's influence on the problem (judgement).</summary>
    public string Influence { get; set; } = "";

    /// <summary>Core team only: helper or tegenstander (judgement).</summary>
    public Stance Stance { get; set; } = Stance.Onbekend;

    public Guid? CreatedByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Whether the actor is a person whose name is pseudonymised for readers without need-to-know.</summary>
    public bool IsProtected => Kind == ActorKind.Persoon && Protection != ProtectionLevel.Normaal;

    private static readonly string[] PersonalFields =
    [
        nameof(DisplayName), nameof(Talents), nameof(Drives), nameof(RespondsTo), nameof(Contribution), nameof(LanguageNeeds), nameof(Influence),
        nameof(Stance), nameof(Sphere), nameof(MemberSince), nameof(Roles), nameof(Protection),
    ];

    IReadOnlyCollection<string> IProtectedInAudit.ProtectedAuditFields => PersonalFields;

    string IProtectedInAudit.AuditMarker(string field) => field == nameof(DisplayName) ? NetworkAccess.Pseudonym(Id) : "(afgeschermd)";

    bool IProtectedInAudit.IsProtectedInAudit(Func<string, object?> original) =>
        IsProtected || (Kind == ActorKind.Persoon && original(nameof(Protection)) is ProtectionLevel before && before != ProtectionLevel.Normaal);
}

/// <summary>The kind of tie.</summary>
public enum RelationType
{
    Kent = 1,
    HelptLeent = 2,
    WerktSamen = 3,
    Vertrouwt = 4,
    Conflict = 5,
}

/// <summary>Where the knowledge of a relation comes from (provenance).</summary>
public enum RelationSource
{
    EigenWaarneming = 1,
    NetwerktekeningProfessionals = 2,
    NetwerktekeningBewoners = 3,
    Gesprek = 4,
    Horenzeggen = 5,
    Import = 6,
}

/// <summary>How sure the team is of a relation.</summary>
public enum Confidence
{
    Laag = 1,
    Middel = 2,
    Hoog = 3,
}

/// <summary>
/// A relation between two actors of the same approach (issue 12 §2) with its provenance. After <see cref="ExpiresOn"/>
/// it drops out of the analysis unless it was confirmed on or after that date.
/// </summary>
public sealed class NetworkRelation : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public Guid FromActorId { get; set; }

    public Guid ToActorId { get; set; }

    public RelationType Type { get; set; } = RelationType.Kent;

    public bool Directed { get; set; }

    /// <summary>1 (weak) to 5 (strong).</summary>
    public int Strength { get; set; } = 3;

    public DateOnly? Since { get; set; }

    public Guid? RecordedByUserId { get; set; }

    public string RecordedByName { get; set; } = "";

    public RelationSource Source { get; set; } = RelationSource.EigenWaarneming;

    public Confidence Confidence { get; set; } = Confidence.Middel;

    public DateOnly? ExpiresOn { get; set; }

    public DateOnly? ConfirmedOn { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Whether the relation counts in the analysis on <paramref name="day"/>: not expired, or confirmed after expiry.</summary>
    public bool IsActiveOn(DateOnly day) =>
        ExpiresOn is not { } expires || day <= expires || (ConfirmedOn is { } confirmed && confirmed >= expires);
}

/// <summary>The kind of contact.</summary>
public enum ContactKind
{
    Gesprek = 1,
    Telefoon = 2,
    Bericht = 3,
    Bijeenkomst = 4,
    Huisbezoek = 5,
    Anders = 6,
}

/// <summary>A contact with an actor (issue 12 §3): date, kind, who of the team, a short note.</summary>
public sealed class ContactLogEntry : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public Guid ActorId { get; set; }

    public DateOnly Date { get; set; }

    public ContactKind Kind { get; set; }

    /// <summary>Who of the team had the contact (as typed).</summary>
    public string TeamMember { get; set; } = "";

    public string Note { get; set; } = "";

    public Guid? CreatedByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Dutch labels of the network enums.</summary>
public static class NetworkLabels
{
    public static string For(ActorKind kind) => kind switch
    {
        ActorKind.Persoon => "Persoon",
        ActorKind.Groep => "Groep",
        ActorKind.Organisatie => "Organisatie",
        ActorKind.Netwerk => "Netwerk",
        _ => kind.ToString(),
    };

    public static string For(ProtectionLevel level) => level switch
    {
        ProtectionLevel.Normaal => "Normaal",
        ProtectionLevel.Afgeschermd => "Afgeschermd",
        ProtectionLevel.Bedreigd => "Bedreigd",
        ProtectionLevel.Minderjarig => "Minderjarig",
        _ => level.ToString(),
    };

    public static string For(Willingness w) => w switch
    {
        Willingness.Onbekend => "Onbekend",
        Willingness.Wil => "Wil meedoen",
        Willingness.Misschien => "Misschien",
        Willingness.WilNiet => "Wil niet meedoen",
        _ => w.ToString(),
    };

    public static string For(Compensation c) => c switch
    {
        Compensation.NietVanToepassing => "Niet van toepassing",
        Compensation.Vrijwilliger => "Vrijwilliger",
        Compensation.Vergoeding => "Met vergoeding",
        Compensation.Betaald => "Betaald",
        _ => c.ToString(),
    };

    public static string For(Stance s) => s switch
    {
        Stance.Onbekend => "Onbekend",
        Stance.Helper => "Helper",
        Stance.Neutraal => "Neutraal",
        Stance.Tegenstander => "Tegenstander",
        _ => s.ToString(),
    };

    public static string For(RelationType t) => t switch
    {
        RelationType.Kent => "Kent",
        RelationType.HelptLeent => "Helpt of leent",
        RelationType.WerktSamen => "Werkt samen",
        RelationType.Vertrouwt => "Vertrouwt",
        RelationType.Conflict => "Conflict",
        _ => t.ToString(),
    };

    public static string For(RelationSource s) => s switch
    {
        RelationSource.EigenWaarneming => "Eigen waarneming",
        RelationSource.NetwerktekeningProfessionals => "Netwerktekening met professionals",
        RelationSource.NetwerktekeningBewoners => "Netwerktekening met bewoners",
        RelationSource.Gesprek => "Gesprek",
        RelationSource.Horenzeggen => "Van horen zeggen",
        RelationSource.Import => "Import",
        _ => s.ToString(),
    };

    public static string For(Confidence c) => c switch
    {
        Confidence.Laag => "Laag",
        Confidence.Middel => "Middel",
        Confidence.Hoog => "Hoog",
        _ => c.ToString(),
    };

    public static string For(ContactKind k) => k switch
    {
        ContactKind.Gesprek => "Gesprek",
        ContactKind.Telefoon => "Telefoon",
        ContactKind.Bericht => "Bericht",
        ContactKind.Bijeenkomst => "Bijeenkomst",
        ContactKind.Huisbezoek => "Huisbezoek",
        ContactKind.Anders => "Anders",
        _ => k.ToString(),
    };
}
