using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Reports;

/// <summary>The reporting period of a progress report: from and to, both inclusive.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period one report may cover.</summary>
    public const int MaxYears = 2;

    /// <summary>Without a previous report: the last three months.</summary>
    public const int DefaultMonths = 3;

    /// <summary>The start as a moment (local midnight of <see cref="From"/>).</summary>
    public DateTimeOffset Start(TimeZoneInfo zone) => At(From, zone);

    /// <summary>The end as a moment (local midnight after <see cref="To"/>).</summary>
    public DateTimeOffset End(TimeZoneInfo zone) => At(To.AddDays(1), zone);

    public string Label => $"{From.ToString("d MMMM yyyy", Nl)} tot en met {To.ToString("d MMMM yyyy", Nl)}";

    /// <summary>
    /// The default period: from the day of the previous progress report (if any, and not today) or else three months
    /// back, up to today.
    /// </summary>
    public static ReportPeriod Default(DateOnly today, DateOnly? previousReport) =>
        new(previousReport is { } previous && previous < today && previous >= today.AddYears(-MaxYears) ? previous : today.AddMonths(-DefaultMonths), today);

    /// <summary>
    /// Checks a period the user chose. Either date may be left out (then <paramref name="fallback"/> fills it). Dutch
    /// messages per field ("Van", "Tot").
    /// </summary>
    public static Result<ReportPeriod> Validate(DateOnly? from, DateOnly? to, DateOnly today, ReportPeriod fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var start = from ?? fallback.From;
        var end = to ?? fallback.To;
        var errors = new ValidationErrors();
        if (start > today)
            errors.Add("Van", "De begindatum ligt in de toekomst. Kies vandaag of een eerdere dag.");
        else if (PlausibleDates.Check(start, DateMeaning.Happened, today) is { } fromMessage)
            errors.Add("Van", fromMessage);
        if (end > today)
            errors.Add("Tot", "De einddatum ligt in de toekomst. Kies vandaag of een eerdere dag.");
        else if (PlausibleDates.Check(end, DateMeaning.Happened, today) is { } toMessage)
            errors.Add("Tot", toMessage);
        if (!errors.Any && start > end)
            errors.Add("Van", "De begindatum ligt na de einddatum. Kies een begindatum vóór de einddatum.");
        if (!errors.Any && start < end.AddYears(-MaxYears))
            errors.Add("Van", $"Een rapportage gaat over hooguit {MaxYears} jaar. Kies een latere begindatum.");
        return errors.Any ? Result<ReportPeriod>.Invalid(errors) : Result<ReportPeriod>.Ok(new ReportPeriod(start, end));
    }

    private static DateTimeOffset At(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static readonly System.Globalization.CultureInfo Nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
}
