using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Demo;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Tests.Infrastructure;

/// <summary>
/// A real Wijkkracht host over HTTP (WebApplicationFactory) on a fresh database: an SQLite file in a temp folder, or a
/// new database on the PostgreSQL server named by WIJKKRACHT_TEST_PG (started by ./test.sh on loopback).
/// </summary>
public sealed partial class TestApp : WebApplicationFactory<Program>
{
    public const string Password = "Testwachtwoord-voor-Wijkkracht";

    private readonly string _connectionString;
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _pgDatabase;
    private readonly Action<IServiceCollection>? _configureServices;

    public TestApp(DatabaseProvider provider, Dictionary<string, string?>? settings = null, string? connectionString = null, Action<IServiceCollection>? configureServices = null)
    {
        Provider = provider;
        _configureServices = configureServices;
        _settings = settings ?? [];
        if (connectionString is not null)
        {
            _connectionString = connectionString;
        }
        else if (provider == DatabaseProvider.Sqlite)
        {
            var dir = Path.Combine(Path.GetTempPath(), "wijkkracht-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            _connectionString = $"Data Source={Path.Combine(dir, "test.db")}";
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("WIJKKRACHT_TEST_PG")
                ?? throw new InvalidOperationException("WIJKKRACHT_TEST_PG is not set: run the tests with ./test.sh, which starts PostgreSQL.");
            _pgDatabase = "wk_" + Guid.NewGuid().ToString("N");
            using (var admin = new NpgsqlConnection(server))
            {
                admin.Open();
                using var command = admin.CreateCommand();
                command.CommandText = $"CREATE DATABASE \"{_pgDatabase}\"";
                command.ExecuteNonQuery();
            }

            _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _pgDatabase }.ToString();
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString => _connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Security:LoginAttemptsPerMinute", "1000");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (_configureServices is not null)
            builder.ConfigureServices(_configureServices);
    }

    /// <summary>Runs <paramref name="work"/> in a scope in system mode (no tenant filter on writes).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, WijkkrachtDbContext, Task<T>> work, Guid? organisationId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.UseSystem(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<WijkkrachtDbContext>();
        return await work(scope.ServiceProvider, db);
    }

    /// <summary>A scope acting as <paramref name="actor"/> (tenant filters apply).</summary>
    public async Task<T> AsActorAsync<T>(Actor actor, Func<IServiceProvider, WijkkrachtDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetActor(actor);
        var db = scope.ServiceProvider.GetRequiredService<WijkkrachtDbContext>();
        return await work(scope.ServiceProvider, db);
    }

    /// <summary>Creates an organisation with one user per role, a wijk with a buurt, and one approach whose members are the wijkverbinder and partner.</summary>
    public Task<TestOrg> CreateOrganisationAsync(string gmCode, string name) => InScopeAsync(async (sp, db) =>
    {
        var organisation = new Organisation { Name = name, GmCode = gmCode };
        db.Tenant.UseSystem(organisation.Id);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var userManager = sp.GetRequiredService<UserManager<AppUser>>();
        var users = new Dictionary<OrgRole, AppUser>();
        foreach (var role in Enum.GetValues<OrgRole>())
        {
            var user = new AppUser
            {
                OrganisationId = organisation.Id,
                Email = $"{role.ToString().ToLowerInvariant()}@{gmCode.ToLowerInvariant()}.example",
                UserName = $"{role.ToString().ToLowerInvariant()}@{gmCode.ToLowerInvariant()}.example",
                DisplayName = $"{role} {name}",
                Role = role,
                EmailConfirmed = true,
            };
            var result = await userManager.CreateAsync(user, Password);
            if (!result.Succeeded)
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            users[role] = user;
        }

        var digits = gmCode[2..];
        var wijk = new Area { OrganisationId = organisation.Id, Kind = AreaKind.Wijk, Code = $"WK{digits}01", Name = $"Wijk {name}" };
        var buurt = new Area { OrganisationId = organisation.Id, Kind = AreaKind.Buurt, Code = $"BU{digits}0101", Name = $"Buurt {name}", Parent = wijk };
        db.Areas.AddRange(wijk, buurt);
        var approach = new Approach
        {
            OrganisationId = organisation.Id,
            Area = buurt,
            Title = $"Aanpak {name}",
            Issue = "Jongeren worden geronseld.",
            Method = ApproachMethod.Beide,
            StartDate = new DateOnly(2026, 1, 1),
            Status = ApproachStatus.Actief,
        };
        db.Approaches.Add(approach);
        var wijkverbinderMember = new ApproachMember { OrganisationId = organisation.Id, Approach = approach, UserId = users[OrgRole.Wijkverbinder].Id, Role = ApproachRole.Wijkverbinder };
        var partnerMember = new ApproachMember { OrganisationId = organisation.Id, Approach = approach, UserId = users[OrgRole.Partner].Id, Role = ApproachRole.Partner };
        db.ApproachMembers.AddRange(wijkverbinderMember, partnerMember);
        var goal = new Goal { OrganisationId = organisation.Id, ApproachId = approach.Id, Title = $"Doel {name}", Level = PpctLevel.Meso, Term = GoalTerm.Kort };
        db.Add(goal);
        db.Add(new PlanVersion { OrganisationId = organisation.Id, ApproachId = approach.Id, Number = 1, CentralIssue = "Ronselen", CreatedByName = "test", CreatedAt = DateTimeOffset.UtcNow });
        db.Add(new Decision { OrganisationId = organisation.Id, ApproachId = approach.Id, Outcome = DecisionOutcome.Door, Rationale = "Op orde", DecidedBy = "Stuurgroep", DecidedOn = new DateOnly(2026, 1, 15) });
        var assessment = new Wijkkracht.Core.Preconditions.PreconditionAssessment
        {
            OrganisationId = organisation.Id,
            ApproachId = approach.Id,
            AssessedOn = new DateOnly(2026, 1, 10),
            Items = [new() { PreconditionId = "rv-01", AskIndex = 0, Score = Wijkkracht.Core.Preconditions.PreconditionScore.Deels }],
        };
        var action = new Wijkkracht.Core.Preconditions.PreconditionAction { OrganisationId = organisation.Id, ApproachId = approach.Id, PreconditionId = "rv-01", Description = "Urgentie bespreken", AssessmentId = assessment.Id };
        db.AddRange(assessment, action);
        await db.SaveChangesAsync();
        return new TestOrg(organisation, users, wijk, buurt, approach, wijkverbinderMember, partnerMember, goal, assessment, action);
    }, null);

