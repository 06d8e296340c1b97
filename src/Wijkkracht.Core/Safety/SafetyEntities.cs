using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Safety;

/// <summary>What a report is about (the guide: "incidenten en bedreigingen").</summary>
public enum SafetyReportKind
{
    Bedreiging = 1,
    Incident = 2,
    OnveiligeSituatie = 3,
}

/// <summary>How unsafe the person feels now.</summary>
public enum SafetyFeeling
{
    Veilig = 1,
    BeetjeOnveilig = 2,
    Onveilig = 3,
    ZeerOnveilig = 4,
}

/// <summary>Whether the police already know.</summary>
public enum PoliceAware
{
    Ja = 1,
    Nee = 2,
    WeetIkNiet = 3,
}

/// <summary>How the reporter wants to be contacted.</summary>
public enum ContactPreference
{
    Telefoon = 1,
    Email = 2,
    Langskomen = 3,
    BerichtInWijkkracht = 4,
}

/// <summary>Where a report stands; the only thing the reporter sees after sending it.</summary>
public enum SafetyReportStatus
{
    Nieuw = 1,
    InBehandeling = 2,
    Afgesloten = 3,
}

/// <summary>A step in the follow-up log.</summary>
public enum FollowUpKind
{
    EersteContact = 1,
    Stap = 2,
    Politie = 3,
    PreventieveMaatregel = 4,
}

/// <summary>Parties to a safety agreement (flags).</summary>
[Flags]
public enum SafetyParty
{
    Geen = 0,
    Politie = 1,
    Veiligheidshuis = 2,
    Wijkagent = 4,
    Gemeente = 8,
    Anders = 16,
}

/// <summary>Limits and defaults of the safety records.</summary>
public static class SafetyDefaults
{
    public const int Short = 500;

    public const int Long = 4000;

    /// <summary>Room for the Data Protection payload of <see cref="Long"/> characters (base64 of UTF-8 plus header).</summary>
    public const int ProtectedLong = 24000;

    /// <summary>Hours within which a safety contact makes first contact after a report, unless the approach sets otherwise.</summary>
    public const int FirstContactHours = 24;

    /// <summary>Weeks without a check-in after which an active resident is listed.</summary>
    public const int CheckInWeeks = 6;

    public const VisibilityLevel AgreementVisibility = VisibilityLevel.Kernteam;

    /// <summary>The marker written to the audit log instead of a confidential value.</summary>
    public const string AuditMarker = "(vertrouwelijk)";
}

