using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Start-up, health, database safety, security headers, default deny, backup and concurrency on pages.</summary>
public sealed partial class PlatformTests(SharedApps apps) : IClassFixture<SharedApps>
{
    /// <summary>Routes that may be used without signing in.</summary>
    private static readonly HashSet<string> Anonymous = new(StringComparer.Ordinal)
    {
        "/inloggen", "/inloggen/tweestaps", "/inloggen/extern", "/installatie", "/toegankelijkheid", "/toegang-geweigerd", "/fout", "/activeren",

        // The privacy statement is for residents who have no account (issue 14 §9; RetentionTests).
        "/privacy",
        "/api/v1/openapi.json", "/health/live", "/health/ready",

        // Calendar apps cannot sign in: the secret in the address is the key (CalendarTests).
        "/api/v1/feeds/{secret}/calendar.ics", "/api/v1/feeds/{secret}/approaches/{id:guid}/calendar.ics",
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Health_LiveAndReady_Return200(DatabaseProvider provider)
    {
        var (app, _, _) = await apps.GetAsync(provider);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    // Single provider by nature: WAL, synchronous=FULL and foreign_keys are SQLite pragmas.
    [Fact]
    public async Task Sqlite_AtStartup_UsesWalFullSyncAndForeignKeys()
    {
        var (app, _, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var (journal, synchronous, foreignKeys) = await app.InScopeAsync((_, db) => Database.ReadSqlitePragmasAsync(db));
        Assert.Equal("wal", journal, ignoreCase: true);
        Assert.Equal(2, synchronous);
        Assert.Equal(1, foreignKeys);
    }

    // Single provider by nature: the EF model (query filters) is the same for both providers.
    [Fact]
    public async Task Model_EveryTenantOwnedEntity_HasQueryFilter()
    {
        var (app, _, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var problems = await app.InScopeAsync((_, db) =>
        {
            var list = new List<string>();
            // AppUser: Identity must find users before a tenant is known; user listings filter explicitly.
            // ActivationLink: looked up by its token hash before anyone is signed in; every query names the user or hash.
            var exempt = new HashSet<Type> { typeof(AppUser), typeof(ActivationLink) };
            foreach (var entity in db.Model.GetEntityTypes())
            {
                var hasOrgColumn = entity.FindProperty(nameof(ITenantOwned.OrganisationId)) is not null;
                var tenantOwned = typeof(ITenantOwned).IsAssignableFrom(entity.ClrType);
                if (hasOrgColumn && !tenantOwned && !exempt.Contains(entity.ClrType) && entity.GetDeclaredQueryFilters().Count == 0)
                    list.Add($"{entity.ClrType.Name} has an OrganisationId but no tenant filter");
                if (tenantOwned && entity.GetDeclaredQueryFilters().Count == 0)
                    list.Add($"{entity.ClrType.Name} is tenant-owned but has no query filter");
            }

            return Task.FromResult(list);
        });
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    // Single provider by nature: endpoint enumeration does not touch the database.
    [Fact]
    public async Task EveryEndpoint_HasAnExplicitAuthorizationDecision()
    {
        var (app, _, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var undecided = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.True(undecided.Count == 0, "Endpoints without a policy: " + string.Join(", ", undecided));
        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/')).ToHashSet();
        Assert.Empty(anonymous.Except(Anonymous));
    }

    // Single provider by nature: anonymous requests are refused before any data is read.
    [Fact]
    public async Task EveryProtectedRoute_Anonymous_IsRefused()
    {
        var (app, a, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null);
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var url = "/" + ParamPattern().Replace(endpoint.RoutePattern.RawText!.Trim('/'), a.Approach.Id.ToString());
            var response = await client.GetAsync(url);
            var refused = url.StartsWith("/api", StringComparison.Ordinal)
                ? response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.MethodNotAllowed
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/inloggen", StringComparison.Ordinal);
            if (!refused)
                failures.Add($"{url}: {(int)response.StatusCode}");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // Single provider by nature: response headers do not depend on the database.
    [Fact]
    public async Task Responses_CarrySecurityHeadersAndNoThirdPartyHosts()
    {
        var (app, a, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        foreach (var path in new[] { "/", "/aanpakken", $"/aanpakken/{a.Approach.Id}/leden", "/beheer/gebieden", "/inloggen" })
        {
            var response = await browser.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Matches("<html lang=\"nl\"", html);
            Assert.Contains("Direct naar de inhoud", html, StringComparison.Ordinal);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        }

        var hsts = app.Services.GetRequiredService<IOptions<HstsOptions>>().Value;
        Assert.Equal(TimeSpan.FromDays(365), hsts.MaxAge);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnknownPage_ShowsDutchNotFoundWithoutDetails(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var response = await browser.GetAsync($"/aanpakken/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditApproachPage_SecondEditorWithStaleVersion_GetsDutchMessageAndKeepsInput(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var staleVersion = await app.InScopeAsync((_, db) => db.Approaches.IgnoreQueryFilters().Where(x => x.Id == a.Approach.Id).Select(x => x.Version).SingleAsync());
        var url = $"/aanpakken/{a.Approach.Id}/bewerken";
        Dictionary<string, string> Form(string title) => new()
        {
            ["Input.Title"] = title,
            ["Input.Issue"] = "Jongeren worden geronseld.",
            ["Input.AreaId"] = a.Buurt.Id.ToString(),
            ["Input.Method"] = "Beide",
            ["Input.StartDate"] = "2026-01-01",
            ["Input.Status"] = "Actief",
            ["Input.Version"] = staleVersion.ToString(),
        };
        var first = await TestApp.PostFormAsync(browser, url, Form("Aanpak Aadorp (bewerkt door 1)"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await TestApp.PostFormAsync(browser, url, Form("Mijn eigen titel van editor 2"));
        var html = await second.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mijn eigen titel van editor 2\"", html, StringComparison.Ordinal);
        Assert.Contains("Aanpak Aadorp (bewerkt door 1)", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UploadBoundary_NotGeoJson_ShowsMessageNextToField(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var token = await TestApp.AntiforgeryTokenAsync(browser, "/beheer/gebieden/nieuw");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Wijk"), "Input.Kind" },
            { new StringContent("Met een foto als grens"), "Input.Name" },
            { new StringContent("WK000177"), "Input.Code" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]), "Upload", "grens.png" },
        };
        var response = await browser.PostAsync("/beheer/gebieden/nieuw", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("geen geldig GeoJSON-bestand", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Met een foto als grens\"", html, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync((_, db) => db.Areas.IgnoreQueryFilters().AnyAsync(x => x.Code == "WK000177")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UploadBoundary_Over10MB_IsRefusedWithClearMessage(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var token = await TestApp.AntiforgeryTokenAsync(browser, "/beheer/gebieden/nieuw");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Wijk"), "Input.Kind" },
            { new StringContent("Te grote grens"), "Input.Name" },
            { new StringContent("WK000178"), "Input.Code" },
            { new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]), "Upload", "grens.geojson" },
        };
        var response = await browser.PostAsync("/beheer/gebieden/nieuw", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("groter dan 10 MB", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Te grote grens\"", html, StringComparison.Ordinal);
    }

    // Single provider by nature: the sign-in page reads configuration, not data.
    [Fact]
    public async Task LoginPage_WithOpenIdConnectConfigured_OffersProviderButton()
    {
        using var app = new TestApp(DatabaseProvider.Sqlite, new()
        {
            ["Authentication:OpenIdConnect:Authority"] = "https://idp.gemeente.example",
            ["Authentication:OpenIdConnect:ClientId"] = "wijkkracht",
            ["Authentication:OpenIdConnect:DisplayName"] = "Inloggen met Gemeente-ID",
        });
        var html = await app.CreateClient().GetStringAsync("/inloggen");
        Assert.Contains("Inloggen met Gemeente-ID", html, StringComparison.Ordinal);
        using var plain = new TestApp(DatabaseProvider.Sqlite);
        Assert.DoesNotContain("Gemeente-ID", await plain.CreateClient().GetStringAsync("/inloggen"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnknownApiRoute_Returns404ProblemJson(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var response = await client.GetAsync("/api/v1/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    // Single provider by nature: the backup copies the SQLite file (PostgreSQL uses pg_dump).
    [Fact]
    public async Task Backup_RestoredIntoFreshInstance_HasEveryRow()
    {
        using var source = new TestApp(DatabaseProvider.Sqlite);
        var org = await source.CreateOrganisationAsync("GM0005", "Edorp");
        var target = Path.Combine(Path.GetTempPath(), "wijkkracht-tests", Guid.NewGuid().ToString("N") + ".db");
        BackupCommand.Backup(source.ConnectionString, target);

        using var restored = new TestApp(DatabaseProvider.Sqlite, connectionString: $"Data Source={target}");
        _ = restored.Server;
        var expected = await CountsAsync(source);
        var actual = await CountsAsync(restored);
        Assert.Equal(expected, actual);
        Assert.True(expected.Values.Sum() > 10);
        var client = await restored.ApiClientAsync(org.Users[OrgRole.Coordinator]);
        Assert.Contains(org.Approach.Title, await client.GetStringAsync("/api/v1/approaches"), StringComparison.Ordinal);
    }

    private static Task<Dictionary<string, int>> CountsAsync(TestApp app) => app.InScopeAsync(async (_, db) => new Dictionary<string, int>
    {
        ["organisations"] = await db.Organisations.IgnoreQueryFilters().CountAsync(),
        ["users"] = await db.Users.CountAsync(),
        ["areas"] = await db.Areas.IgnoreQueryFilters().CountAsync(),
        ["approaches"] = await db.Approaches.IgnoreQueryFilters().CountAsync(),
        ["members"] = await db.ApproachMembers.IgnoreQueryFilters().CountAsync(),
        ["audit"] = await db.AuditEvents.IgnoreQueryFilters().CountAsync(),
        ["keys"] = await db.DataProtectionKeys.CountAsync(),
    });

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex ParamPattern();
}
