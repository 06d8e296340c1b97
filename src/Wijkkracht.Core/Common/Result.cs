namespace Wijkkracht.Core.Common;

/// <summary>How a feature-service call ended.</summary>
public enum ResultStatus
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>Field errors keyed by input property name, with Dutch messages.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>The outcome of a feature-service call: a value, or why there is none.</summary>
public sealed class Result<T>
{
    private Result(ResultStatus status, T? value, IReadOnlyDictionary<string, string[]>? errors, string? message)
    {
        Status = status;
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>();
        Message = message;
    }

    public ResultStatus Status { get; }

    public T? Value { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>A Dutch message for the user (conflicts, forbidden).</summary>
    public string? Message { get; }

    public bool IsOk => Status == ResultStatus.Ok;

    public static Result<T> Ok(T value) => new(ResultStatus.Ok, value, null, null);

    public static Result<T> Invalid(ValidationErrors errors) => new(ResultStatus.Invalid, default, errors.ToDictionary(), "Controleer de gemarkeerde velden.");

    public static Result<T> Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }

    public static Result<T> NotFound() => new(ResultStatus.NotFound, default, null, "Niet gevonden.");

    public static Result<T> Conflict(string message) => new(ResultStatus.Conflict, default, null, message);

    public static Result<T> Forbidden(string message) => new(ResultStatus.Forbidden, default, null, message);

    /// <summary>The failure for an access check that did not return <see cref="ResultStatus.Ok"/>.</summary>
    public static Result<T> Denied(ResultStatus access) =>
        access == ResultStatus.NotFound ? NotFound() : Forbidden("U heeft in deze aanpak geen recht op deze handeling.");
}

/// <summary>Shared Dutch messages.</summary>
public static class Messages
{
    public const string ConcurrencyConflict =
        "Iemand anders heeft dit intussen gewijzigd. Uw invoer staat hieronder nog; bekijk de nieuwste versie en sla opnieuw op.";
}