/// <summary>
/// Who follows up safety reports in an approach (issue 14 §2): the responsible ambtenaar (required; "Zorg dat de
/// verantwoordelijkheid voor het opvolgen van meldingen bij een ambtenaar ligt") and optionally the police contact
/// (wijkagent), and the deadline for first contact. One per approach; set by those who manage the approach.
/// </summary>
public sealed class SafetySetup : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public Guid ResponsibleUserId { get; set; }

    public Guid? PoliceContactUserId { get; set; }

    public int FirstContactHours { get; set; } = SafetyDefaults.FirstContactHours;

    /// <summary>The safety contacts: the responsible ambtenaar and, if named, the police contact.</summary>
    public List<Guid> ContactUserIds() => PoliceContactUserId is { } police ? [ResponsibleUserId, police] : [ResponsibleUserId];

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A report of a threat or incident (issue 14 §1–2). Readable only by the reporter (status only), the safety contacts and
/// the organisation's coordinators; never in exports or general reports. The free text is encrypted at rest with ASP.NET
/// Data Protection (<see cref="SensitiveText"/>): the *Protected columns hold ciphertext only, and the audit log holds a
/// marker instead of them.
/// </summary>
public sealed class SafetyReport : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IProtectedInAudit
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public SafetyReportKind Kind { get; set; }

    public DateOnly HappenedOn { get; set; }

    public string WhatHappenedProtected { get; set; } = "";

    public string WhereProtected { get; set; } = "";

    public SafetyFeeling Feeling { get; set; }

    public PoliceAware PoliceAware { get; set; }

    public ContactPreference ContactPreference { get; set; }

    public string ContactDetailsProtected { get; set; } = "";

    /// <summary>Made on behalf of someone else; who, in <see cref="OnBehalfOfProtected"/>.</summary>
    public bool OnBehalfOf { get; set; }

    public string OnBehalfOfProtected { get; set; } = "";

    public Guid ReportedByUserId { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public DateTimeOffset FirstContactDueAt { get; set; }

    public DateTimeOffset? FirstContactAt { get; set; }

    /// <summary>When the missed first-contact deadline was escalated to the coordinators.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    public SafetyReportStatus Status { get; set; } = SafetyReportStatus.Nieuw;

    /// <summary>Whether the police are involved in the follow-up.</summary>
    public bool PoliceInvolved { get; set; }

    /// <summary>The person in the network register the report concerns, whose protection was raised to bedreigd.</summary>
    public Guid? ConcernsActorId { get; set; }

    /// <summary>The person's protection level before it was raised, offered when it is lowered again.</summary>
    public ProtectionLevel? ActorPreviousProtection { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The evaluation of the follow-up ("evalueer de opvolging als er meldingen gedaan worden").</summary>
    public string EvaluationProtected { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    private static readonly string[] Confidential =
    [
        nameof(WhatHappenedProtected), nameof(WhereProtected), nameof(ContactDetailsProtected), nameof(OnBehalfOfProtected),
        nameof(EvaluationProtected), nameof(ConcernsActorId), nameof(ActorPreviousProtection), nameof(Feeling),
    ];

    IReadOnlyCollection<string> IProtectedInAudit.ProtectedAuditFields => Confidential;

    string IProtectedInAudit.AuditMarker(string field) => SafetyDefaults.AuditMarker;

    bool IProtectedInAudit.IsProtectedInAudit(Func<string, object?> original) => true;
}

/// <summary>A step in the follow-up of a report (encrypted text); readable by the safety contacts and coordinators only.</summary>
public sealed class SafetyFollowUp : ITenantOwned, IApproachScoped, IAudited, ITimestamped, IProtectedInAudit
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public Guid ReportId { get; set; }

    public DateOnly On { get; set; }

    public FollowUpKind Kind { get; set; }

    public string TextProtected { get; set; } = "";

    public Guid ByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    private static readonly string[] Confidential = [nameof(TextProtected)];

    IReadOnlyCollection<string> IProtectedInAudit.ProtectedAuditFields => Confidential;

    string IProtectedInAudit.AuditMarker(string field) => SafetyDefaults.AuditMarker;

    bool IProtectedInAudit.IsProtectedInAudit(Func<string, object?> original) => true;
}

/// <summary>
/// A safety agreement for the approach or one risky activity (issue 14 §3): the parties, what was agreed and a review
/// date ("Evalueer de afspraken periodiek"). Readers follow the visibility model (default: core team).
/// </summary>
public sealed class SafetyAgreement : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    /// <summary>The risky activity the agreement is for; none for the whole approach.</summary>
    public Guid? ActionId { get; set; }

    public string Title { get; set; } = "";

    public string Agreed { get; set; } = "";

    public SafetyParty Parties { get; set; }

    public string OtherParties { get; set; } = "";

    public DateOnly AgreedOn { get; set; }

    public DateOnly ReviewOn { get; set; }

    /// <summary>The review date for which the safety contacts were reminded (so the reminder goes once per date).</summary>
    public DateOnly? RemindedFor { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public VisibilityLevel Visibility { get; set; } = SafetyDefaults.AgreementVisibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A check-in with an active resident (issue 14 §4; the guide's "Open dialoog"): with a network member of the approach
/// or a person in the network register, dated, by whom, the answers to the open-dialogue questions. Notes are encrypted
/// at rest. The date and who did it are visible to the core team (for the "not checked in with" list); the answers only
/// to the author, the safety contacts and the coordinators.
/// </summary>
public sealed class CheckIn : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IProtectedInAudit
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    /// <summary>The network member (an account) checked in with, or …</summary>
    public Guid? MemberUserId { get; set; }

    /// <summary>… the person in the network register.</summary>
    public Guid? ActorId { get; set; }

    public DateOnly On { get; set; }

    public Guid ByUserId { get; set; }

    /// <summary>"Vraag regelmatig hoe mensen zich voelen."</summary>
    public string HowAreYouProtected { get; set; } = "";

    public bool UnsafeSituation { get; set; }

    public bool Incident { get; set; }

    public bool Threatened { get; set; }

    public string NotesProtected { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    private static readonly string[] Confidential = [nameof(HowAreYouProtected), nameof(NotesProtected), nameof(UnsafeSituation), nameof(Incident), nameof(Threatened)];

    IReadOnlyCollection<string> IProtectedInAudit.ProtectedAuditFields => Confidential;

    string IProtectedInAudit.AuditMarker(string field) => SafetyDefaults.AuditMarker;

    bool IProtectedInAudit.IsProtectedInAudit(Func<string, object?> original) => true;
}

/// <summary>EF mapping of the safety records.</summary>
public sealed class SafetyConfiguration :
    IEntityTypeConfiguration<SafetySetup>, IEntityTypeConfiguration<SafetyReport>, IEntityTypeConfiguration<SafetyFollowUp>,
    IEntityTypeConfiguration<SafetyAgreement>, IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<SafetySetup> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(s => s.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ApproachId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SafetyReport> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Feeling).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.PoliceAware).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ContactPreference).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ActorPreviousProtection).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.WhatHappenedProtected).HasMaxLength(SafetyDefaults.ProtectedLong);
        builder.Property(r => r.WhereProtected).HasMaxLength(SafetyDefaults.ProtectedLong);
        builder.Property(r => r.ContactDetailsProtected).HasMaxLength(SafetyDefaults.ProtectedLong);
        builder.Property(r => r.OnBehalfOfProtected).HasMaxLength(SafetyDefaults.ProtectedLong);
        builder.Property(r => r.EvaluationProtected).HasMaxLength(SafetyDefaults.ProtectedLong);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(r => r.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NetworkActor>().WithMany().HasForeignKey(r => r.ConcernsActorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.ApproachId, r.Status });
        builder.HasIndex(r => new { r.Status, r.FirstContactDueAt });
    }

    public void Configure(EntityTypeBuilder<SafetyFollowUp> builder)
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.TextProtected).HasMaxLength(SafetyDefaults.ProtectedLong);
        builder.HasOne<SafetyReport>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.ReportId, f.On });
    }

    public void Configure(EntityTypeBuilder<SafetyAgreement> builder)
    {
        builder.Property(a => a.Parties).HasConversion<int>();
        builder.Property(a => a.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(SafetyDefaults.Short);
        builder.Property(a => a.Agreed).HasMaxLength(SafetyDefaults.Long);
        builder.Property(a => a.OtherParties).HasMaxLength(SafetyDefaults.Short);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(a => a.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actions.NeighbourhoodAction>().WithMany().HasForeignKey(a => a.ActionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.ApproachId, a.ReviewOn });
    }

    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.Property(c => c.HowAreYouProtected).HasMaxLength(SafetyDefaults.ProtectedLong);
        builder.Property(c => c.NotesProtected).HasMaxLength(SafetyDefaults.ProtectedLong);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(c => c.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NetworkActor>().WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ApproachId, c.On });
    }
}
