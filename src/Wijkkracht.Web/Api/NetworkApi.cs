using Wijkkracht.Core.Common;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Network;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>
/// An actor of the network. <c>pseudonymised</c>: a protected person the reader may not know by name (the name and
/// personal details are replaced on the server). <c>influence</c> and <c>stance</c> are judgements, only for the core team
/// (null otherwise).
/// </summary>
public sealed record ActorDto(
    Guid Id, ActorKind Kind, string DisplayName, bool Pseudonymised, bool Informal, IReadOnlyList<string> Roles, PpctLevel? Sphere,
    string Talents, string Drives, string RespondsTo, Willingness Willingness, string Contribution, string LanguageNeeds, Compensation Compensation,
    DateOnly? MemberSince, Guid? ContactUserId, ProtectionLevel Protection, string? Influence, Stance? Stance, Guid Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ActorDto From(ActorView v)
    {
        var a = v.Actor;
        return new(a.Id, a.Kind, a.DisplayName, v.Pseudonymised, a.Informal, a.Roles, a.Sphere, a.Talents, a.Drives, a.RespondsTo, a.Willingness,
            a.Contribution, a.LanguageNeeds, a.Compensation, a.MemberSince, a.ContactUserId, a.Protection,
            v.ShowsJudgements ? a.Influence : null, v.ShowsJudgements ? a.Stance : null, a.Version, a.CreatedAt, a.UpdatedAt);
    }
}

/// <summary>A relation with its provenance; <c>active</c>: it counts in the analysis today.</summary>
public sealed record RelationDto(
    Guid Id, Guid FromActorId, Guid ToActorId, RelationType Type, bool Directed, int Strength, DateOnly? Since, string RecordedByName,
    RelationSource Source, Confidence Confidence, DateOnly? ExpiresOn, DateOnly? ConfirmedOn, Guid Version)
{
    public static RelationDto From(NetworkRelation r) => new(r.Id, r.FromActorId, r.ToActorId, r.Type, r.Directed, r.Strength, r.Since, r.RecordedByName,
        r.Source, r.Confidence, r.ExpiresOn, r.ConfirmedOn, r.Version);
}

/// <summary>A contact with an actor.</summary>
public sealed record ContactDto(Guid Id, Guid ActorId, DateOnly Date, ContactKind Kind, string TeamMember, string Note, Guid Version)
{
    public static ContactDto From(ContactLogEntry c) => new(c.Id, c.ActorId, c.Date, c.Kind, c.TeamMember, c.Note, c.Version);
}

/// <summary>An actor nobody has spoken to recently; <c>lastContact</c> null: never.</summary>
public sealed record StaleContactDto(Guid ActorId, string Name, bool Pseudonymised, DateOnly? LastContact);

/// <summary>The measures of one actor (NetworkX definitions on the undirected, unweighted graph of active relations).</summary>
public sealed record ActorMetricsDto(
    Guid ActorId, string Name, ActorKind Kind, bool Pseudonymised, double Degree, double Betweenness, double Closeness, double Eigenvector,
    double? Constraint, int Community, int Component, bool CutVertex);

/// <summary>A bridge: a relation whose loss splits the network.</summary>
public sealed record BridgeDto(Guid A, Guid B);

/// <summary>
/// The analysis: <c>items</c> per actor the reader may see; graph-level <c>nodes</c>, <c>edges</c>, <c>components</c>,
/// <c>communities</c> and <c>modularity</c> of the whole network.
/// </summary>
public sealed record NetworkMetricsDto(
    IReadOnlyList<ActorMetricsDto> Items, int Nodes, int Edges, int Components, int Communities, double Modularity, IReadOnlyList<BridgeDto> Bridges,
    int CutVertices, bool EigenvectorConverged, int ExpiredRelations, int ConflictRelations)
{
    public static NetworkMetricsDto From(NetworkReport r) => new(
        r.Items.Select(i => new ActorMetricsDto(i.ActorId, i.Name, i.Kind, i.Pseudonymised, i.Degree, i.Betweenness, i.Closeness, i.Eigenvector, i.Constraint, i.Community, i.Component, i.CutVertex)).ToList(),
        r.Nodes, r.Edges, r.Components, r.Communities, r.Modularity, r.Bridges.Select(b => new BridgeDto(b.A, b.B)).ToList(), r.CutVertices, r.EigenvectorConverged,
        r.ExpiredRelations, r.ConflictRelations);
}

