using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Conversations;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Safety;

/// <summary>
/// Issue 14 §7: the Beheerder finds everything held about a person (the network register, free text, the encrypted
/// safety texts), exports exactly that, and erases it with a reason: the person and their ties leave the network, kept
/// runs are marked, mentions become "[verwijderd]" (in the audit log too) and one summary event remains. Both providers.
/// </summary>
public sealed class SubjectRightsTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Subject_SearchExportAndErase_CoverEveryRecordOfThePersonAndNothingElse(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Betrokkene");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = "Zwaluw" + suffix;
        var other = "Merel" + suffix;
        var (personId, otherId, runId) = await app.InScopeAsync(async (_, db) =>
        {
            var person = new NetworkActor { ApproachId = approach.Id, Kind = ActorKind.Persoon, DisplayName = "Karel " + name, Talents = "Kookt voor de buurt" };
            var neighbour = new NetworkActor { ApproachId = approach.Id, Kind = ActorKind.Persoon, DisplayName = "Anna " + other };
            db.AddRange(person, neighbour);
            db.Add(new NetworkRelation { ApproachId = approach.Id, FromActorId = person.Id, ToActorId = neighbour.Id });
            db.Add(new Observation { ApproachId = approach.Id, ObservedOn = new DateOnly(2026, 2, 3), ObservedAt = new TimeOnly(16, 0), PlaceName = "Plein", Groups = "jongeren", WhatHappens = $"{name} (zwaluw{suffix}) zet koffie bij de bankjes", RecordedByUserId = a.Users[OrgRole.Wijkverbinder].Id });
            db.Add(new Observation { ApproachId = approach.Id, ObservedOn = new DateOnly(2026, 2, 3), ObservedAt = new TimeOnly(17, 0), PlaceName = "Plein", Groups = "ouders", WhatHappens = other + " praat met ouders", RecordedByUserId = a.Users[OrgRole.Wijkverbinder].Id });
            var run = new NetworkAnalysisRun { ApproachId = approach.Id, Label = "Proefrun", AsOf = new DateOnly(2026, 2, 1), Data = $"{{\"Actors\":[{{\"Id\":\"{person.Id}\"}}]}}" };
            db.Add(run);
            await db.SaveChangesAsync();
            return (person.Id, neighbour.Id, run.Id);
        }, a.Organisation.Id);
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.Created, (await partner.PostAsJsonAsync($"/api/v1/approaches/{approach.Id}/safety-reports",
            new { kind = "Bedreiging", happenedOn = "2026-02-04", whatHappened = $"{name} is bedreigd na de koffie", feeling = "Onveilig", policeAware = "Ja", contactPreference = "Email" })).StatusCode);

        // Search: the Beheerder only; the person, the observation and the encrypted report; not the neighbour's observation.
        var beheerder = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(a.Users[OrgRole.Coordinator])).GetAsync($"/api/v1/privacy/subjects?q={name}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await beheerder.GetAsync("/api/v1/privacy/subjects?q=ab")).StatusCode);
        var hits = Json(await beheerder.GetStringAsync($"/api/v1/privacy/subjects?q={name}")).EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("kind").GetString() == "NetworkPerson" && h.GetProperty("id").GetGuid() == personId);
        Assert.Contains(hits, h => h.GetProperty("entityType").GetString() == nameof(Observation));
        Assert.Contains(hits, h => h.GetProperty("entityType").GetString() == nameof(SafetyReport) && h.GetProperty("fields")[0].GetString() == "WhatHappened");
        Assert.DoesNotContain(hits, h => h.GetProperty("id").GetGuid() == otherId);
        Assert.Empty(Json(await (await app.ApiClientAsync(b.Users[OrgRole.Beheerder])).GetStringAsync($"/api/v1/privacy/subjects?q={name}")).EnumerateArray());

        // Export: every record of the person, nothing of the neighbour.
        var zipBytes = await beheerder.GetByteArrayAsync($"/api/v1/privacy/subjects/export?q={name}");
        using (var zip = new ZipArchive(new MemoryStream(zipBytes)))
        {
            using var reader = new StreamReader(zip.GetEntry("betrokkene.json")!.Open());
            var json = await reader.ReadToEndAsync();
            Assert.Contains("is bedreigd na de koffie", json, StringComparison.Ordinal);
            Assert.Contains("zet koffie bij de bankjes", json, StringComparison.Ordinal);
            Assert.DoesNotContain(other, json, StringComparison.Ordinal);
            Assert.Equal(hits.Count, Json(json).GetProperty("records").GetArrayLength());
        }

        // Erase: the count must match, the reason must not name the person.
        var url = "/api/v1/privacy/subjects/erase";
        Assert.Equal(HttpStatusCode.Conflict, (await beheerder.PostAsJsonAsync(url, new { query = name, reason = "Verzoek van de betrokkene van 3 februari", expectedCount = hits.Count + 1 })).StatusCode);
        var named = await beheerder.PostAsJsonAsync(url, new { query = name, reason = "Verzoek van " + name, expectedCount = hits.Count });
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.Contains("Noem de naam", await named.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var erased = await beheerder.PostAsJsonAsync(url, new { query = name, reason = "Verzoek van de betrokkene van 3 februari (AVG art. 17)", expectedCount = hits.Count });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var counts = Json(await erased.Content.ReadAsStringAsync());
        Assert.Equal(1, counts.GetProperty("networkPersons").GetInt32());
        Assert.Equal(1, counts.GetProperty("analysisRunsMarked").GetInt32());

        Assert.Empty(Json(await beheerder.GetStringAsync($"/api/v1/privacy/subjects?q={name}")).EnumerateArray());
        var after = await app.InScopeAsync(async (sp, db) =>
        {
            var sensitive = sp.GetRequiredService<SensitiveText>();
            var report = await db.Set<SafetyReport>().SingleAsync(r => r.ApproachId == approach.Id);
            return (
                Person: await db.Set<NetworkActor>().AnyAsync(x => x.Id == personId),
                Neighbour: await db.Set<NetworkActor>().AnyAsync(x => x.Id == otherId),
                Ties: await db.Set<NetworkRelation>().CountAsync(r => r.ApproachId == approach.Id),
                Observations: await db.Set<Observation>().Where(o => o.ApproachId == approach.Id).OrderBy(o => o.ObservedAt).Select(o => o.WhatHappens).ToListAsync(),
                Report: sensitive.Unprotect(report.WhatHappenedProtected),
                Run: (await db.Set<NetworkAnalysisRun>().SingleAsync(r => r.Id == runId)).PersonErasedAt,
                Audit: await db.AuditEvents.Where(e => e.OrganisationId == a.Organisation.Id).Select(e => e.Summary + e.Changes).ToListAsync());
        }, a.Organisation.Id);
        Assert.False(after.Person);
        Assert.True(after.Neighbour);
        Assert.Equal(0, after.Ties);
        Assert.Equal("[verwijderd] ([verwijderd]) zet koffie bij de bankjes", after.Observations[0]);
        Assert.Equal(other + " praat met ouders", after.Observations[1]);
        Assert.Equal("[verwijderd] is bedreigd na de koffie", after.Report);
        Assert.NotNull(after.Run);
        // The audit log stays append-only (ADR 0009); what it shows masks the erased name, which is stored encrypted.
        var shown = await beheerder.GetStringAsync("/api/v1/audit-events?pageSize=100");
        Assert.DoesNotContain(name, shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[verwijderd]", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(name, string.Join("|", await app.InScopeAsync(async (_, db) => await db.Set<Wijkkracht.Core.Privacy.ErasedTerm>().Select(t => t.TermProtected).ToListAsync(), a.Organisation.Id)), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(after.Audit, text => text.Contains("Gegevens van een betrokkene gewist", StringComparison.Ordinal) && text.Contains("AVG art. 17", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EraseAccount_WithChangesInAnApproach_RecentChangesNoLongerShowTheName(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Wissen");
        var name = "Ekster" + Guid.NewGuid().ToString("N")[..6];
        await app.InScopeAsync(async (sp, db) =>
        {
            var email = $"{name.ToLowerInvariant()}@test.example";
            var user = new AppUser { OrganisationId = a.Organisation.Id, UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Jet " + name, Role = OrgRole.Partner };
            Assert.True((await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().CreateAsync(user, TestApp.Password)).Succeeded);
            db.AuditEvents.Add(new Wijkkracht.Core.Audit.AuditEvent
            {
                OrganisationId = a.Organisation.Id,
                At = DateTimeOffset.UtcNow,
                ActorUserId = user.Id,
                ActorName = user.DisplayName,
                Action = "create",
                EntityType = "ApproachMember",
                EntityId = Guid.NewGuid().ToString(),
                ApproachId = approach.Id,
                Summary = "Lid toegevoegd",
            });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Contains(name, await coordinator.GetStringAsync($"/aanpakken/{approach.Id}"), StringComparison.Ordinal);

        var beheerder = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var count = Json(await beheerder.GetStringAsync($"/api/v1/privacy/subjects?q={name}")).GetArrayLength();
        var erased = await beheerder.PostAsJsonAsync("/api/v1/privacy/subjects/erase", new { query = name, reason = "Verzoek van de betrokkene (AVG art. 17)", expectedCount = count });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);

        var overview = await coordinator.GetStringAsync($"/aanpakken/{approach.Id}");
        Assert.DoesNotContain(name, overview, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[verwijderd]", overview, StringComparison.Ordinal);
    }
}
