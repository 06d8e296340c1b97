using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;

namespace Wijkkracht.Core.Security;

/// <summary>Input for a new personal access token.</summary>
public sealed class ApiTokenInput
{
    public string? Name { get; set; }

    /// <summary>Days until the token expires (1–366).</summary>
    public int? ExpiresInDays { get; set; } = 90;
}

/// <summary>A token just created: <see cref="Secret"/> is shown once and never stored.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);

/// <summary>Personal access tokens ("wk_" + 32 random bytes, base64url). Stored as SHA-256 hashes.</summary>
public sealed class ApiTokenService(WijkkrachtDbContext db, TimeProvider time)
{
    public const string TokenPrefix = "wk_";

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public Task<List<ApiToken>> ListOwnAsync(Actor actor, CancellationToken ct = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    public async Task<Result<CreatedApiToken>> CreateAsync(ApiTokenInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.UseApiTokens))
            return Result<CreatedApiToken>.Forbidden("U mag geen API-tokens maken.");

        var errors = new ValidationErrors();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            errors.Add(nameof(ApiTokenInput.Name), "Geef het token een naam, zodat u het later herkent.");
        else if (name.Length > 100)
            errors.Add(nameof(ApiTokenInput.Name), "De naam mag maximaal 100 tekens lang zijn.");
        if (input.ExpiresInDays is not (>= 1 and <= 366))
            errors.Add(nameof(ApiTokenInput.ExpiresInDays), "Kies een geldigheid van 1 tot 366 dagen.");
        if (errors.Any)
            return Result<CreatedApiToken>.Invalid(errors);

        var secret = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var token = new ApiToken
        {
            UserId = actor.UserId,
            Name = name!,
            Prefix = secret[..10],
            TokenHash = Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(input.ExpiresInDays!.Value),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return Result<CreatedApiToken>.Ok(new CreatedApiToken(token, secret));
    }

    public async Task<Result<bool>> RevokeAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, ct);
        if (token is null)
            return Result<bool>.NotFound();
        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>A user's tokens, for the Beheerder of the same organisation. Another organisation's user is not found.</summary>
    public async Task<Result<List<ApiToken>>> ListForUserAsync(Guid userId, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.OrganisationId == actor.OrganisationId, ct))
            return Result<List<ApiToken>>.NotFound();
        if (!actor.Can(Permission.ManageUsers))
            return Result<List<ApiToken>>.Forbidden("Alleen een beheerder kan tokens van anderen zien.");
        var list = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId && t.OrganisationId == actor.OrganisationId)
            .OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
        return Result<List<ApiToken>>.Ok(list);
    }

    /// <summary>Revokes one token of a user of the Beheerder's organisation.</summary>
    public async Task<Result<bool>> RevokeForUserAsync(Guid userId, Guid tokenId, Actor actor, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.OrganisationId == actor.OrganisationId, ct);
        if (token is null)
            return Result<bool>.NotFound();
        if (!actor.Can(Permission.ManageUsers))
            return Result<bool>.Forbidden("Alleen een beheerder kan tokens van anderen intrekken.");
        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Revokes every active token of the actor (after a password change). Returns how many were revoked.</summary>
    public async Task<int> RevokeAllOwnAsync(Actor actor, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var active = await db.ApiTokens.Where(t => t.UserId == actor.UserId && t.RevokedAt == null).ToListAsync(ct);
        foreach (var token in active)
            token.RevokedAt = now;
        await db.SaveChangesAsync(ct);
        return active.Count;
    }

    /// <summary>
    /// Finds the active user behind a bearer token, across tenants (the tenant is not known yet). Returns null for an
    /// unknown, revoked or expired token, or an inactive user.
    /// </summary>
    public async Task<AppUser?> AuthenticateAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 100)
            return null;
        var hash = Hash(secret);
        var now = time.GetUtcNow();
        var token = await db.ApiTokens.IgnoreQueryFilters().Include(t => t.User)
            .FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token?.User is null || token.RevokedAt is not null || (token.ExpiresAt is { } exp && exp <= now) || !token.User.IsActive)
            return null;
        return token.User;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
