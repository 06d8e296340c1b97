using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Visibility;

/// <summary>
/// The kind of organisation a member of an approach works for. A member has one type; a record restricted to
/// partners may name several (flags). Youth work and police are the motivating case: their notes are usually not for
/// each other (ADR 0005).
/// </summary>
[Flags]
public enum PartnerType
{
    Geen = 0,
    Politie = 1,
    Handhaving = 2,
    Jongerenwerk = 4,
    Corporatie = 8,
    School = 16,
    Zorg = 32,
    Welzijn = 64,
    Gemeente = 128,
    Bewoner = 256,
    Overig = 512,
}

/// <summary>Who in an approach may read a record.</summary>
public enum VisibilityLevel
{
    /// <summary>Only the core team (gemeenteverbinder, procesregisseur, wijkverbinder, bestuurlijk boegbeeld) and the coordinator.</summary>
    Kernteam = 1,

    /// <summary>The core team and the partners (optionally only partners of chosen types).</summary>
    Partners = 2,

    /// <summary>Everyone in the approach, network members included.</summary>
    Netwerk = 3,
}

/// <summary>A record whose readers are limited by a visibility level (filter queries with <see cref="VisibilityRules.Filter{T}"/>).</summary>
public interface IHasVisibility
{
    VisibilityLevel Visibility { get; set; }

    /// <summary>With <see cref="VisibilityLevel.Partners"/>: the partner types that may read it; <see cref="PartnerType.Geen"/> means all partners.</summary>
    PartnerType VisibleToPartnerTypes { get; set; }
}

/// <summary>What one reader of one approach may see: derived from organisation role, approach role and partner type.</summary>
public sealed record VisibilityAccess(bool CoreTeam, bool Partner, PartnerType PartnerType)
{
    /// <summary>Network members and anyone else outside the core team and partners.</summary>
    public static readonly VisibilityAccess NetworkOnly = new(false, false, PartnerType.Geen);

    public static readonly VisibilityAccess Everything = new(true, true, PartnerType.Geen);
}

/// <summary>The visibility rules: who counts as core team or partner, defaults per record type, and the query filter.</summary>
public static class VisibilityRules
{
    /// <summary>Default level of precondition checks: they discuss the partners' own contribution, so core team first.</summary>
    public const VisibilityLevel AssessmentDefault = VisibilityLevel.Kernteam;

    /// <summary>Default level of the plan of approach (with its budget) and of step notes and answers.</summary>
    public const VisibilityLevel PlanDefault = VisibilityLevel.Partners;

    /// <inheritdoc cref="PlanDefault"/>
    public const VisibilityLevel StepDefault = VisibilityLevel.Partners;

    /// <summary>
    /// Core team: approach roles gemeenteverbinder, procesregisseur, wijkverbinder and bestuurlijk boegbeeld, the
    /// coordinator (manages all approaches) and the Beheerder's audited oversight. Partners: approach role partner.
    /// </summary>
    public static VisibilityAccess For(OrgRole orgRole, ApproachRole? approachRole, PartnerType partnerType)
    {
        if (RolePermissions.Has(orgRole, Permission.ManageAllApproaches) || RolePermissions.Has(orgRole, Permission.ViewAllApproaches))
            return VisibilityAccess.Everything;
        return approachRole switch
        {
            ApproachRole.Gemeenteverbinder or ApproachRole.Procesregisseur or ApproachRole.Wijkverbinder or ApproachRole.BestuurlijkBoegbeeld => VisibilityAccess.Everything,
            ApproachRole.Partner => new VisibilityAccess(false, true, partnerType),
            _ => VisibilityAccess.NetworkOnly,
        };
    }

