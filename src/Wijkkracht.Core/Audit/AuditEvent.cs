namespace Wijkkracht.Core.Audit;

/// <summary>
/// One append-only audit row: who did what to which record, when, for which approach. The database refuses updates
/// and deletes (trigger on SQLite; trigger and revoked privileges on PostgreSQL).
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    /// <summary>Null only for events before a tenant is known (e.g. a failed sign-in for an unknown account).</summary>
    public Guid? OrganisationId { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? ActorUserId { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string? EntityId { get; set; }

    public Guid? ApproachId { get; set; }

    /// <summary>A short Dutch description.</summary>
    public string Summary { get; set; } = "";

    /// <summary>JSON with "before" and "after" values of changed fields (secrets and hashes left out).</summary>
    public string? Changes { get; set; }
}

/// <summary>Audit action names.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string View = "view";
    public const string Export = "export";

    /// <summary>A protected person's identity shown to a reader without need-to-know, with the reason they gave.</summary>
    public const string Reveal = "reveal";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";

    /// <summary>A retention run anonymised or deleted records of one type (counts only; issue 14 §6).</summary>
    public const string Retention = "retention";
}
