using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>The audit log: every change and every read of personal data, append-only in the database.</summary>
public sealed class AuditTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateArea_WritesAuditEventWithActorAndAfterValues(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var admin = a.Users[OrgRole.Beheerder];
        var client = await app.ApiClientAsync(admin);
        var name = "Audit " + Guid.NewGuid().ToString("N")[..6];
        var response = await client.PostAsJsonAsync("/api/v1/areas", new { kind = "Wijk", code = TestAreaCodes.NextWijk(), name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid().ToString();

        var events = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.EntityId == id).ToListAsync());
        var created = Assert.Single(events);
        Assert.Equal(AuditActions.Create, created.Action);
        Assert.Equal(admin.Id, created.ActorUserId);
        Assert.Equal(a.Organisation.Id, created.OrganisationId);
        Assert.Contains(name, created.Changes, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListMembers_IsAuditedAsViewWithApproach(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var partner = a.Users[OrgRole.Partner];
        var client = await app.ApiClientAsync(partner);
        var before = await CountAsync(app, partner.Id, AuditActions.View);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/approaches/{a.Approach.Id}/members")).StatusCode);
        var events = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.ActorUserId == partner.Id && e.Action == AuditActions.View).ToListAsync());
        Assert.Equal(before + 1, events.Count);
        Assert.Contains(events, e => e.ApproachId == a.Approach.Id && e.EntityType == "ApproachMember");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditRows_UpdateOrDeleteInDatabase_AreRefused(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var update = provider == DatabaseProvider.Sqlite ? "UPDATE AuditEvents SET Summary = 'vervalst'" : "UPDATE \"AuditEvents\" SET \"Summary\" = 'vervalst'";
        var delete = provider == DatabaseProvider.Sqlite ? "DELETE FROM AuditEvents" : "DELETE FROM \"AuditEvents\"";
        var count = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().CountAsync());
        Assert.True(count > 0);
        await Assert.ThrowsAnyAsync<Exception>(() => app.InScopeAsync((_, db) =>
            db.Database.ExecuteSqlRawAsync(update)));
        await Assert.ThrowsAnyAsync<Exception>(() => app.InScopeAsync((_, db) =>
            db.Database.ExecuteSqlRawAsync(delete)));
        Assert.Equal(count, await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().CountAsync()));
        Assert.False(await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AnyAsync(e => e.Summary == "vervalst")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChangeAuditEventThroughDbContext_IsRefusedByTheApplication(DatabaseProvider provider)
    {
        var (app, _, _) = await apps.GetAsync(provider);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.InScopeAsync(async (_, db) =>
        {
            var row = await db.AuditEvents.IgnoreQueryFilters().FirstAsync();
            row.Summary = "vervalst";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditPage_Beheerder_SeesOwnOrganisationOnly(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        // The other organisation acts first, so its Beheerder's name is in the audit log and the check below can fail.
        var other = b.Users[OrgRole.Beheerder];
        var otherBrowser = await app.SignedInClientAsync(other);
        Assert.Equal(HttpStatusCode.OK, (await otherBrowser.GetAsync("/beheer/audit")).StatusCode);
        Assert.True(await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AnyAsync(e => e.ActorName == other.DisplayName)));

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var html = await browser.GetStringAsync("/beheer/audit");
        Assert.Contains("Auditlog", html, StringComparison.Ordinal);
        Assert.Contains(a.Users[OrgRole.Beheerder].DisplayName, html, StringComparison.Ordinal); // positive control
        Assert.DoesNotContain(other.DisplayName, html, StringComparison.Ordinal);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var denied = await coordinator.GetAsync("/beheer/audit");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/toegang-geweigerd", denied.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static Task<int> CountAsync(TestApp app, Guid userId, string action) =>
        app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.ActorUserId == userId && e.Action == action));
}