/// <summary>A key player and the fragmentation once they (and those before them) are gone.</summary>
public sealed record KeyPlayerDto(Guid ActorId, string Name, bool Pseudonymised, double Fragmentation);

/// <summary>The key players of the network (KPP-Neg); <c>baseline</c> is the fragmentation with everyone present.</summary>
public sealed record KeyPlayersDto(DateOnly AsOf, int K, string Measure, double Baseline, IReadOnlyList<KeyPlayerDto> Items)
{
    public static KeyPlayersDto From(KeyPlayerReport r) => new(r.AsOf, r.K, r.Measure == FragmentationMeasure.Distance ? "distance" : "components", r.Baseline,
        r.Items.Select(i => new KeyPlayerDto(i.ActorId, i.Name, i.Pseudonymised, i.Fragmentation)).ToList());
}

/// <summary>A kept analysis run (without its per-actor data); <c>personErasedAt</c>: when a person in it was erased at their request.</summary>
public sealed record NetworkRunDto(Guid Id, string Label, DateOnly AsOf, string CreatedBy, DateTimeOffset CreatedAt, int Nodes, int Edges, int Components, int Communities, double Modularity, DateTimeOffset? PersonErasedAt)
{
    public static NetworkRunDto From(NetworkRunSummary r) => new(r.Id, r.Label, r.AsOf, r.CreatedByName, r.CreatedAt, r.Nodes, r.Edges, r.Components, r.Communities, r.Modularity, r.PersonErasedAt);
}

/// <summary>An actor in a comparison (name as the reader may see it now).</summary>
public sealed record ChangedActorDto(Guid ActorId, string Name);

/// <summary>A tie in a comparison.</summary>
public sealed record ChangedTieDto(ChangedActorDto A, ChangedActorDto B);

/// <summary>A measure that changed for one actor.</summary>
public sealed record MeasureChangeDto(ChangedActorDto Actor, double Before, double After);

/// <summary>One side of a comparison.</summary>
public sealed record NetworkStateDto(string Label, DateOnly AsOf, int Nodes, int Edges, int Components, int Communities, double Modularity);

/// <summary>What changed between two states of the network: <c>before</c> and <c>after</c> describe the two sides.</summary>
public sealed record NetworkChangesDto(
    NetworkStateDto Before, NetworkStateDto After, IReadOnlyList<ChangedActorDto> Joined, IReadOnlyList<ChangedActorDto> Left, IReadOnlyList<ChangedTieDto> NewTies,
    IReadOnlyList<ChangedTieDto> LostTies, IReadOnlyList<ChangedTieDto> LostBridges, IReadOnlyList<ChangedTieDto> NewBridges,
    IReadOnlyList<MeasureChangeDto> DegreeRisers, IReadOnlyList<MeasureChangeDto> BetweennessChanges)
{
    public static NetworkChangesDto From(NetworkChangeView v)
    {
        ChangedActorDto A(Guid id) => new(id, v.Names.GetValueOrDefault(id) ?? NetworkRunService.Removed);
        List<ChangedTieDto> Ties(IEnumerable<(Guid A, Guid B)> ties) => ties.Select(t => new ChangedTieDto(A(t.A), A(t.B))).ToList();
        static NetworkStateDto State(NetworkState s) => new(s.Label, s.AsOf, s.Actors.Count, s.Ties.Count, s.Components, s.Communities, s.Modularity);
        var c = v.Changes;
        return new NetworkChangesDto(State(c.From), State(c.To), c.Joined.Select(A).ToList(), c.Left.Select(A).ToList(), Ties(c.NewTies), Ties(c.LostTies),
            Ties(c.LostBridges), Ties(c.NewBridges), c.DegreeRisers.Select(m => new MeasureChangeDto(A(m.ActorId), m.Before, m.After)).ToList(),
            c.BetweennessChanges.Select(m => new MeasureChangeDto(A(m.ActorId), m.Before, m.After)).ToList());
    }
}

/// <summary>What an edge-list import did.</summary>
public sealed record NetworkImportDto(int Lines, int ActorsCreated, int RelationsCreated, int RelationsSkipped);

