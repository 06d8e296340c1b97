using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Conversations;

/// <summary>
/// Issue 13 §4: the rhythm of meetings (core team only), the approach's calendar (rhythm dates, recorded meetings and
/// agreement due dates as each reader may see them) and the iCalendar feeds: the approach feed with an API token and the
/// personal secret address that can be reset. Every .ics is checked against RFC 5545's rules and parsed back. Both providers.
/// </summary>
public sealed partial class CalendarTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Wijkkracht.Core.Common.DutchTimeProvider.Zone).DateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    [Fact]
    public void RhythmDates_WeeklyAndQuarterly_FollowTheFirstDateUntilTheEnd()
    {
        var weekly = new MeetingRhythm { FirstDate = new DateOnly(2026, 3, 4), Frequency = RhythmFrequency.Wekelijks, UntilDate = new DateOnly(2026, 3, 25) };
        Assert.Equal([new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 25)], weekly.Dates(new DateOnly(2026, 3, 12), new DateOnly(2026, 6, 1)).ToList());
        var quarterly = new MeetingRhythm { FirstDate = new DateOnly(2026, 1, 28), Frequency = RhythmFrequency.PerKwartaal };
        Assert.Equal([new DateOnly(2026, 1, 28), new DateOnly(2026, 4, 28), new DateOnly(2026, 7, 28)], quarterly.Dates(new DateOnly(2026, 1, 1), new DateOnly(2026, 9, 30)).ToList());
        var halfYear = new MeetingRhythm { FirstDate = new DateOnly(2026, 2, 3), Frequency = RhythmFrequency.Halfjaarlijks };
        Assert.Equal([new DateOnly(2026, 8, 3), new DateOnly(2027, 2, 3)], halfYear.Dates(new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1)).ToList());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rhythm_ByRole_OnlyTheCoreTeamSetsItAndBadDatesAreRefusedInDutch(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Ritme-rol");
        var url = $"/api/v1/approaches/{approach.Id}/rhythms";
        var body = new { kind = "Koffietafel", title = "Koffietafel op het plein", frequency = "Wekelijks", firstDate = Iso(Today), startTime = "14:00", endTime = "16:00" };
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Wijkverbinder, "POST", url, body, HttpStatusCode.Created),
            (OrgRole.Partner, "POST", url, body, HttpStatusCode.Forbidden),
            (OrgRole.Netwerklid, "POST", url, body, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "POST", url + "/guide", null, HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b, [(OrgRole.Coordinator, "GET", url, null, HttpStatusCode.NotFound), (OrgRole.Coordinator, "POST", url, body, HttpStatusCode.NotFound)]));
        Assert.Empty(failures);

        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var day31 = await api.PostAsJsonAsync(url, new { kind = "Leerbijeenkomst", title = "Leren", frequency = "PerKwartaal", firstDate = "2026-12-31", startTime = "19:30", endTime = "21:00" });
        Assert.Equal(HttpStatusCode.BadRequest, day31.StatusCode);
        Assert.Contains("tot en met de 28e", await day31.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var backwards = await api.PostAsJsonAsync(url, new { kind = "Leerbijeenkomst", title = "Leren", frequency = "PerKwartaal", firstDate = Iso(Today), startTime = "21:00", endTime = "19:30" });
        Assert.Contains("De eindtijd ligt na de begintijd", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badTime = await api.PostAsJsonAsync(url, new { kind = "Leerbijeenkomst", title = "Leren", frequency = "PerKwartaal", firstDate = Iso(Today), startTime = "half acht", endTime = "21:00" });
        Assert.Equal("application/problem+json", badTime.Content.Headers.ContentType?.MediaType);

        // The guide's rhythm adds the two kinds still missing (the koffietafel exists), and nothing the second time.
        var guide = Json(await (await api.PostAsync(url + "/guide", null)).Content.ReadAsStringAsync());
        Assert.Equal(["Focusbijeenkomst", "Leerbijeenkomst"], guide.EnumerateArray().Select(r => r.GetProperty("kind").GetString()!).Order().ToArray());
        Assert.Equal("Halfjaarlijks", guide.EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "Focusbijeenkomst").GetProperty("frequency").GetString());
        Assert.Equal(0, Json(await (await api.PostAsync(url + "/guide", null)).Content.ReadAsStringAsync()).GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Calendar_WithRhythmMeetingAndAgreements_ShowsWhatEachReaderMaySee(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Kalender");
        var core = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var baseUrl = $"/api/v1/approaches/{approach.Id}";
        var start = Today.AddDays(1);
        var coffee = Json(await (await core.PostAsJsonAsync($"{baseUrl}/rhythms", new { kind = "Koffietafel", title = "Koffietafel", frequency = "Wekelijks", firstDate = Iso(start), startTime = "14:00", endTime = "16:00", visibility = new { level = "Netwerk" } })).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await core.PostAsJsonAsync($"{baseUrl}/rhythms", new { kind = "Focusbijeenkomst", title = "Focus voor partners", frequency = "Halfjaarlijks", firstDate = Iso(start), startTime = "19:30", endTime = "21:30" })).StatusCode);
        var held = Json(await (await core.PostAsJsonAsync($"{baseUrl}/meetings", new { kind = "Koffietafel", title = "Koffietafel met de wethouder", date = Iso(start.AddDays(7)), startTime = "14:00", endTime = "16:00", place = "Europaplein" })).Content.ReadAsStringAsync());
        var meetingId = held.GetProperty("id").GetGuid();
        var resident = a.Users[OrgRole.Netwerklid];
        Assert.Equal(HttpStatusCode.Created, (await core.PostAsJsonAsync($"{baseUrl}/meetings/{meetingId}/agreements", new { what = "Flyers rondbrengen", ownerUserId = resident.Id, dueDate = Iso(start.AddDays(3)) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await core.PostAsJsonAsync($"{baseUrl}/meetings/{meetingId}/agreements", new { what = "Vergunning aanvragen", ownerName = "gemeente", dueDate = Iso(start.AddDays(4)) })).StatusCode);

        var entries = Json(await core.GetStringAsync($"{baseUrl}/calendar?from={Iso(start)}&to={Iso(start.AddDays(20))}")).EnumerateArray().ToList();
        Assert.Equal(3, entries.Count(e => e.GetProperty("kind").GetString() == "Ritme" && e.GetProperty("title").GetString() == "Koffietafel"));
        Assert.True(entries.Single(e => e.GetProperty("kind").GetString() == "Ritme" && e.GetProperty("date").GetString() == Iso(start.AddDays(7))).GetProperty("recorded").GetBoolean());
        Assert.Single(entries, e => e.GetProperty("title").GetString() == "Focus voor partners");
        Assert.Single(entries, e => e.GetProperty("kind").GetString() == "Bijeenkomst");
        Assert.Equal(2, entries.Count(e => e.GetProperty("kind").GetString() == "Afspraak"));

        // The resident sees the koffietafel (open to the network) and their own agreement; not the partners' focus meeting, the meeting they do not attend, or others' agreements.
        var theirs = await (await app.SignedInClientAsync(resident)).GetStringAsync($"/aanpakken/{approach.Id}/kalender?weken=4");
        Assert.Contains("Koffietafel", theirs, StringComparison.Ordinal);
        Assert.Contains("Flyers rondbrengen", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Focus voor partners", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Vergunning aanvragen", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Koffietafel met de wethouder", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Ritme uit de handreiking toevoegen", theirs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await core.GetAsync($"{baseUrl}/calendar?from={Iso(start)}&to={Iso(start.AddDays(600))}")).StatusCode);
        Assert.Equal(coffee.GetProperty("id").GetGuid(), entries.First(e => e.GetProperty("kind").GetString() == "Ritme").GetProperty("id").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApproachFeed_WithRhythmAndRecordedMeeting_IsValidRfc5545WithTheRecordedDateExcluded(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Agenda-feed");
        var core = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var baseUrl = $"/api/v1/approaches/{approach.Id}";
        var start = Today.AddDays(2);
        Assert.Equal(HttpStatusCode.Created, (await core.PostAsJsonAsync($"{baseUrl}/rhythms", new { kind = "Koffietafel", title = "Koffietafel, met koffie; en thee", frequency = "Wekelijks", firstDate = Iso(start), untilDate = Iso(start.AddDays(28)), startTime = "14:00", endTime = "16:00", place = "Europaplein 1, Demostad" })).StatusCode);
        var meeting = Json(await (await core.PostAsJsonAsync($"{baseUrl}/meetings", new { kind = "Koffietafel", title = "Koffietafel met de wijkagent", date = Iso(start.AddDays(14)), startTime = "14:00", endTime = "16:00", place = "Europaplein" })).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await core.PostAsJsonAsync($"{baseUrl}/meetings/{meeting.GetProperty("id").GetGuid()}/agreements", new { what = "Een lange afspraak over het ophalen van zwerfafval rond het winkelcentrum en de speeltuin aan de westkant", ownerName = "bewonerscommissie", dueDate = Iso(start.AddDays(5)) })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await core.PostAsJsonAsync($"{baseUrl}/meetings", new { kind = "Bewonersavond", date = Iso(start.AddDays(3)), place = "Buurthuis" })).StatusCode);
        var untitled = Json(await core.GetStringAsync($"{baseUrl}/calendar?from={Iso(start)}&to={Iso(start.AddDays(5))}")).EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "Bijeenkomst");
        Assert.Equal("Bewonersavond", untitled.GetProperty("title").GetString());

        var response = await core.GetAsync($"{baseUrl}/meetings.ics");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Empty(Rfc5545Problems(ics));
        Assert.Contains("RRULE:FREQ=WEEKLY", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Koffietafel\\, met koffie\\; en thee", ics, StringComparison.Ordinal);

        var calendar = Ical.Net.Calendar.Load(ics)!;
        var rhythm = calendar.Events.Single(e => e.RecurrenceRule is not null);
        var dates = rhythm.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(start.AddDays(-1).ToDateTime(TimeOnly.MinValue)))
            .TakeWhile(o => o.Period.StartTime.Date <= start.AddDays(60)).Select(o => o.Period.StartTime.Date).ToList();
        Assert.Equal([start, start.AddDays(7), start.AddDays(21), start.AddDays(28)], dates);
        var agreement = calendar.Events.Single(e => e.Summary!.StartsWith("Deadline", StringComparison.Ordinal));
        Assert.False(agreement.DtStart!.HasTime);
        Assert.Equal(start.AddDays(5), agreement.DtStart.Date);
        Assert.Single(calendar.Events, e => e.Summary == "Koffietafel met de wijkagent" && e.DtStart!.TzId == CalendarFeedService.TimeZoneId);
        Assert.Single(calendar.Events, e => e.Summary == "Bewonersavond" && !e.DtStart!.HasTime);

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiClientAsync(b.Users[OrgRole.Coordinator])).GetAsync($"{baseUrl}/meetings.ics")).StatusCode);
        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.CountAsync(e => e.ApproachId == approach.Id && e.EntityType == nameof(CalendarFeedToken)), a.Organisation.Id);
        Assert.Equal(1, audited);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PersonalFeed_MadeOnTheCalendarPage_WorksWithoutSignInUntilItIsReset(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Persoonlijke agenda");
        var core = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var baseUrl = $"/api/v1/approaches/{approach.Id}";
        var title = "Koffietafel " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Created, (await core.PostAsJsonAsync($"{baseUrl}/rhythms", new { kind = "Koffietafel", title, frequency = "Wekelijks", firstDate = Iso(Today), startTime = "14:00", endTime = "16:00", visibility = new { level = "Netwerk" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await core.PostAsJsonAsync($"{baseUrl}/rhythms", new { kind = "Focusbijeenkomst", title = "Alleen partners", frequency = "Halfjaarlijks", firstDate = Iso(Today), startTime = "19:00", endTime = "21:00" })).StatusCode);

        // A network member (no API tokens) makes the link on the calendar page; it is shown once.
        var resident = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var page = $"/aanpakken/{approach.Id}/kalender";
        var made = await TestApp.PostFormAsync(resident, page, [], page + "?handler=Link");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var html = await resident.GetStringAsync(page);
        var url = FeedUrl().Match(html);
        Assert.True(url.Success, "the page shows the new link");
        Assert.DoesNotMatch(FeedUrl(), await resident.GetStringAsync(page));

        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var feed = await anonymous.GetAsync(url.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var ics = await feed.Content.ReadAsStringAsync();
        Assert.Empty(Rfc5545Problems(ics));
        Assert.Contains(title, ics, StringComparison.Ordinal);
        Assert.Contains(approach.Title, ics, StringComparison.Ordinal);
        Assert.DoesNotContain("Alleen partners", ics, StringComparison.Ordinal);
        var secret = url.Groups[2].Value;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/feeds/{secret}/approaches/{approach.Id}/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/feeds/{secret}/approaches/{b.Approach.Id}/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/feeds/wkcal_bestaatniet/calendar.ics")).StatusCode);

        // A reset makes the old link stop working.
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(resident, page, [], page + "?handler=Link")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url.Groups[1].Value)).StatusCode);
        var fresh = FeedUrl().Match(await resident.GetStringAsync(page));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(fresh.Groups[1].Value)).StatusCode);
        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.CountAsync(e => e.ActorUserId == a.Users[OrgRole.Netwerklid].Id && e.EntityType == nameof(CalendarFeedToken) && e.Action == AuditActions.View), a.Organisation.Id);
        Assert.Equal(3, audited);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoStepsAndRhythm_Seed_GiveDoneStepsWithEvidenceAndAWeeklyKoffietafel(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Demo-stappen");
        var coordinator = a.Users[OrgRole.Coordinator].Id;
        await app.InScopeAsync(async (_, db) =>
        {
            var experiments = await Wijkkracht.Core.Demo.DemoActions.AddAsync(db, a.Organisation.Id, approach.Id, Today, coordinator, a.Users[OrgRole.Wijkverbinder].Id, a.Users[OrgRole.Partner].Id, default);
            Wijkkracht.Core.Demo.DemoSteps.Add(db, a.Organisation.Id, approach.Id, Today, experiments);
            Wijkkracht.Core.Demo.DemoRhythmAndResistance.Add(db, a.Organisation.Id, approach.Id, Today, coordinator, a.Users[OrgRole.Wijkverbinder].Id, experiments);
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);

        var evidence = await app.InScopeAsync((_, db) => db.Set<Wijkkracht.Core.Steps.StepProgress>().Where(p => p.ApproachId == approach.Id).ToListAsync(), a.Organisation.Id);
        var links = evidence.SelectMany(p => p.Results).SelectMany(r => r.Evidence.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.True(links.Count >= 15);
        Assert.All(links, l => Assert.True(Wijkkracht.Core.Steps.StepService.IsEvidenceLink(l, approach.Id), l));
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var step = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/aanpakken/{approach.Id}/stappen/wwp-stap-1"));
        Assert.Contains($"/aanpakken/{approach.Id}/waarnemingen", step, StringComparison.Ordinal);
        var calendar = await client.GetStringAsync($"/aanpakken/{approach.Id}/kalender?weken=4");
        Assert.Equal(4, Regex.Count(calendar, "<td>Koffietafel \\(elke week\\)"));
        var evaluation = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/aanpakken/{approach.Id}/evaluatie"));
        Assert.Contains("We laten de weerstand bestaan", evaluation, StringComparison.Ordinal);
        Assert.Contains("Tien weken koffietafel", evaluation, StringComparison.Ordinal);
    }

    /// <summary>
    /// The rules of RFC 5545 a calendar app depends on: CRLF line ends, content lines of at most 75 octets (folded with a
    /// leading space), balanced BEGIN/END, VERSION 2.0 and PRODID, a VTIMEZONE with its STANDARD and DAYLIGHT rules, each VEVENT with UID, DTSTAMP and DTSTART, DTEND after
    /// DTSTART, every TZID defined by a VTIMEZONE, date-only values marked VALUE=DATE, and escaped text.
    /// </summary>
    internal static List<string> Rfc5545Problems(string ics)
    {
        var problems = new List<string>();
        if (!ics.EndsWith("\r\n", StringComparison.Ordinal) || ics.Replace("\r\n", "", StringComparison.Ordinal).Contains('\n', StringComparison.Ordinal))
            problems.Add("lines must end with CRLF");
        var physical = ics.Split("\r\n");
        foreach (var line in physical.Where(l => Encoding.UTF8.GetByteCount(l) > 75))
            problems.Add($"line longer than 75 octets: {line}");
        var lines = new List<string>();
        foreach (var line in physical.Where(l => l.Length > 0))
        {
            if ((line[0] == ' ' || line[0] == '\t') && lines.Count > 0)
                lines[^1] += line[1..];
            else
                lines.Add(line);
        }

        var stack = new Stack<string>();
        var timezones = new HashSet<string>();
        var usedZones = new HashSet<string>();
        Dictionary<string, string>? current = null;
        var calendarProps = new HashSet<string>();
        var zoneRules = 0;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add($"not a content line: {line}");
                continue;
            }

            var nameAndParams = line[..colon];
            var value = line[(colon + 1)..];
            var name = nameAndParams.Split(';')[0];
            if (name == "BEGIN")
            {
                if (value is "STANDARD" or "DAYLIGHT" && stack.TryPeek(out var parent) && parent == "VTIMEZONE")
                    zoneRules++;
                if (value == "VTIMEZONE")
                    zoneRules = 0;
                stack.Push(value);
                if (value == "VEVENT")
                    current = [];
                continue;
            }

            if (name == "END")
            {
                if (stack.Count == 0 || stack.Pop() != value)
                    problems.Add($"END:{value} does not close the open component");
                if (value == "VTIMEZONE" && zoneRules == 0)
                    problems.Add("VTIMEZONE without STANDARD or DAYLIGHT");
                if (value == "VEVENT" && current is not null)
                {
                    foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART" }.Where(r => !current.ContainsKey(r)))
                        problems.Add($"VEVENT without {required}");
                    if (current.TryGetValue("DTSTART", out var s) && current.TryGetValue("DTEND", out var e) && string.CompareOrdinal(Value(e), Value(s)) <= 0)
                        problems.Add($"DTEND {e} not after DTSTART {s}");
                    current = null;
                }

                continue;
            }

            if (stack.Count == 1)
                calendarProps.Add(name + ":" + value);
            if (stack.TryPeek(out var top) && top == "VTIMEZONE" && name == "TZID")
                timezones.Add(value);
            foreach (Match tz in TzidParameter().Matches(nameAndParams))
                usedZones.Add(tz.Groups[1].Value);
            if (current is not null && stack.Peek() == "VEVENT")
            {
                current[name] = nameAndParams + ":" + value;
                if (name is "DTSTART" or "DTEND" && value.Length == 8 && !nameAndParams.Contains("VALUE=DATE", StringComparison.Ordinal))
                    problems.Add($"date without VALUE=DATE: {line}");
                if (name is "SUMMARY" or "DESCRIPTION" or "LOCATION" && UnescapedText().IsMatch(value))
                    problems.Add($"unescaped text: {line}");
            }
        }

        if (stack.Count > 0)
            problems.Add("components left open: " + string.Join(", ", stack));
        if (!calendarProps.Contains("VERSION:2.0"))
            problems.Add("no VERSION:2.0");
        if (!calendarProps.Any(p => p.StartsWith("PRODID:", StringComparison.Ordinal)))
            problems.Add("no PRODID");
        problems.AddRange(usedZones.Except(timezones).Select(z => $"TZID {z} has no VTIMEZONE"));
        return problems;

        static string Value(string property) => property[(property.LastIndexOf(':') + 1)..];
    }

    [GeneratedRegex("value=\"https?://[^/\"]+(/api/v1/feeds/(wkcal_[A-Za-z0-9_-]+)/calendar\\.ics)\"")]
    private static partial Regex FeedUrl();

    [GeneratedRegex(";TZID=([^;:]+)")]
    private static partial Regex TzidParameter();

    [GeneratedRegex(@"(?<!\\)[;,]")]
    private static partial Regex UnescapedText();
}
