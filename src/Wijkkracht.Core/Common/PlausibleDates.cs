namespace Wijkkracht.Core.Common;

/// <summary>What a date means, which decides its plausible range.</summary>
public enum DateMeaning
{
    /// <summary>Something that happened (a decision, a check, a result achieved): from 2000 up to today.</summary>
    Happened,

    /// <summary>Something planned (a target date, a deadline): from 2000 up to 20 years from today.</summary>
    Planned,
}

/// <summary>The one plausible-date rule for every date a user enters.</summary>
public static class PlausibleDates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public const int YearsAhead = 20;

    public static DateOnly Latest(DateMeaning meaning, DateOnly today) =>
        meaning == DateMeaning.Happened ? today : today.AddYears(YearsAhead);

    /// <summary>A Dutch message when <paramref name="date"/> is outside the plausible range for its meaning; null when it is fine.</summary>
    public static string? Check(DateOnly date, DateMeaning meaning, DateOnly today)
    {
        if (date < Earliest)
            return $"Deze datum ligt vóór {Earliest:d-M-yyyy}. Controleer het jaartal.";
        if (date > Latest(meaning, today))
        {
            return meaning == DateMeaning.Happened
                ? "Deze datum ligt in de toekomst. Vul de datum in waarop het is gebeurd."
                : $"Deze datum ligt meer dan {YearsAhead} jaar in de toekomst. Controleer het jaartal.";
        }

        return null;
    }

    /// <summary>Adds the message of <see cref="Check"/> to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public static void Validate(ValidationErrors errors, string field, DateOnly? date, DateMeaning meaning, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (date is { } value && Check(value, meaning, today) is { } message)
            errors.Add(field, message);
    }

    /// <summary>Today's date in the server's local time zone.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetLocalNow().DateTime);
    }
}
