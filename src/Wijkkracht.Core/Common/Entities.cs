namespace Wijkkracht.Core.Common;

/// <summary>An entity that belongs to exactly one organisation (tenant). A global query filter hides other tenants' rows.</summary>
public interface ITenantOwned
{
    /// <summary>The owning organisation. Set by the DbContext on insert; never taken from user input.</summary>
    Guid OrganisationId { get; set; }
}

/// <summary>An editable entity with an optimistic-concurrency token that changes on every save.</summary>
public interface IVersioned
{
    /// <summary>Concurrency token; a new value is assigned on every update.</summary>
    Guid Version { get; set; }
}

/// <summary>An entity with created/updated timestamps stamped from <see cref="TimeProvider"/>.</summary>
public interface ITimestamped
{
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Changes to this entity are written to the audit log (before/after) in the same transaction.</summary>
public interface IAudited
{
    Guid Id { get; }
}

/// <summary>An audited entity that belongs to an approach; its audit events carry the approach id.</summary>
public interface IApproachScoped
{
    Guid ApproachId { get; }
}

/// <summary>
/// A dependent row (such as a link in a join table) whose changes are recorded in the audit event of the audited entity
/// that holds the collection navigation to it, like owned entities are.
/// </summary>
public interface IAuditedPart;
