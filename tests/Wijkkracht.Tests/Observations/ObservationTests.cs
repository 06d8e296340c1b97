using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Integration;

namespace Wijkkracht.Tests.Observations;

/// <summary>
/// Issue 10: observations recorded on the page (without JavaScript) and over the API, the name warning, the visibility
/// of free text, authorization per role, another organisation's ids, audit, filters, GeoJSON and CSV. Both providers.
/// </summary>
public sealed class ObservationTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Url(TestOrg org) => $"/api/v1/approaches/{org.Approach.Id}/observations";

    internal static Task<Observation> AddAsync(TestApp app, TestOrg org, Guid approachId, Guid recorder, DateOnly on, string at, string place, string groups, ObservationKind? kind = null,
        double? lat = null, double? lon = null, string factors = "", string notes = "") => app.InScopeAsync(async (_, db) =>
    {
        var time = TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var o = new Observation
        {
            OrganisationId = org.Organisation.Id,
            ApproachId = approachId,
            RecordedByUserId = recorder,
            ObservedOn = on,
            ObservedAt = time,
            PartOfDay = ObservationCodec.PartOfDayFor(time),
            DayType = ObservationCodec.DayTypeFor(on),
            PlaceName = place,
            Groups = groups,
            Kind = kind,
            Latitude = lat,
            Longitude = lon,
            Factors = factors,
            WhatHappens = notes,
        };
        db.Add(o);
        await db.SaveChangesAsync();
        return o;
    }, org.Organisation.Id);

    /// <summary>A fresh approach in <paramref name="org"/> with the wijkverbinder and partner as members, so counts do not mix between tests.</summary>
    private static Task<Approach> FreshApproachAsync(TestApp app, TestOrg org) => app.InScopeAsync(async (_, db) =>
    {
        var approach = new Approach { OrganisationId = org.Organisation.Id, AreaId = org.Buurt.Id, Title = "Waarnemen " + Guid.NewGuid().ToString("N")[..6], Issue = "x", Method = ApproachMethod.Beide, StartDate = new DateOnly(2026, 1, 1), Status = ApproachStatus.Actief };
        db.Approaches.Add(approach);
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Wijkverbinder].Id, Role = ApproachRole.Wijkverbinder });
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Partner].Id, Role = ApproachRole.Partner });
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Netwerklid].Id, Role = ApproachRole.Netwerklid });
        await db.SaveChangesAsync();
        return approach;
    }, org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Record_OnThePageWithoutJavaScript_SavesDerivedPartOfDayAndIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var resident = a.Users[OrgRole.Netwerklid];
        var browser = await app.SignedInClientAsync(resident);
        var url = $"/aanpakken/{approach.Id}/waarnemingen/nieuw";
        var form = await browser.GetStringAsync(url);
        Assert.Contains("Wie groet wie?", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Groups[0].Size\"", form, StringComparison.Ordinal);

        var saved = await TestApp.PostFormAsync(browser, url, new()
        {
            ["Input.ObservedOn"] = "2026-11-28",
            ["Input.ObservedAt"] = "21:15",
            ["Input.PlaceName"] = "Speelplein Kastanjehof",
            ["Input.Groups[0].Category"] = "jongeren",
            ["Input.Groups[0].Size"] = "Klein",
            ["Input.Groups[1].Category"] = "ouderen",
            ["Input.Groups[1].Size"] = "",
            ["Input.WhatHappens"] = "Groepje jongeren op de bankjes, muziek aan.",
            ["Input.PromptAnswers[claimen]"] = "De jongeren claimen de bankjes.",
            ["Input.Kind"] = "Klacht",
            ["Input.Factors"] = "peers",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.InScopeAsync((_, db) => db.Set<Observation>().AsNoTracking().SingleAsync(o => o.ApproachId == approach.Id), a.Organisation.Id);
        Assert.Equal(PartOfDay.Avond, stored.PartOfDay);
        Assert.Equal(DayType.Weekend, stored.DayType);
        Assert.Equal("|jongeren=Klein|", stored.Groups);
        Assert.Equal("|peers|", stored.Factors);
        Assert.Equal(resident.Id, stored.RecordedByUserId);
        Assert.Equal("De jongeren claimen de bankjes.", ObservationCodec.DecodeAnswers(stored.PromptAnswers)["claimen"]);
        var audit = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.EntityId == stored.Id.ToString()).ToListAsync());
        Assert.Contains(audit, e => e.Action == "create" && e.EntityType == nameof(Observation) && e.ActorUserId == resident.Id);

        var list = await browser.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen");
        Assert.Contains("Speelplein Kastanjehof", list, StringComparison.Ordinal);
        Assert.Contains("Welke groepen waar en wanneer", list, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Record_TextThatNamesSomeone_WarnsAndKeepsInputUntilConfirmed(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        var url = $"/aanpakken/{approach.Id}/waarnemingen/nieuw";
        var fields = new Dictionary<string, string>
        {
            ["Input.ObservedOn"] = "2026-11-25",
            ["Input.ObservedAt"] = "08:10",
            ["Input.PlaceName"] = "Schoolplein",
            ["Input.WhatHappens"] = "Kees van Dorpsstraat 12 veegt het plein.",
        };
        var warned = await TestApp.PostFormAsync(browser, url, fields);
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var page = await warned.Content.ReadAsStringAsync();
        Assert.Contains("lijkt een naam of adres te bevatten", page, StringComparison.Ordinal);
        Assert.Contains("&#x27;Kees&#x27;", page, StringComparison.Ordinal);
        Assert.Contains("Kees van Dorpsstraat 12 veegt het plein.", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.ConfirmPossibleNames\"", page, StringComparison.Ordinal);
        Assert.Equal(0, await app.InScopeAsync((_, db) => db.Set<Observation>().CountAsync(o => o.ApproachId == approach.Id), a.Organisation.Id));

        fields["Input.ConfirmPossibleNames"] = "true";
        var saved = await TestApp.PostFormAsync(browser, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await app.InScopeAsync((_, db) => db.Set<Observation>().CountAsync(o => o.ApproachId == approach.Id), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FreeText_IsReadByCoreTeamAndObserver_NotByOtherMembers(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        await AddAsync(app, a, approach.Id, a.Users[OrgRole.Partner].Id, new DateOnly(2026, 11, 2), "16:00", "Winkelcentrum", "|ondernemers=Klein|", ObservationKind.Kracht, notes: "Notitie van de partner.");
        await AddAsync(app, a, approach.Id, a.Users[OrgRole.Wijkverbinder].Id, new DateOnly(2026, 11, 1), "16:00", "Sporthal", "|jongeren=Klein|", notes: "Notitie van het kernteam.");
        var url = $"/api/v1/approaches/{approach.Id}/observations";

        async Task<Dictionary<string, JsonElement>> Items(OrgRole role)
        {
            var client = await app.ApiClientAsync(a.Users[role]);
            var body = await client.GetFromJsonAsync<JsonElement>(url);
            return body.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("placeName").GetString()!, i => i.GetProperty("whatHappens"));
        }

        var core = await Items(OrgRole.Wijkverbinder);
        Assert.Equal("Notitie van de partner.", core["Winkelcentrum"].GetString());
        Assert.Equal("Notitie van het kernteam.", core["Sporthal"].GetString());
        var partner = await Items(OrgRole.Partner);
        Assert.Equal("Notitie van de partner.", partner["Winkelcentrum"].GetString());
        Assert.Equal(JsonValueKind.Null, partner["Sporthal"].ValueKind);

        var residentPage = await (await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid])).GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen");
        Assert.DoesNotContain("Notitie van", residentPage, StringComparison.Ordinal);
        Assert.Contains("Winkelcentrum", residentPage, StringComparison.Ordinal);
        Assert.Contains("Sporthal", residentPage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Authorization_PerRole_AllowsMembersAndObserversAndDeniesTheRest(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var byPartner = await AddAsync(app, a, approach.Id, a.Users[OrgRole.Partner].Id, new DateOnly(2026, 11, 3), "10:00", "Markt", "|ouderen=Klein|");
        var byWijkverbinder = await AddAsync(app, a, approach.Id, a.Users[OrgRole.Wijkverbinder].Id, new DateOnly(2026, 11, 3), "11:00", "Markt", "|ouderen=Klein|");
        var otherTenant = await AddAsync(app, b, b.Approach.Id, b.Users[OrgRole.Wijkverbinder].Id, new DateOnly(2026, 11, 3), "11:00", "Elders", "");
        var url = $"/api/v1/approaches/{approach.Id}/observations";
        object Body(Guid version) => new { observedOn = "2026-11-04", observedAt = "19:30", placeName = "Markt", groups = new[] { new { category = "jongeren", size = "Groot" } }, version };

        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "POST", url, Body(Guid.Empty), HttpStatusCode.Created),
            (OrgRole.Coordinator, "POST", url, Body(Guid.Empty), HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "PUT", $"{url}/{byPartner.Id}", Body(byPartner.Version), HttpStatusCode.OK),
            (OrgRole.Partner, "PUT", $"{url}/{byWijkverbinder.Id}", Body(byWijkverbinder.Version), HttpStatusCode.Forbidden),
            (OrgRole.Partner, "DELETE", $"{url}/{byWijkverbinder.Id}", null, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "DELETE", $"{url}/{byPartner.Id}", null, HttpStatusCode.NoContent),
            (OrgRole.Wijkverbinder, "GET", $"{url}/{otherTenant.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Wijkverbinder, "PUT", $"{url}/{otherTenant.Id}", Body(otherTenant.Version), HttpStatusCode.NotFound),
            (OrgRole.Wijkverbinder, "GET", Url(b), null, HttpStatusCode.NotFound),
            (OrgRole.Wijkverbinder, "POST", Url(b), Body(Guid.Empty), HttpStatusCode.NotFound),
        ]);
        Assert.Empty(failures);
        var stillThere = await app.InScopeAsync((_, db) => db.Set<Observation>().IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == otherTenant.Id), null);
        Assert.Equal("Elders", stillThere.PlaceName);
        var edited = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.EntityId == byPartner.Id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("update", edited);
        Assert.Contains("delete", edited);

        // A network member reads someone else's observation as text and may not change it.
        var resident = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var readOnly = await resident.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen/{byWijkverbinder.Id}");
        Assert.DoesNotContain("name=\"Input.PlaceName\"", readOnly, StringComparison.Ordinal);
        var refused = await TestApp.PostFormAsync(resident, $"/aanpakken/{approach.Id}/waarnemingen/{byWijkverbinder.Id}", new()
        {
            ["Input.ObservedOn"] = "2026-11-04",
            ["Input.ObservedAt"] = "10:00",
            ["Input.PlaceName"] = "Gewijzigd",
            ["Input.Version"] = byWijkverbinder.Version.ToString(),
        });
        Assert.Contains("toegang-geweigerd", refused.Headers.Location?.ToString(), StringComparison.Ordinal);

        var otherPage = await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetAsync($"/aanpakken/{b.Approach.Id}/waarnemingen/{otherTenant.Id}");
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_Filters_SelectByPeriodPartOfDayGroupFactorKindAndBbox(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var me = a.Users[OrgRole.Wijkverbinder].Id;
        await AddAsync(app, a, approach.Id, me, new DateOnly(2026, 10, 5), "09:00", "Plein", "|ouderen=Klein|", ObservationKind.Kracht, 52.10, 5.10, "|sociale-binding|");
        await AddAsync(app, a, approach.Id, me, new DateOnly(2026, 10, 10), "21:00", "Plein", "|jongeren=Groot|", ObservationKind.Klacht, 52.11, 5.11, "|peers|");
        await AddAsync(app, a, approach.Id, me, new DateOnly(2026, 11, 7), "22:00", "Station", "|jongeren=Klein|ouderen=Enkeling|", ObservationKind.Klacht, 52.30, 5.30);
        await AddAsync(app, a, approach.Id, me, new DateOnly(2026, 11, 8), "14:00", "Bibliotheek", "|ouders-met-kinderen=Middel|");
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/observations";

        async Task<int> Count(string query) => (await client.GetFromJsonAsync<JsonElement>(url + query)).GetProperty("totalItems").GetInt32();
        Assert.Equal(4, await Count(""));
        Assert.Equal(2, await Count("?from=2026-11-01"));
        Assert.Equal(2, await Count("?from=2026-10-01&to=2026-10-31"));
        Assert.Equal(2, await Count("?partOfDay=Avond"));
        Assert.Equal(2, await Count("?group=jongeren"));
        Assert.Equal(2, await Count("?group=ouderen"));
        Assert.Equal(1, await Count("?factor=peers"));
        Assert.Equal(2, await Count("?kind=Klacht"));
        Assert.Equal(3, await Count("?dayType=Weekend"));
        Assert.Equal(2, await Count("?bbox=5.0,52.0,5.2,52.2"));
        Assert.Equal(1, await Count("?group=jongeren&partOfDay=Avond&from=2026-11-01"));
        var paged = await client.GetFromJsonAsync<JsonElement>(url + "?pageSize=3&page=2");
        Assert.Equal(1, paged.GetProperty("items").GetArrayLength());
        Assert.Equal(4, paged.GetProperty("totalItems").GetInt32());

        var badBox = await client.GetAsync(url + "?bbox=5,52,4");
        Assert.Equal(HttpStatusCode.BadRequest, badBox.StatusCode);
        Assert.Equal("application/problem+json", badBox.Content.Headers.ContentType?.MediaType);
        var badGroup = await client.GetAsync(url + "?group=onbekend");
        Assert.Equal(HttpStatusCode.BadRequest, badGroup.StatusCode);

        var page = await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen?groep=jongeren&dagdeel=Avond");
        Assert.Contains("2 waarnemingen", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bibliotheek", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Summary_CountedByTheDatabase_MatchesTheGridAndCountsOfTheObservations(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var me = a.Users[OrgRole.Wijkverbinder];
        await AddAsync(app, a, approach.Id, me.Id, new DateOnly(2026, 10, 5), "09:00", "Plein", "|jongeren=Klein|ouderen=Groot|", ObservationKind.Kracht, 52.10, 5.10);
        await AddAsync(app, a, approach.Id, me.Id, new DateOnly(2026, 10, 10), "21:00", "Plein", "|jongeren=Groot|", ObservationKind.Klacht);
        await AddAsync(app, a, approach.Id, me.Id, new DateOnly(2026, 10, 11), "21:30", "Plein", "|jongeren=Klein|ondernemers=Enkeling|", ObservationKind.Klacht);
        await AddAsync(app, a, approach.Id, me.Id, new DateOnly(2026, 11, 7), "14:00", "", "", null, 52.30, 5.30);
        await AddAsync(app, a, approach.Id, me.Id, new DateOnly(2026, 11, 8), "02:00", "Station", "|ouderen=Enkeling|");
        var actor = new Actor(me.Id, a.Organisation.Id, me.Role, me.DisplayName);

        var (summary, selection) = await app.AsActorAsync(actor, async (sp, _) =>
        {
            var service = sp.GetRequiredService<ObservationService>();
            var counted = await service.SummaryAsync(approach.Id, new ObservationFilter(), actor, withGrid: true);
            var loaded = await service.SelectAsync(approach.Id, new ObservationFilter(), actor);
            return (counted.Value!, loaded.Value!.Select(v => v.Observation).ToList());
        });

        Assert.Equal(5, summary.Count);
        Assert.Equal(new DateOnly(2026, 10, 5), summary.First);
        Assert.Equal(new DateOnly(2026, 11, 8), summary.Last);
        Assert.Equal(1, summary.Kracht);
        Assert.Equal(2, summary.Klacht);
        Assert.Equal(2, summary.ByPart[PartOfDay.Avond]);
        Assert.Equal(1, summary.ByPart[PartOfDay.Nacht]);
        Assert.Equal(4, summary.Weekend);
        var expected = ObservationGrid.Build(selection);
        Assert.Equal(expected.Places, summary.Grid.Places);
        Assert.Equal(["Plein", "Station", ObservationGrid.UnnamedPlace], summary.Grid.Places);
        foreach (var place in expected.Places)
        {
            foreach (var part in ObservationGrid.Parts)
            {
                var want = expected.Cell(place, part);
                var got = summary.Grid.Cell(place, part);
                Assert.Equal(want?.Observations, got?.Observations);
                Assert.Equal(want?.Groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToList(), got?.Groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToList());
            }
        }

        var evening = summary.Grid.Cell("Plein", PartOfDay.Avond)!;
        Assert.Equal(2, evening.Observations);
        Assert.Equal(2, evening.Groups["jongeren"]);
        Assert.Equal(1, evening.Groups["ondernemers"]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_GeoJsonAndCsv_GiveTheSameSelection(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var me = a.Users[OrgRole.Wijkverbinder].Id;
        await AddAsync(app, a, approach.Id, me, new DateOnly(2026, 10, 5), "09:00", "Plein, noord", "|ouderen=Klein|", ObservationKind.Kracht, 52.15517, 5.38721, notes: "Zegt \"hallo\"");
        await AddAsync(app, a, approach.Id, me, new DateOnly(2026, 10, 6), "20:00", "Alleen een naam", "|jongeren=Groot|");
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/observations";

        using var geoRequest = new HttpRequestMessage(HttpMethod.Get, url);
        geoRequest.Headers.Accept.ParseAdd("application/geo+json");
        var geo = await client.SendAsync(geoRequest);
        Assert.Equal("application/geo+json", geo.Content.Headers.ContentType?.MediaType);
        var doc = JsonDocument.Parse(await geo.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", doc.GetProperty("type").GetString());
        var feature = Assert.Single(doc.GetProperty("features").EnumerateArray());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(5.38721, feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
        Assert.Equal(52.15517, feature.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble());
        Assert.Equal("Ochtend", feature.GetProperty("properties").GetProperty("partOfDay").GetString());

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, url + "?partOfDay=Ochtend");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        var csv = await client.SendAsync(csvRequest);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("observedOn,observedAt,placeName,latitude,longitude,groups,factors,kind,companion,whatHappens,vraag_groeten", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-10-05,09:00,\"Plein, noord\",52.15517,5.38721,ouderen=Klein,,Kracht,,\"Zegt \"\"hallo\"\"\"", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StepPage_BuurtBeleven_ShowsTheObservationsSoFar_OtherStepsDoNot(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        await AddAsync(app, a, approach.Id, a.Users[OrgRole.Wijkverbinder].Id, new DateOnly(2026, 11, 14), "21:00", "Jeu-de-boulesbaan", "|jongeren=Klein|", ObservationKind.Klacht);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var step1 = await browser.GetStringAsync($"/aanpakken/{approach.Id}/stappen/wwp-stap-1");
        Assert.Contains("Waarnemingen tot nu toe", step1, StringComparison.Ordinal);
        Assert.Contains("Jeu-de-boulesbaan", step1, StringComparison.Ordinal);
        Assert.Contains("1 in het weekend", step1, StringComparison.Ordinal);
        var ess3 = await browser.GetStringAsync($"/aanpakken/{approach.Id}/stappen/ess-stap-3");
        Assert.Contains("Jeu-de-boulesbaan", ess3, StringComparison.Ordinal);
        var step2 = await browser.GetStringAsync($"/aanpakken/{approach.Id}/stappen/wwp-stap-2");
        Assert.DoesNotContain("Waarnemingen tot nu toe", step2, StringComparison.Ordinal);
    }
}
