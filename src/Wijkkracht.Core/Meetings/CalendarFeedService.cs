using System.Security.Cryptography;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Meetings;

/// <summary>A feed address just made: <see cref="Secret"/> is shown once and never stored.</summary>
public sealed record CreatedCalendarFeed(CalendarFeedToken Token, string Secret);

/// <summary>
/// iCalendar feeds (RFC 5545) of an approach's meetings, rhythm and agreement due dates (issue 13 §4), and the personal
/// secret feed address a member subscribes to in their own calendar app. A feed holds only what the reader may see, and
/// no notes or attendees: kind, title, place and time of meetings, and what an open agreement is with its due date.
/// Every fetch is audited. Rhythms are written as one recurring event (RRULE) without the dates on which a meeting of the
/// same kind was recorded (EXDATE); the recorded meeting is its own event.
/// </summary>
public sealed class CalendarFeedService(
    WijkkrachtDbContext db, ApproachService approaches, MeetingRhythmService rhythm, AuditService audit, TimeProvider time)
{
    public const string ContentType = "text/calendar";
    public const string TimeZoneId = "Europe/Amsterdam";
    public const string SecretPrefix = "wkcal_";

    /// <summary>Days before today that a feed still lists recorded meetings and agreements.</summary>
    public const int DaysBack = 90;

    /// <summary>Days after today that a feed lists recorded meetings and agreements.</summary>
    public const int DaysAhead = 365;

    public Task<CalendarFeedToken?> CurrentAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.Set<CalendarFeedToken>().AsNoTracking().FirstOrDefaultAsync(t => t.UserId == actor.UserId, ct);
    }

    /// <summary>Makes a new secret feed address for the actor; an earlier address stops working.</summary>
    public async Task<CreatedCalendarFeed> ResetAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = await db.Set<CalendarFeedToken>().FirstOrDefaultAsync(t => t.UserId == actor.UserId, ct);
        if (token is null)
        {
            token = new CalendarFeedToken { UserId = actor.UserId };
            db.Add(token);
        }

        token.TokenHash = ApiTokenService.Hash(secret);
        token.CreatedAt = time.GetUtcNow();
        token.LastUsedAt = null;
        audit.Add(actor, AuditActions.Update, nameof(CalendarFeedToken), token.Id.ToString(), null, "Persoonlijke agenda-link (opnieuw) gemaakt");
        await db.SaveChangesAsync(ct);
        return new CreatedCalendarFeed(token, secret);
    }

    /// <summary>Removes the actor's feed address; calendar apps that use it get nothing more.</summary>
    public async Task<bool> RemoveAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var token = await db.Set<CalendarFeedToken>().FirstOrDefaultAsync(t => t.UserId == actor.UserId, ct);
        if (token is null)
            return false;
        db.Remove(token);
        audit.Add(actor, AuditActions.Delete, nameof(CalendarFeedToken), token.Id.ToString(), null, "Persoonlijke agenda-link verwijderd");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The active user behind a feed secret, across tenants (the tenant is not known yet); null when unknown or inactive.</summary>
    public async Task<AppUser?> AuthenticateAsync(string secret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
            return null;
        var hash = ApiTokenService.Hash(secret);
        var token = await db.Set<CalendarFeedToken>().IgnoreQueryFilters().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null)
            return null;
        var user = await db.Users.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.Id == token.UserId && u.OrganisationId == token.OrganisationId, ct);
        if (user is not { IsActive: true })
            return null;
        return user;
    }

    /// <summary>Notes that the actor's feed address was used (at most once an hour), after the tenant is known.</summary>
    public async Task MarkUsedAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var token = await db.Set<CalendarFeedToken>().FirstOrDefaultAsync(t => t.UserId == actor.UserId, ct);
        var now = time.GetUtcNow();
        if (token is not null && (token.LastUsedAt is not { } used || now - used > TimeSpan.FromHours(1)))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The feed of one approach; NotFound when the actor may not see it.</summary>
    public async Task<Result<string>> ApproachFeedAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var approach = await approaches.Visible(actor).AsNoTracking().Where(a => a.Id == approachId).Select(a => new { a.Id, a.Title }).FirstOrDefaultAsync(ct);
        if (approach is null)
            return Result<string>.NotFound();
        var calendar = NewCalendar("Wijkkracht: " + approach.Title);
        if (await AddApproachAsync(calendar, approach.Id, approach.Title, actor, prefixTitle: false, ct) is { } denied)
            return Result<string>.Denied(denied);
        audit.Add(actor, AuditActions.View, nameof(CalendarFeedToken), null, approachId, "Agenda van de aanpak opgehaald (iCalendar)");
        await db.SaveChangesAsync(ct);
        return Result<string>.Ok(Serialize(calendar));
    }

    /// <summary>The feed of every active approach the actor is a member of, each event prefixed with the approach's title.</summary>
    public async Task<string> PersonalFeedAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var mine = await db.ApproachMembers.AsNoTracking().Where(m => m.UserId == actor.UserId).Select(m => m.ApproachId).ToListAsync(ct);
        var list = await approaches.Visible(actor).AsNoTracking().Where(a => mine.Contains(a.Id) && a.Status != ApproachStatus.Afgerond)
            .OrderBy(a => a.Title).Select(a => new { a.Id, a.Title }).ToListAsync(ct);
        var calendar = NewCalendar("Wijkkracht: mijn aanpakken");
        foreach (var approach in list)
            await AddApproachAsync(calendar, approach.Id, approach.Title, actor, prefixTitle: true, ct);
        audit.Add(actor, AuditActions.View, nameof(CalendarFeedToken), null, null, $"Persoonlijke agenda opgehaald (iCalendar, {list.Count} aanpakken)");
        await db.SaveChangesAsync(ct);
        return Serialize(calendar);
    }

    private static Calendar NewCalendar(string name)
    {
        var calendar = new Calendar { ProductId = "-//Wijkkracht//Wijkaanpak//NL", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", TextInput.Clean(name));
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId));
        return calendar;
    }

    private async Task<ResultStatus?> AddApproachAsync(Calendar calendar, Guid approachId, string approachTitle, Actor actor, bool prefixTitle, CancellationToken ct)
    {
        var today = PlausibleDates.Today(time);
        var from = today.AddDays(-DaysBack);
        var to = today.AddDays(DaysAhead);
        var rhythms = await rhythm.ListAsync(approachId, actor, ct);
        if (!rhythms.IsOk)
            return rhythms.Status;
        var entries = await rhythm.CalendarAsync(approachId, from, to, actor, ct);
        if (!entries.IsOk)
            return entries.Status;
        var stamp = new CalDateTime(time.GetUtcNow().UtcDateTime);
        string Title(string title) => TextInput.Clean(prefixTitle ? $"{title} ({approachTitle})" : title);

        foreach (var r in rhythms.Value!)
        {
            var first = new CalDateTime(r.FirstDate, r.StartTime, TimeZoneId);
            var pattern = new RecurrencePattern(RhythmDates.IsWeekly(r.Frequency) ? FrequencyType.Weekly : FrequencyType.Monthly, RhythmDates.Interval(r.Frequency));
            if (r.UntilDate is { } until)
                pattern.Until = new CalDateTime(TimeZoneInfo.ConvertTimeToUtc(until.ToDateTime(r.StartTime), DutchTimeProvider.Zone), "UTC");
            var evt = new CalendarEvent
            {
                Uid = $"rhythm-{r.Id}@wijkkracht",
                DtStamp = stamp,
                Summary = Title(r.Title),
                Description = $"{MeetingLabels.For(r.Kind)}, {RhythmLabels.For(r.Frequency).ToLowerInvariant()}.",
                Location = r.Place.Length > 0 ? TextInput.Clean(r.Place) : null,
                DtStart = first,
                DtEnd = new CalDateTime(r.FirstDate, r.EndTime, TimeZoneId),
            };
            evt.RecurrenceRule = pattern;
            foreach (var skipped in entries.Value!.Where(e => e.Kind == CalendarEntryKind.Ritme && e.Id == r.Id && e.Recorded))
                evt.ExceptionDates.Add(new CalDateTime(skipped.Date, r.StartTime, TimeZoneId));
            calendar.Events.Add(evt);
        }

        foreach (var e in entries.Value!.Where(e => e.Kind != CalendarEntryKind.Ritme))
        {
            var evt = new CalendarEvent
            {
                Uid = $"{(e.Kind == CalendarEntryKind.Bijeenkomst ? "meeting" : "agreement")}-{e.Id}@wijkkracht",
                DtStamp = stamp,
                Summary = Title(e.Kind == CalendarEntryKind.Afspraak ? "Deadline: " + e.Title : e.Title),
                Description = TextInput.Clean(e.What),
                Location = e.Place.Length > 0 ? TextInput.Clean(e.Place) : null,
            };
            if (e.Start is { } start)
            {
                evt.DtStart = new CalDateTime(e.Date, start, TimeZoneId);
                evt.DtEnd = new CalDateTime(e.Date, e.End is { } end && end > start ? end : start.AddHours(1), TimeZoneId);
            }
            else
            {
                evt.DtStart = new CalDateTime(e.Date);
                evt.DtEnd = new CalDateTime(e.Date.AddDays(1));
            }

            calendar.Events.Add(evt);
        }

        return null;
    }

    private static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";
}
