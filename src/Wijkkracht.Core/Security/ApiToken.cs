using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Security;

/// <summary>A personal access token for the API. Only a SHA-256 hash of the secret is stored.</summary>
public sealed class ApiToken : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public AppUser? User { get; set; }

    public string Name { get; set; } = "";

    /// <summary>First characters of the token, shown in the UI to recognise it.</summary>
    public string Prefix { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