/// <summary>/api/v1/approaches/{id}/actors, /relations, /contacts and /network (issue 12).</summary>
public static class NetworkApi
{
    public const int MaxImportBytes = 10 * 1024 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();

        var actors = approach.MapGroup("/actors").WithTags("Netwerk");
        actors.MapGet("", async (Guid id, int? page, int? pageSize, ActorKind? kind, string? role, string? q, ActorService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, new ActorFilter(kind, role, q), PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<ActorDto>.From(p, ActorDto.From))))
            .WithName("listActors").WithSummary("Actoren van het netwerk (kernteam: alle; partners: waarvan zij contactpersoon zijn; netwerkleden: geen). Afgeschermde personen krijgen een schuilnaam voor wie het niet hoeft te weten; het lezen van personen wordt gelogd")
            .Produces<PagedResponse<ActorDto>>().WithProblems(400, 404);
        actors.MapGet("/{actorId:guid}", async (Guid id, Guid actorId, ActorService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, actorId, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(ActorDto.From(a))))
            .WithName("getActor").WithSummary("Eén actor (het lezen van een persoon wordt gelogd)")
            .Produces<ActorDto>().WithProblems(400, 404);
        actors.MapPost("", async (Guid id, ActorInput body, ActorService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(a => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/actors/{a.Actor.Id}", ActorDto.From(a))))
            .WithName("createActor").WithSummary("Actor toevoegen (kernteam). Geen adres, geboortedatum of identiteitsnummer; er is geen categorie voor verdachten")
            .Produces<ActorDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        actors.MapPut("/{actorId:guid}", async (Guid id, Guid actorId, ActorInput body, ActorService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, actorId, body, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(ActorDto.From(a))))
            .WithName("updateActor").WithSummary("Actor wijzigen; geef de laatst gelezen version mee. Een afgeschermde persoon wijzigt alleen wie het moet weten")
            .Produces<ActorDto>().WithProblems(400, 404, 409);
        actors.MapDelete("/{actorId:guid}", async (Guid id, Guid actorId, ActorService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, actorId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteActor").WithSummary("Actor verwijderen, met zijn relaties en contactlog")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var relations = approach.MapGroup("/relations").WithTags("Netwerk");
        relations.MapGet("", async (Guid id, int? page, int? pageSize, Guid? actorId, RelationService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, actorId, PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<RelationDto>.From(p, RelationDto.From))))
            .WithName("listRelations").WithSummary("Relaties (kernteam); actorId geeft de relaties van één actor")
            .Produces<PagedResponse<RelationDto>>().WithProblems(400, 404);
        relations.MapGet("/{relationId:guid}", async (Guid id, Guid relationId, RelationService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, relationId, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(RelationDto.From(r))))
            .WithName("getRelation").WithSummary("Eén relatie")
            .Produces<RelationDto>().WithProblems(400, 404);
        relations.MapPost("", async (Guid id, RelationInput body, RelationService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(r => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/relations/{r.Id}", RelationDto.From(r))))
            .WithName("createRelation").WithSummary("Relatie vastleggen tussen twee actoren van deze aanpak, met bron, zekerheid en eventueel een vervaldatum")
            .Produces<RelationDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        relations.MapPut("/{relationId:guid}", async (Guid id, Guid relationId, RelationInput body, RelationService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, relationId, body, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(RelationDto.From(r))))
            .WithName("updateRelation").WithSummary("Relatie wijzigen; confirm=true bevestigt haar vandaag (een verlopen relatie telt dan weer mee)")
            .Produces<RelationDto>().WithProblems(400, 404, 409);
        relations.MapDelete("/{relationId:guid}", async (Guid id, Guid relationId, RelationService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, relationId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteRelation").WithSummary("Relatie verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var contacts = approach.MapGroup("/contacts").WithTags("Netwerk");
        contacts.MapGet("", async (Guid id, int? page, int? pageSize, Guid? actorId, ContactLogService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, actorId, PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<ContactDto>.From(p, ContactDto.From))))
            .WithName("listContacts").WithSummary("Contactlog, nieuwste eerst (kernteam; het lezen wordt gelogd)")
            .Produces<PagedResponse<ContactDto>>().WithProblems(400, 404);
        contacts.MapGet("/stale", async (Guid id, int? weeks, ContactLogService service, HttpContext http, CancellationToken ct) =>
                (await service.StaleAsync(id, weeks ?? 8, http.GetActor(), ct))
                    .ToApi(list => TypedResults.Ok(list.Select(s => new StaleContactDto(s.Actor.Actor.Id, s.Actor.Actor.DisplayName, s.Actor.Pseudonymised, s.LastContact)).ToList())))
            .WithName("listStaleContacts").WithSummary("Actoren met wie al weeks weken (standaard 8) niemand contact had")
            .Produces<List<StaleContactDto>>().WithProblems(400, 404);
        contacts.MapGet("/{contactId:guid}", async (Guid id, Guid contactId, ContactLogService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, contactId, http.GetActor(), ct)).ToApi(c => TypedResults.Ok(ContactDto.From(c))))
            .WithName("getContact").WithSummary("Eén contact")
            .Produces<ContactDto>().WithProblems(400, 404);
        contacts.MapPost("", async (Guid id, ContactInput body, ContactLogService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(c => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/contacts/{c.Id}", ContactDto.From(c))))
            .WithName("createContact").WithSummary("Contact vastleggen")
            .Produces<ContactDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        contacts.MapPut("/{contactId:guid}", async (Guid id, Guid contactId, ContactInput body, ContactLogService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, contactId, body, http.GetActor(), ct)).ToApi(c => TypedResults.Ok(ContactDto.From(c))))
            .WithName("updateContact").WithSummary("Contact wijzigen; geef de laatst gelezen version mee")
            .Produces<ContactDto>().WithProblems(400, 404, 409);
        contacts.MapDelete("/{contactId:guid}", async (Guid id, Guid contactId, ContactLogService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, contactId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteContact").WithSummary("Contact verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var network = approach.MapGroup("/network").WithTags("Netwerk");
        network.MapGet("/metrics", async (Guid id, DateOnly? date, NetworkMetricsService service, HttpContext http, CancellationToken ct) =>
            {
                if (date is { } day && (day < PlausibleDates.Earliest || day > service.Today))
                    return ApiResults.BadRequest("date", "Kies een datum vanaf 1 januari 2000 en niet later dan vandaag.");
                return (await service.MetricsAsync(id, http.GetActor(), date, ct)).ToApi(r => TypedResults.Ok(NetworkMetricsDto.From(r)));
            })
            .WithName("getNetworkMetrics").WithSummary("Netwerkanalyse van vandaag, of met date (jjjj-mm-dd) van het netwerk zoals het op die dag was: per actor degree, betweenness, closeness, eigenvector, constraint, community en cutVertex (definities van NetworkX, ongericht en ongewogen; verlopen relaties en conflicten tellen niet mee)")
            .Produces<NetworkMetricsDto>().WithProblems(400, 404);
        network.MapGet("/key-players", async (Guid id, int? k, DateOnly? date, NetworkInsightsService service, HttpContext http, CancellationToken ct) =>
                (await service.KeyPlayersAsync(id, k ?? 3, date, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(KeyPlayersDto.From(r))))
            .WithName("getNetworkKeyPlayers")
            .WithSummary("Sleutelspelers (kernteam): de k actoren (1–10, standaard 3) zonder wie het netwerk het meest uiteenvalt (Borgatti's KPP-Neg, gretig). fragmentation is de versnippering na het wegvallen van deze en de vorige actoren; measure zegt hoe die gemeten is (distance: afstandsgewogen, tot 250 actoren; components: losse delen)")
            .Produces<KeyPlayersDto>().WithProblems(400, 404);
        network.MapGet("/runs", async (Guid id, NetworkRunService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(r.Select(NetworkRunDto.From).ToList())))
            .WithName("listNetworkRuns").WithSummary("Bewaarde analyses (kernteam), nieuwste eerst")
            .Produces<List<NetworkRunDto>>().WithProblems(400, 404);
        network.MapPost("/runs", async (Guid id, NetworkRunInput body, NetworkRunService service, HttpContext http, CancellationToken ct) =>
                (await service.SaveAsync(id, body, http.GetActor(), ct)).ToApi(r => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/network/runs", NetworkRunDto.From(r))))
            .WithName("createNetworkRun").WithSummary("De analyse van vandaag (of van asOf) bewaren onder een naam (kernteam met wijzigrechten); bewaarde analyses worden nooit overschreven")
            .Produces<NetworkRunDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        network.MapDelete("/runs/{runId:guid}", async (Guid id, Guid runId, NetworkRunService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, runId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteNetworkRun").WithSummary("Een bewaarde analyse verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
        network.MapGet("/changes", async (Guid id, Guid? fromRun, DateOnly? from, Guid? toRun, DateOnly? to, NetworkRunService service, HttpContext http, CancellationToken ct) =>
                (await service.CompareAsync(id, new NetworkStateRef(fromRun, from), new NetworkStateRef(toRun, to), http.GetActor(), ct))
                    .ToApi(v => TypedResults.Ok(NetworkChangesDto.From(v))))
            .WithName("getNetworkChanges")
            .WithSummary("Wat is er veranderd (kernteam): van een bewaarde analyse (fromRun) of datum (from) naar een bewaarde analyse (toRun) of datum (to); zonder to: vandaag. Wie erbij kwam en wegging, nieuwe en verdwenen verbindingen, verloren bruggen")
            .Produces<NetworkChangesDto>().WithProblems(400, 404);
        approach.MapPost("/actors/{actorId:guid}/reveal", async (Guid id, Guid actorId, RevealInput body, ActorService service, HttpContext http, CancellationToken ct) =>
                (await service.RevealAsync(id, actorId, body, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(ActorDto.From(a))))
            .WithTags("Netwerk").WithName("revealActor")
            .WithSummary("Een afgeschermde persoon tonen aan een kernteamlid dat het niet hoeft te weten: reason (10–500 tekens) is verplicht en komt met de naam van de lezer in het auditlogboek")
            .Produces<ActorDto>().WithProblems(400, 404);
        network.MapPost("/imports", async (Guid id, HttpRequest request, NetworkImportService service, HttpContext http, CancellationToken ct) =>
            {
                var format = ImportFormat(request);
                if (format is null)
                    return TypedResults.Problem("Stuur het bestand met Content-Type: text/csv (edge list), application/graphml+xml (GraphML) of application/gexf+xml (GEXF).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Verkeerd bestandstype");
                var text = await CsvUpload.ReadAsync(request, MaxImportBytes, ct);
                if (text is null)
                    return ApiResults.BadRequest("file", "Het bestand is groter dan 10 MB. Splits het bestand.");
                return (await service.ImportAsync(id, text, format.Value, http.GetActor(), ct))
                    .ToApi(s => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/relations", new NetworkImportDto(s.Lines, s.ActorsCreated, s.RelationsCreated, s.RelationsSkipped)));
            })
            // Documented here rather than with Accepts<string>("text/csv"): Accepts makes routing answer 415 before the
            // approach is looked up, so another organisation's id would not be a 404.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Description = "Lijst van relaties (edge list) met de kop source,target en eventueel weight (1–5), UTF-8, komma of puntkomma; of een GraphML- of GEXF-bestand (nodes met label, edges met eventueel weight 1–5; nodes zonder edges worden ook actoren).",
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
                    {
                        ["text/csv"] = new() { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } },
                        ["application/graphml+xml"] = new() { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } },
                        ["application/gexf+xml"] = new() { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } },
                    },
                };
                return Task.CompletedTask;
            })
            .WithName("importNetwork")
            .WithSummary("Relaties importeren uit een edge list, GraphML of GEXF (kernteam). Namen maken actoren aan of vinden een bestaande actor; relaties zijn ongericht, soort 'kent'. Het hele bestand wordt eerst gecontroleerd; bij één fout wordt niets opgeslagen en noemt errors elke foute regel en kolom (lines[N].kolom)")
            .Produces<NetworkImportDto>(StatusCodes.Status201Created).WithProblems(400, 404, 415);
    }

    /// <summary>The import format from the Content-Type: text/csv, application/graphml+xml or application/gexf+xml (null: unsupported).</summary>
    private static NetworkFileFormat? ImportFormat(HttpRequest request)
    {
        if (CsvUpload.IsCsv(request))
            return NetworkFileFormat.Csv;
        var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "application/graphml+xml" => NetworkFileFormat.GraphMl,
            "application/gexf+xml" => NetworkFileFormat.Gexf,
            _ => null,
        };
    }
}
