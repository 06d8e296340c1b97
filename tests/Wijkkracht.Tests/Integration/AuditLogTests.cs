using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// Issue 9 §8: the audit log filters by person, approach, date range and kind, links to the record, shows what changed
/// with secrets masked, and exports the filtered list to CSV, which is itself audited.
/// </summary>
public sealed class AuditLogTests(SharedApps apps) : IClassFixture<SharedApps>
{
    /// <summary>The wijkverbinder renames a fresh goal over the API; returns the goal id and the new title.</summary>
    private static async Task<(Guid GoalId, string Title)> RenameGoalAsync(TestApp app, TestOrg a)
    {
        var goal = await GoalOwnerTests.AddGoalAsync(app, a, null, "Oude titel " + Guid.NewGuid().ToString("N")[..6]);
        var title = "Nieuwe titel " + Guid.NewGuid().ToString("N")[..6];
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var response = await api.PutAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/goals/{goal.Id}", new { title, level = "Micro", term = "Kort", version = goal.Version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (goal.Id, title);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditLog_FiltersByPersonApproachDateAndKind_AndLinksToTheRecord(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var (goalId, title) = await RenameGoalAsync(app, a);
        var admin = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        // The filter reads dates as Dutch days; after 23:00 UTC the Dutch date is already tomorrow.
        var today = Wijkkracht.Core.Common.DutchTimeProvider.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var wijkverbinder = a.Users[OrgRole.Wijkverbinder].Id;
        var filter = $"/beheer/audit?persoon={wijkverbinder}&aanpak={a.Approach.Id}&soort=Goal";

        var html = await admin.GetStringAsync($"{filter}&handeling=update&van={today}&tot={today}");
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/aanpakken/{a.Approach.Id}/doelen/{goalId}\"", html, StringComparison.Ordinal);
        Assert.Contains(" → ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Auditlog bekeken", html, StringComparison.Ordinal);

        Assert.DoesNotContain(title, await admin.GetStringAsync($"/beheer/audit?persoon={a.Users[OrgRole.Partner].Id}&aanpak={a.Approach.Id}&soort=Goal"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await admin.GetStringAsync($"{filter}&handeling=delete"), StringComparison.Ordinal);
        var before2026 = await admin.GetStringAsync($"{filter}&tot=2026-01-01");
        var at = before2026.IndexOf(title, StringComparison.Ordinal);
        Assert.True(at < 0, at < 0 ? "" : before2026[Math.Max(0, at - 1500)..Math.Min(before2026.Length, at + 300)]);
        Assert.Contains("Auditregels (0)", await admin.GetStringAsync($"{filter}&van=2099-01-01"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await admin.GetStringAsync($"/beheer/audit?aanpak={Guid.NewGuid()}&soort=Goal"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditLog_ChangesOfAnAccount_ShowSecretsMasked(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var user = a.Users[OrgRole.Wijkverbinder];
        var browser = await app.SignedInClientAsync(user);
        const string next = "Nieuwe-zin-over-de-Rijn-bij-Lobith";
        var changed = await TestApp.PostFormAsync(browser, "/account", new() { ["Input.CurrentPassword"] = TestApp.Password, ["Input.NewPassword"] = next });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var hash = await app.InScopeAsync((_, db) => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync(), a.Organisation.Id);

        var admin = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var html = await admin.GetStringAsync($"/beheer/audit?persoon={user.Id}&soort=AppUser&handeling=update");
        Assert.Contains("PasswordHash: *** → ***", html, StringComparison.Ordinal);
        Assert.DoesNotContain(hash!, html, StringComparison.Ordinal);

        // Older rows that kept a hash or token in clear are masked when shown.
        var shown = AuditService.Changes(new AuditEvent { Changes = "{\"before\":{\"TokenHash\":\"abc123\",\"Name\":\"oud\"},\"after\":{\"TokenHash\":\"def456\",\"Name\":\"nieuw\"}}" });
        Assert.Equal([new AuditChange("TokenHash", "***", "***"), new AuditChange("Name", "oud", "nieuw")], shown);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditLog_CsvExport_HoldsTheFilteredRowsAndIsItselfAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var (_, title) = await RenameGoalAsync(app, a);
        var admin = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var wijkverbinder = a.Users[OrgRole.Wijkverbinder].Id;
        var page = $"/beheer/audit?persoon={wijkverbinder}&soort=Goal";
        var response = await TestApp.PostFormAsync(admin, page, new() { ["persoon"] = wijkverbinder.ToString(), ["soort"] = "Goal" }, "/beheer/audit?handler=Exporteren");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Wanneer;Wie;Handeling;Soort record;Record-id;Aanpak;Omschrijving;Wijzigingen", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(title, StringComparison.Ordinal) && l.Contains(a.Users[OrgRole.Wijkverbinder].DisplayName, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains(a.Users[OrgRole.Wijkverbinder].DisplayName, l, StringComparison.Ordinal));

        var export = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.ActorUserId == a.Users[OrgRole.Beheerder].Id && e.Action == AuditActions.Export).OrderByDescending(e => e.Id).FirstOrDefaultAsync(), a.Organisation.Id);
        Assert.NotNull(export);
        Assert.Contains($"{lines.Length - 1} regels", export.Summary, StringComparison.Ordinal);
    }
}
