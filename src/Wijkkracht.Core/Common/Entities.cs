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

/// <summary>
/// An audited record that can be confidential: while it is (or was, before this change) protected, the values of
/// <see cref="ProtectedAuditFields"/> are written to the audit log as a marker instead of their content, so the audit
/// view never shows who a protected person is (issue 12: pseudonymised "in the activity in the audit view").
/// </summary>
public interface IProtectedInAudit
{
    IReadOnlyCollection<string> ProtectedAuditFields { get; }

    /// <summary>The marker written instead of a protected value (a pseudonym for the name).</summary>
    string AuditMarker(string field);

    /// <summary>Whether the record is protected now, or was before this change (<paramref name="original"/> reads original values by property name).</summary>
    bool IsProtectedInAudit(Func<string, object?> original);
}
