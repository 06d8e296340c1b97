using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Data;

/// <summary>
/// Optimistic concurrency in one place: the "version missing" check and the save that compares the version the user
/// read with the stored one, turning a concurrent change into a <see cref="ResultStatus.Conflict"/> result.
/// </summary>
public static class VersionedSave
{
    public const string MissingVersion = "De versie ontbreekt; laad de pagina opnieuw.";

    /// <summary>The Invalid result for a change sent without the version it was based on; null when it has one.</summary>
    public static Result<T>? MissingVersionResult<T>(Guid? version, string field = nameof(IVersioned.Version)) =>
        version is null ? Result<T>.Invalid(field, MissingVersion) : null;

    /// <summary>Adds the "version missing" error when <paramref name="version"/> is null.</summary>
    public static void RequireVersion(this ValidationErrors errors, Guid? version, string field = nameof(IVersioned.Version))
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (version is null)
            errors.Add(field, MissingVersion);
    }

    /// <summary>
    /// Saves all changes with <paramref name="entity"/>'s version checked against <paramref name="expectedVersion"/>:
    /// Ok with <paramref name="value"/>, or Conflict with the Dutch message when someone else saved in between.
    /// </summary>
    public static async Task<Result<T>> SaveVersionedAsync<T>(this DbContext db, IVersioned entity, Guid expectedVersion, T value, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<T>.Conflict(Messages.ConcurrencyConflict);
        }

        return Result<T>.Ok(value);
    }
}