    /// <summary>
    /// An API client authenticated with a fresh personal access token of <paramref name="user"/>. The token is stored
    /// directly (as the service would), so that API behaviour can be tested for every role, also roles that may not
    /// create tokens themselves.
    /// </summary>
    public async Task<HttpClient> ApiClientAsync(AppUser user)
    {
        var secret = ApiTokenService.TokenPrefix + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        await InScopeAsync(async (_, db) =>
        {
            db.ApiTokens.Add(new ApiToken
            {
                OrganisationId = user.OrganisationId,
                UserId = user.Id,
                Name = "test",
                Prefix = secret[..10],
                TokenHash = ApiTokenService.Hash(secret),
                CreatedAt = DateTimeOffset.UtcNow,
                ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            });
            return await db.SaveChangesAsync();
        }, user.OrganisationId);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>
    /// Sends each request with an API client of the given role and returns one line per unexpected status, so a test
    /// can assert a whole allow/deny table at once.
    /// </summary>
    public async Task<List<string>> CheckStatusesAsync(TestOrg org, IEnumerable<(OrgRole Role, string Method, string Url, object? Body, HttpStatusCode Expected)> expectations)
    {
        var failures = new List<string>();
        foreach (var (role, method, url, body, expected) in expectations)
        {
            var client = await ApiClientAsync(org.Users[role]);
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (body is not null)
                request.Content = System.Net.Http.Json.JsonContent.Create(body);
            var response = await client.SendAsync(request);
            if (response.StatusCode != expected)
                failures.Add($"{role} {method} {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        }

        return failures;
    }

    /// <summary>A browser-like client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(AppUser user, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in failed for {user.Email}: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>GETs <paramref name="formPage"/> for its antiforgery token, then POSTs the form to <paramref name="action"/> (default: the same page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPage);
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(action ?? formPage, new FormUrlEncodedContent(values));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        if (!match.Success)
            throw new InvalidOperationException($"No antiforgery token on {page}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }
        else if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("WIJKKRACHT_TEST_PG"));
            admin.Open();
            using var command = admin.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_pgDatabase}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
    }
}

/// <summary>What <see cref="TestApp.CreateOrganisationAsync"/> made.</summary>
public sealed record TestOrg(
    Organisation Organisation, IReadOnlyDictionary<OrgRole, AppUser> Users, Area Wijk, Area Buurt, Approach Approach,
    ApproachMember WijkverbinderMember, ApproachMember PartnerMember, Goal Goal,
    Wijkkracht.Core.Preconditions.PreconditionAssessment Assessment, Wijkkracht.Core.Preconditions.PreconditionAction Action);

/// <summary>Providers every data test runs on.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };
}