    /// <summary>What <paramref name="actor"/> may see, within the actor's <see cref="Actor.VisibilityCeiling"/> when an export sets one.</summary>
    public static VisibilityAccess For(Actor actor, ApproachRole? approachRole, PartnerType partnerType)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var own = For(actor.Role, approachRole, partnerType);
        return actor.VisibilityCeiling is { } ceiling ? Intersect(own, ceiling) : own;
    }

    /// <summary>
    /// What both may see: the core team sees what the other sees; two partners of the same type see their records; two
    /// partners of different types only what is for all partners (or for everyone).
    /// </summary>
    public static VisibilityAccess Intersect(VisibilityAccess a, VisibilityAccess b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.CoreTeam)
            return b;
        if (b.CoreTeam)
            return a;
        if (!a.Partner || !b.Partner)
            return VisibilityAccess.NetworkOnly;
        return a.PartnerType == b.PartnerType ? a : new VisibilityAccess(false, true, PartnerType.Geen);
    }

    /// <summary>Keeps only the records <paramref name="access"/> may see. Use this in every query of such records, never only in views.</summary>
    public static IQueryable<T> Filter<T>(IQueryable<T> query, VisibilityAccess access)
        where T : class, IHasVisibility
    {
        if (access.CoreTeam)
            return query;
        if (!access.Partner)
            return query.Where(r => r.Visibility == VisibilityLevel.Netwerk);
        var mine = (int)access.PartnerType;
        return query.Where(r => r.Visibility == VisibilityLevel.Netwerk
            || (r.Visibility == VisibilityLevel.Partners && (r.VisibleToPartnerTypes == PartnerType.Geen || ((int)r.VisibleToPartnerTypes & mine) != 0)));
    }

    /// <summary>The same rule for one record in memory.</summary>
    public static bool CanSee(IHasVisibility record, VisibilityAccess access) =>
        access.CoreTeam
        || record.Visibility == VisibilityLevel.Netwerk
        || (access.Partner && record.Visibility == VisibilityLevel.Partners
            && (record.VisibleToPartnerTypes == PartnerType.Geen || (record.VisibleToPartnerTypes & access.PartnerType) != 0));

    /// <summary>A new version of a record takes the visibility of the version before it (if any).</summary>
    public static async Task InheritAsync<T>(IQueryable<T> previous, IHasVisibility next, CancellationToken ct)
        where T : class, IHasVisibility
    {
        var before = await previous.Select(p => new { p.Visibility, p.VisibleToPartnerTypes }).FirstOrDefaultAsync(ct);
        if (before is null)
            return;
        next.Visibility = before.Visibility;
        next.VisibleToPartnerTypes = before.VisibleToPartnerTypes;
    }

    /// <summary>Combines a list of partner types into one value.</summary>
    public static PartnerType Combine(IEnumerable<PartnerType>? types) =>
        (types ?? []).Aggregate(PartnerType.Geen, (all, t) => all | t);

    /// <summary>The single partner types contained in <paramref name="types"/>.</summary>
    public static IReadOnlyList<PartnerType> Split(PartnerType types) =>
        Enum.GetValues<PartnerType>().Where(t => t != PartnerType.Geen && types.HasFlag(t)).ToList();

    /// <summary>EF mappings for the visibility columns (called once from the DbContext).</summary>
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Approaches.ApproachMember>().Property(m => m.PartnerType).HasConversion<string>().HasMaxLength(20).HasDefaultValue(PartnerType.Geen);
        builder.Entity<Steps.StepProgress>().Property(p => p.Visibility).HasConversion<string>().HasMaxLength(10).HasDefaultValue(StepDefault).HasSentinel((VisibilityLevel)0);
        builder.Entity<Preconditions.PreconditionAssessment>().Property(p => p.Visibility).HasConversion<string>().HasMaxLength(10).HasDefaultValue(AssessmentDefault).HasSentinel((VisibilityLevel)0);
        builder.Entity<Plans.PlanVersion>().Property(p => p.Visibility).HasConversion<string>().HasMaxLength(10).HasDefaultValue(PlanDefault).HasSentinel((VisibilityLevel)0);
    }
}

/// <summary>Dutch labels.</summary>
public static class VisibilityLabels
{
    public static string For(PartnerType type) => type switch
    {
        PartnerType.Geen => "Geen",
        PartnerType.Politie => "Politie",
        PartnerType.Handhaving => "Handhaving (boa)",
        PartnerType.Jongerenwerk => "Jongerenwerk",
        PartnerType.Corporatie => "Woningcorporatie",
        PartnerType.School => "School",
        PartnerType.Zorg => "Zorg",
        PartnerType.Welzijn => "Welzijn",
        PartnerType.Gemeente => "Gemeente",
        PartnerType.Bewoner => "Bewoner",
        PartnerType.Overig => "Overig",
        _ => string.Join(", ", VisibilityRules.Split(type).Select(For)),
    };

    public static string For(VisibilityLevel level) => level switch
    {
        VisibilityLevel.Kernteam => "Alleen het kernteam",
        VisibilityLevel.Partners => "Kernteam en partners",
        VisibilityLevel.Netwerk => "Iedereen in de aanpak, ook netwerkleden",
        _ => level.ToString(),
    };

    public static string For(VisibilityLevel level, PartnerType types) =>
        level == VisibilityLevel.Partners && types != PartnerType.Geen ? $"Kernteam en partners: {For(types).ToLowerInvariant()}" : For(level);
}

/// <summary>
/// The visibility of the current reader for code that has no actor at hand (report contributors): set by the caller
/// that checked access (ReportService), read by the contributors. Scoped per request; defaults to nothing.
/// </summary>
public sealed class VisibilityContext
{
    public VisibilityAccess Access { get; set; } = VisibilityAccess.NetworkOnly;
}
