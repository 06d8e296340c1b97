using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Bench;

/// <summary>
/// Workspace scenarios on the real application, hosted in-process (WebApplicationFactory, no network) on a fresh
/// SQLite file, signed in as a member of the approach:
/// issue 10 — two 10,000-line observation CSV imports through the API (budget &lt; 10 s each), then with 20,000
/// observations (5,000 of them with a point) the list page and the GeoJSON of the 5,000 points (budgets p95 &lt; 100 ms
/// and &lt; 300 ms); issue 11 — the theme board and the timeline page of an approach with 5,000 conversations and 2,000
/// timeline events (budget p95 &lt; 100 ms). Prints figures; exits 1 when a budget is missed.
/// </summary>
public static partial class WorkspaceBench
{
    private const string Password = "Bench-wachtwoord-voor-Wijkkracht";

    private const int Requests = 100;

    // Any public type of the web assembly names its entry point; its Program clashes with this project's top-level one.
    private sealed class BenchApp(string connectionString) : WebApplicationFactory<Wijkkracht.Web.Api.ObservationImportDto>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", connectionString);
            builder.UseSetting("Security:LoginAttemptsPerMinute", "1000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // WIJKKRACHT_BENCH_SQL=1 prints every SQL command with its duration (to find what a slow page spends its time on).
            if (Environment.GetEnvironmentVariable("WIJKKRACHT_BENCH_SQL") == "1")
                builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }
    }

    public static async Task<int> RunAsync()
    {
        // The factory looks for the web project's folder beside a solution file named after the assembly; tell it where.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Wijkkracht.slnx")))
            root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WIJKKRACHT_WEB", Path.Combine(root?.FullName ?? ".", "src", "Wijkkracht.Web"));
        var dir = Path.Combine(Path.GetTempPath(), "wijkkracht-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            await using var app = new BenchApp($"Data Source={Path.Combine(dir, "bench.db")}");
            var (user, observed, talked) = await SeedAsync(app);
            var api = await ApiClientAsync(app, user);
            var browser = await SignedInAsync(app, user);
            var ok = true;

            for (var run = 1; run <= 2; run++)
            {
                var csv = ObservationCsv(10_000, run);
                var sw = Stopwatch.StartNew();
                using var response = await api.PostAsync($"/api/v1/approaches/{observed}/observations/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
                var seconds = sw.Elapsed.TotalSeconds;
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.Created)
                    throw new InvalidOperationException($"Import {run} failed: {(int)response.StatusCode} {body[..Math.Min(body.Length, 2000)]}");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"POST observations/imports, 10,000 lines ({csv.Length / 1024} KB, {run * 10_000:N0} observations after): {seconds:F2} s {body} (budget < 10 s: {(seconds < 10 ? "ok" : "OVER")})"));
                ok &= seconds < 10;
            }

            var listPage = await TimeAsync(browser, $"/aanpakken/{observed}/waarnemingen", null, "Welke groepen waar en wanneer");
            ok &= Report("GET /aanpakken/{id}/waarnemingen (list page, 20,000 observations)", listPage, 100);
            var geo = await TimeAsync(api, $"/api/v1/approaches/{observed}/observations", "application/geo+json", "FeatureCollection", expectedFeatures: 5_000);
            ok &= Report("GET observations as GeoJSON (5,000 points of 20,000)", geo, 300);
            var mapData = await TimeAsync(browser, $"/aanpakken/{observed}/waarnemingen?handler=Kaart", null, "FeatureCollection", expectedFeatures: 5_000);
            ok &= Report("GET /aanpakken/{id}/waarnemingen?handler=Kaart (the map's GeoJSON, 5,000 points)", mapData, 300);
            var stepPage = await TimeAsync(browser, $"/aanpakken/{observed}/stappen/wwp-stap-1", null, "Waarnemingen tot nu toe");
            ok &= Report("GET /aanpakken/{id}/stappen/wwp-stap-1 (step page with the observations so far)", stepPage, 100);

            var board = await TimeAsync(browser, $"/aanpakken/{talked}/themas", null, "Thema 01");
            ok &= Report("GET /aanpakken/{id}/themas (theme board, 5,000 conversations)", board, 100);
            var timeline = await TimeAsync(browser, $"/aanpakken/{talked}/tijdlijn", null, "Gebeurtenis ");
            ok &= Report("GET /aanpakken/{id}/tijdlijn (timeline, 2,000 events)", timeline, 100);
            return ok ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            // WIJKKRACHT_BENCH_KEEP=1 keeps the database for a look with sqlite3 (EXPLAIN QUERY PLAN).
            if (Environment.GetEnvironmentVariable("WIJKKRACHT_BENCH_KEEP") == "1")
                Console.WriteLine($"Kept the bench database: {Path.Combine(dir, "bench.db")}");
            else
                Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>An organisation, a coordinator who is wijkverbinder in two approaches, and for the second one 5,000 conversations over 20 themes and 2,000 timeline events.</summary>
    private static async Task<(AppUser User, Guid Observed, Guid Talked)> SeedAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var organisation = new Organisation { Name = "Benchgemeente", GmCode = "GM9990" };
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem(organisation.Id);
        var db = scope.ServiceProvider.GetRequiredService<WijkkrachtDbContext>();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var user = new AppUser
        {
            OrganisationId = organisation.Id,
            Email = "coordinator@bench.example",
            UserName = "coordinator@bench.example",
            DisplayName = "Coördinator Bench",
            Role = OrgRole.Coordinator,
            EmailConfirmed = true,
        };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, Password);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        var wijk = new Area { OrganisationId = organisation.Id, Kind = AreaKind.Wijk, Code = "WK999001", Name = "Benchwijk" };
        var buurt = new Area { OrganisationId = organisation.Id, Kind = AreaKind.Buurt, Code = "BU99900101", Name = "Benchbuurt", Parent = wijk };
        db.Areas.AddRange(wijk, buurt);
        Approach NewApproach(string title) => new()
        {
            OrganisationId = organisation.Id,
            Area = buurt,
            Title = title,
            Issue = "Bench",
            Method = ApproachMethod.Beide,
            StartDate = new DateOnly(2024, 1, 1),
            Status = ApproachStatus.Actief,
        };
        var observed = NewApproach("Waarnemingen-bench");
        var talked = NewApproach("Gesprekken-bench");
        db.Approaches.AddRange(observed, talked);
        foreach (var approach in new[] { observed, talked })
            db.ApproachMembers.Add(new ApproachMember { OrganisationId = organisation.Id, Approach = approach, UserId = user.Id, Role = ApproachRole.Wijkverbinder });
        await db.SaveChangesAsync();

        var random = new Random(11);
        var themes = Enumerable.Range(1, 20).Select(i => new Theme { OrganisationId = organisation.Id, ApproachId = talked.Id, Name = $"Thema {i:00}", Description = "Wat bewoners hierover zeggen." }).ToList();
        db.AddRange(themes);
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < 5_000; i++)
        {
            var conversation = new Conversation
            {
                OrganisationId = organisation.Id,
                ApproachId = talked.Id,
                Date = start.AddDays(random.Next(0, 1_000)),
                Place = $"Plek {random.Next(1, 40)}",
                Setting = (ConversationSetting)random.Next(1, 10),
                PartnerCategory = (PartnerCategory)random.Next(1, 7),
                Interviewers = "Bench",
                Summary = "Een gesprek over de buurt, over wat goed gaat en wat beter kan.",
                ProudOf = "De saamhorigheid in de straat.",
                WorriedAbout = "Overlast bij het plein in de avond.",
                Wants = "Meer te doen voor jongeren.",
                CreatedByUserId = user.Id,
            };
            foreach (var theme in themes.OrderBy(_ => random.Next()).Take(random.Next(0, 4)))
                conversation.Themes.Add(new ConversationTheme { OrganisationId = organisation.Id, ConversationId = conversation.Id, ThemeId = theme.Id });
            db.Add(conversation);
        }

        for (var i = 0; i < 2_000; i++)
        {
            var e = new TimelineEvent
            {
                OrganisationId = organisation.Id,
                ApproachId = talked.Id,
                Title = $"Gebeurtenis {i + 1:0000}",
                Description = "Wat er gebeurde en wat het deed met de buurt.",
                Kind = (TimelineKind)random.Next(1, 5),
                Tone = (TimelineTone)random.Next(0, 3),
                Date = new DateOnly(2000, 1, 1).AddDays(random.Next(0, 9_400)),
                Place = $"Plek {random.Next(1, 40)}",
                Source = "Bench",
                AddedByUserId = user.Id,
                AddedByName = user.DisplayName,
            };
            if (random.Next(3) == 0)
                e.Themes.Add(new TimelineEventTheme { OrganisationId = organisation.Id, TimelineEventId = e.Id, ThemeId = themes[random.Next(themes.Count)].Id });
            db.Add(e);
        }

        var sw = Stopwatch.StartNew();
        await db.SaveChangesAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded 5,000 conversations and 2,000 timeline events in {sw.Elapsed.TotalSeconds:F1} s"));
        return (user, observed.Id, talked.Id);
    }

    /// <summary>
    /// <paramref name="lines"/> observation lines in the export's columns over about three years; every fourth line has a
    /// point (half of them in RD New), the rest a place name only, so 20,000 observations carry 5,000 points.
    /// </summary>
    private static string ObservationCsv(int lines, int seed)
    {
        string[] groups = ["jongeren", "kinderen", "ouders-met-kinderen", "ouderen", "bewoners", "ondernemers", "professionals"];
        string[] sizes = ["Enkeling", "Klein", "Middel", "Groot"];
        string[] factors = ["peers", "sociale-binding", "rolmodellen", "risico-gemeenschap", "collectieve-weerbaarheid"];
        string[] texts = ["Groep op de bankjes bij het plein, muziek aan.", "Veel afval bij de containers na het weekend.", "Ouders wachten samen bij het hek van de school.",
            "Een paar jongeren voetballen op het veld, het is rustig.", "Winkeliers vegen samen de stoep voor de winkels."];
        var random = new Random(seed);
        var sb = new StringBuilder("observedOn,observedAt,placeName,latitude,longitude,x,y,groups,factors,kind,companion,whatHappens,vraag_claimen\r\n");
        var start = new DateOnly(2023, 12, 1);
        for (var i = 0; i < lines; i++)
        {
            var date = start.AddDays(random.Next(0, 1_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var time = $"{random.Next(0, 24):00}:{random.Next(0, 60):00}";
            var place = $"Plek {random.Next(1, 60)}";
            string lat = "", lon = "", x = "", y = "";
            if (i % 4 == 0 && i % 8 == 0)
            {
                lat = (52.36 + (random.NextDouble() * 0.03)).ToString("0.######", CultureInfo.InvariantCulture);
                lon = (4.87 + (random.NextDouble() * 0.05)).ToString("0.######", CultureInfo.InvariantCulture);
            }
            else if (i % 4 == 0)
            {
                x = (120_000 + random.Next(0, 3_000)).ToString(CultureInfo.InvariantCulture);
                y = (486_000 + random.Next(0, 3_000)).ToString(CultureInfo.InvariantCulture);
            }

            var groupList = string.Join(';', groups.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Order(StringComparer.Ordinal).Select(g => $"{g}={sizes[random.Next(sizes.Length)]}"));
            var factor = random.Next(3) == 0 ? factors[random.Next(factors.Length)] : "";
            var kind = random.Next(3) switch { 0 => "Kracht", 1 => "Klacht", _ => "" };
            var text = texts[random.Next(texts.Length)];
            sb.Append(CultureInfo.InvariantCulture, $"{date},{time},{place},{lat},{lon},{x},{y},{groupList},{factor},{kind},,\"{text}\",\r\n");
        }

        return sb.ToString();
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, string url, string? accept, string mustContain, int? expectedFeatures = null)
    {
        var times = new List<double>(Requests);
        for (var i = 0; i < Requests + 10; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (accept is not null)
                request.Headers.Accept.ParseAdd(accept);
            var sw = Stopwatch.StartNew();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var ms = sw.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK || !body.Contains(mustContain, StringComparison.Ordinal))
                throw new InvalidOperationException($"{url}: {(int)response.StatusCode}, expected '{mustContain}' in the answer.");
            if (i == 0 && expectedFeatures is { } n && FeatureCount().Count(body) != n)
                throw new InvalidOperationException($"{url}: {FeatureCount().Count(body)} features, expected {n}.");
            if (i >= 10)
                times.Add(ms);
        }

        times.Sort();
        return times;
    }

    private static bool Report(string name, List<double> times, double budget)
    {
        var p50 = times[times.Count / 2];
        var p95 = times[(int)(times.Count * 0.95)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: p50 {p50:F1} ms, p95 {p95:F1} ms, max {times[^1]:F1} ms over {times.Count} requests (budget p95 < {budget} ms: {(p95 < budget ? "ok" : "OVER")})"));
        return p95 < budget;
    }

    private static async Task<HttpClient> ApiClientAsync(BenchApp app, AppUser user)
    {
        var secret = ApiTokenService.TokenPrefix + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem(user.OrganisationId);
            var db = scope.ServiceProvider.GetRequiredService<WijkkrachtDbContext>();
            db.ApiTokens.Add(new ApiToken
            {
                OrganisationId = user.OrganisationId,
                UserId = user.Id,
                Name = "bench",
                Prefix = secret[..10],
                TokenHash = ApiTokenService.Hash(secret),
                CreatedAt = DateTimeOffset.UtcNow,
                ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.Timeout = TimeSpan.FromMinutes(5);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static async Task<HttpClient> SignedInAsync(BenchApp app, AppUser user)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var html = await client.GetStringAsync("/inloggen");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        using var response = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("\"type\":\"Feature\"")]
    private static partial Regex FeatureCount();
}
