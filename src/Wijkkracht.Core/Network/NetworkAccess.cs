using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Network;

/// <summary>How much of the network register a reader sees.</summary>
public enum NetworkReadLevel
{
    /// <summary>Network members (Netwerkleden) and the Beheerder's oversight: never the register.</summary>
    None = 0,

    /// <summary>Partners and the bestuurlijk boegbeeld (members with ViewPlan): the actors they are the contact of and the aggregate picture.</summary>
    Partner = 1,

    /// <summary>The core team that does the field work (<see cref="ApproachPermission.ViewStories"/>): the whole register and the judgements.</summary>
    Team = 2,
}

/// <summary>
/// The network rules for one reader in one approach (issue 12 "Privacy and roles"), resolved from the approach access:
/// who sees the register, the judgements, and which protected persons by name. A protected person (afgeschermd,
/// bedreigd, every minor) is pseudonymised on the server for everyone without a need-to-know role: need-to-know are
/// the leads who manage the approach (<see cref="ApproachPermission.ManageMembers"/>: gemeenteverbinder,
/// procesregisseur, the coordinator) and the person's own contact in the team.
/// </summary>
public sealed record NetworkAccess(Guid ApproachId, Actor Actor, NetworkReadLevel Level, bool CanEdit, bool ManagesApproach)
{
    public bool SeesRegister => Level == NetworkReadLevel.Team;

    public bool SeesJudgements => Level == NetworkReadLevel.Team;

    /// <summary>Whether the reader sees this actor at all.</summary>
    public bool MaySee(NetworkActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Level == NetworkReadLevel.Team || (Level == NetworkReadLevel.Partner && actor.ContactUserId == Actor.UserId);
    }

    /// <summary>Whether the reader may see who a protected person is (always true for actors that are not protected).</summary>
    public bool NeedToKnow(NetworkActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return !actor.IsProtected || (Level == NetworkReadLevel.Team && ManagesApproach) || actor.ContactUserId == Actor.UserId;
    }

    /// <summary>The pseudonym of a protected person: stable, derived from the record id, never from the name.</summary>
    public static string Pseudonym(Guid actorId) => $"Afgeschermde persoon {actorId.ToString("N")[..4].ToUpperInvariant()}";

    /// <summary>The actor as this reader may see it: a copy with the name and the personal details replaced when needed.</summary>
    public ActorView View(NetworkActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var pseudonymised = !NeedToKnow(actor);
        if (!pseudonymised && SeesJudgements)
            return new ActorView(actor, false, true);
        var copy = new NetworkActor
        {
            Id = actor.Id,
            OrganisationId = actor.OrganisationId,
            ApproachId = actor.ApproachId,
            Kind = actor.Kind,
            DisplayName = pseudonymised ? Pseudonym(actor.Id) : actor.DisplayName,
            Informal = actor.Informal,
            Roles = pseudonymised ? [] : [.. actor.Roles],
            Sphere = pseudonymised ? null : actor.Sphere,
            Talents = pseudonymised ? "" : actor.Talents,
            Drives = pseudonymised ? "" : actor.Drives,
            RespondsTo = pseudonymised ? "" : actor.RespondsTo,
            Willingness = pseudonymised ? Willingness.Onbekend : actor.Willingness,
            Contribution = pseudonymised ? "" : actor.Contribution,
            LanguageNeeds = pseudonymised ? "" : actor.LanguageNeeds,
            Compensation = pseudonymised ? Compensation.NietVanToepassing : actor.Compensation,
            MemberSince = pseudonymised ? null : actor.MemberSince,
            ContactUserId = actor.ContactUserId,
            // Which kind of protection applies is itself confidential (bedreigd, minderjarig): shown as afgeschermd.
            Protection = pseudonymised ? ProtectionLevel.Afgeschermd : actor.Protection,
            Influence = SeesJudgements && !pseudonymised ? actor.Influence : "",
            Stance = SeesJudgements && !pseudonymised ? actor.Stance : Stance.Onbekend,
            Version = actor.Version,
            CreatedAt = actor.CreatedAt,
            UpdatedAt = actor.UpdatedAt,
        };
        return new ActorView(copy, pseudonymised, SeesJudgements && !pseudonymised);
    }

    /// <summary>The reader's network access, or the status to answer (NotFound for an approach they may not see).</summary>
    public static async Task<(ResultStatus Status, NetworkAccess? Access)> ResolveAsync(ApproachService approaches, Guid approachId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(approaches);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return (ResultStatus.NotFound, null);
        // The Partner level needs membership: the Beheerder's oversight (ViewPlan without membership) does not
        // reach the register of persons.
        var level = access.Has(ApproachPermission.ViewStories) ? NetworkReadLevel.Team
            : access.MyRole is not null && access.Has(ApproachPermission.ViewPlan) ? NetworkReadLevel.Partner
            : NetworkReadLevel.None;
        var network = new NetworkAccess(approachId, actor, level,
            level == NetworkReadLevel.Team && access.Has(ApproachPermission.Edit), access.Has(ApproachPermission.ManageMembers));
        return (level == NetworkReadLevel.None ? ResultStatus.Forbidden : ResultStatus.Ok, network);
    }
}

/// <summary>An actor as one reader may see it. <c>Pseudonymised</c>: the name and personal details are replaced.</summary>
public sealed record ActorView(NetworkActor Actor, bool Pseudonymised, bool ShowsJudgements);
