using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Observations;

namespace Wijkkracht.Tests.Conversations;

/// <summary>
/// Issue 11 §3, reach: which groups, work forms and places were heard (conversations) and seen (observations), and
/// which not yet; only for those who may read conversations; another organisation gets 404. Both providers.
/// </summary>
public sealed class ReachTests(SharedApps apps) : IClassFixture<SharedApps>
{
    internal static Task<Approach> FreshApproachAsync(TestApp app, TestOrg org, string prefix) => app.InScopeAsync(async (_, db) =>
    {
        var approach = new Approach { OrganisationId = org.Organisation.Id, AreaId = org.Buurt.Id, Title = prefix + " " + Guid.NewGuid().ToString("N")[..6], Issue = "x", Method = ApproachMethod.Beide, StartDate = new DateOnly(2026, 1, 1), Status = ApproachStatus.Actief };
        db.Approaches.Add(approach);
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Wijkverbinder].Id, Role = ApproachRole.Wijkverbinder });
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Partner].Id, Role = ApproachRole.Partner });
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Netwerklid].Id, Role = ApproachRole.Netwerklid });
        await db.SaveChangesAsync();
        return approach;
    }, org.Organisation.Id);

    private static Task<int> AddTalkAsync(TestApp app, TestOrg org, Guid approachId, PartnerCategory partner, ConversationSetting setting, string place, DateOnly date) => app.InScopeAsync(async (_, db) =>
    {
        db.Add(new Conversation { OrganisationId = org.Organisation.Id, ApproachId = approachId, Date = date, Setting = setting, PartnerCategory = partner, Place = place });
        return await db.SaveChangesAsync();
    }, org.Organisation.Id);

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("toegang-geweigerd", StringComparison.Ordinal) == true)
            return HttpStatusCode.Forbidden;
        return response.StatusCode;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReachPage_ByRole_CoreTeamOpensPartnerNetworkAndOversightAreRefusedOtherTenant404(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a, "Bereik-rol");
        var url = $"/aanpakken/{approach.Id}/gesprekken/bereik";
        var expected = new Dictionary<OrgRole, HttpStatusCode>
        {
            [OrgRole.Coordinator] = HttpStatusCode.OK,
            [OrgRole.Wijkverbinder] = HttpStatusCode.OK,
            [OrgRole.Partner] = HttpStatusCode.Forbidden,
            [OrgRole.Netwerklid] = HttpStatusCode.Forbidden,
            [OrgRole.Beheerder] = HttpStatusCode.Forbidden,
        };
        var failures = new List<string>();
        foreach (var (role, status) in expected)
        {
            var actual = await StatusAsync(await app.SignedInClientAsync(a.Users[role]), url);
            if (actual != status)
                failures.Add($"{role}: expected {(int)status}, got {(int)actual}");
        }

        var other = await StatusAsync(await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]), url);
        if (other != HttpStatusCode.NotFound)
            failures.Add($"other tenant: expected 404, got {(int)other}");
        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReachPage_WithConversationsAndObservations_ShowsHeardSeenAndNotYetReachedAndIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a, "Bereik");
        await AddTalkAsync(app, a, approach.Id, PartnerCategory.Jongere, ConversationSetting.Straat, "Trapveld", new DateOnly(2026, 4, 10));
        await AddTalkAsync(app, a, approach.Id, PartnerCategory.Jongere, ConversationSetting.Koffietafel, "trapveld ", new DateOnly(2026, 5, 3));
        await ObservationTests.AddAsync(app, a, approach.Id, a.Users[OrgRole.Wijkverbinder].Id, new DateOnly(2026, 6, 1), "10:00", "Bushalte Zuid", "|ouderen=Klein|jongeren=Klein|");

        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var list = await client.GetStringAsync($"/aanpakken/{approach.Id}/gesprekken");
        Assert.Contains($"/aanpakken/{approach.Id}/gesprekken/bereik\"", list, StringComparison.Ordinal);
        var page = await client.GetStringAsync($"/aanpakken/{approach.Id}/gesprekken/bereik");
        // Jongeren: heard twice (last 3-5-2026) and seen once.
        Assert.Matches(@"<th scope=""row"">Jongeren</th><td>2</td><td>3-5-2026</td><td>1</td><td>1-6-2026</td><td>Gehoord en gezien</td>", page);
        // Ouderen: no partner category, seen once.
        Assert.Matches(@"<th scope=""row"">Ouderen</th><td>–</td><td>–</td><td>1</td><td>1-6-2026</td><td>Gezien \(geen soort gesprekspartner\)</td>", page);
        // Ondernemers: neither heard nor seen.
        Assert.Matches(@"<th scope=""row"">Ondernemers</th><td>0</td><td>–</td><td>0</td><td>–</td><td>Nog niet bereikt</td>", page);
        // Places: "Trapveld" and "trapveld " are one place; the bus stop was seen, not heard, and is in the gap list.
        Assert.Matches(@"<th scope=""row"">Trapveld</th><td>2</td>", page);
        Assert.Matches(@"<th scope=""row"">Bushalte Zuid</th><td>0</td><td>–</td><td>1</td><td>1-6-2026</td><td>Gezien, nog niet gehoord</td>", page);
        Assert.Contains("<li>Bushalte Zuid (wel gezien: 1 keer)</li>", page, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row"">Portiekgesprek</th><td>0</td><td>–</td><td>Nog niet gebruikt</td>", page);

        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AsNoTracking()
            .CountAsync(e => e.ApproachId == approach.Id && e.Action == "view" && e.Summary.StartsWith("Bereik bekeken")), a.Organisation.Id);
        Assert.Equal(1, audited);
    }

    [Theory]
    [InlineData(3, 1, "Gehoord en gezien")]
    [InlineData(0, 2, "Gezien, nog niet gehoord")]
    [InlineData(2, 0, "Gehoord, nog niet gezien")]
    [InlineData(0, 0, "Nog niet bereikt")]
    [InlineData(0, null, "Nog niet gehoord")]
    [InlineData(null, 0, "Nog niet gezien")]
    public void ReachRowStatus_ForCounts_SaysWhatIsMissing(int? heard, int? seen, string expected) =>
        Assert.Equal(expected, new ReachRow("x", heard, null, seen, null).Status);
}
