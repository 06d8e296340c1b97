using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A conversation (anonymous: the partner is a category). Only for the core team.</summary>
public sealed record ConversationDto(
    Guid Id, DateOnly Date, string Place, ConversationSetting Setting, PartnerCategory PartnerCategory, string PartnerOrganisation,
    string Interviewers, bool ResidentCoInterviewer, string Language, bool Interpreter, string Summary, string ProudOf, string WorriedAbout,
    string Wants, IReadOnlyList<ConversationAnswerDto> Answers, IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<MentionedEventDto> MentionedEvents,
    IReadOnlyList<Guid> ThemeIds, Guid Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ConversationDto From(Conversation c) => new(
        c.Id, c.Date, c.Place, c.Setting, c.PartnerCategory, c.PartnerOrganisation, c.Interviewers, c.ResidentCoInterviewer, c.Language,
        c.Interpreter, c.Summary, c.ProudOf, c.WorriedAbout, c.Wants,
        c.Answers.Select(a => new ConversationAnswerDto(a.ListId, a.Index, a.Answer)).ToList(),
        c.Quotes.Select(q => new QuoteDto(q.Text, q.Consent)).ToList(),
        c.MentionedEvents.Select(e => new MentionedEventDto(e.Description, e.Date, e.TimelineEventId)).ToList(),
        c.ThemeIdList, c.Version, c.CreatedAt, c.UpdatedAt);
}

/// <summary>An answer to question <c>index</c> (0 = the first) of question list <c>listId</c>.</summary>
public sealed record ConversationAnswerDto(string ListId, int Index, string Answer);

/// <summary>A quote; <c>consent</c>: the speaker agreed to its use outside the core team.</summary>
public sealed record QuoteDto(string Text, bool Consent);

/// <summary>An event mentioned in a conversation; <c>timelineEventId</c> once it is on the timeline.</summary>
public sealed record MentionedEventDto(string Description, DateOnly? Date, Guid? TimelineEventId);

/// <summary>A quote whose speaker consented, for use outside the core team.</summary>
public sealed record ConsentedQuoteDto(Guid ConversationId, DateOnly Date, ConversationSetting Setting, PartnerCategory PartnerCategory, string Text)
{
    public static ConsentedQuoteDto From(ConsentedQuote q) => new(q.ConversationId, q.Date, q.Setting, q.PartnerCategory, q.Text);
}

/// <summary>A follow-up promised to residents.</summary>
public sealed record FollowUpDto(
    Guid Id, Guid? ConversationId, string Issue, DateOnly RaisedOn, string Responsible, FollowUpStatus Status, string Feedback,
    DateOnly? FeedbackOn, string ReasonNotSolved, Guid Version)
{
    public static FollowUpDto From(FollowUp f) => new(f.Id, f.ConversationId, f.Issue, f.RaisedOn, f.Responsible, f.Status, f.Feedback, f.FeedbackOn, f.ReasonNotSolved, f.Version);
}

/// <summary>An event on the timeline (date, or a period with endDate).</summary>
public sealed record TimelineEventDto(
    Guid Id, string Title, string Description, TimelineKind Kind, TimelineTone Tone, DateOnly Date, DateOnly? EndDate, string Place,
    string Source, string AddedByName, Guid? ConversationId, IReadOnlyList<Guid> ThemeIds, Guid Version)
{
    public static TimelineEventDto From(TimelineEvent e) => new(e.Id, e.Title, e.Description, e.Kind, e.Tone, e.Date, e.EndDate, e.Place, e.Source, e.AddedByName, e.ConversationId, e.ThemeIdList, e.Version);
}

/// <summary>A theme with the number of linked records by source type.</summary>
public sealed record ThemeDto(Guid Id, string Name, string Description, ThemeCountsDto Counts, Guid Version)
{
    public static ThemeDto From(ThemeCount c) => new(c.Theme.Id, c.Theme.Name, c.Theme.Description, new ThemeCountsDto(c.Conversations, c.TimelineEvents, c.Patterns, c.Sessions), c.Theme.Version);
}

/// <summary>How many conversations, timeline events and patterns are linked to a theme, and in how many sessions it was chosen.</summary>
public sealed record ThemeCountsDto(int Conversations, int TimelineEvents, int Patterns, int Sessions);

/// <summary>
/// A pattern with the records that support it. <c>conversationIds</c> is empty for readers who may not see
/// conversations (partners); <c>conversationCount</c> always gives the number.
/// </summary>
public sealed record PatternDto(Guid Id, string Statement, PatternKind Kind, IReadOnlyList<Guid> ThemeIds, IReadOnlyList<Guid> TimelineEventIds, IReadOnlyList<Guid> ConversationIds, int ConversationCount, Guid Version)
{
    public static PatternDto From(Pattern p, bool showsConversations)
    {
        var conversations = p.Evidence.Where(e => e.Kind == EvidenceKind.Gesprek).Select(e => e.RecordId).ToList();
        return new(p.Id, p.Statement, p.Kind, p.Evidence.Where(e => e.Kind == EvidenceKind.Thema).Select(e => e.RecordId).ToList(),
            p.Evidence.Where(e => e.Kind == EvidenceKind.Tijdlijn).Select(e => e.RecordId).ToList(), showsConversations ? conversations : [], conversations.Count, p.Version);
    }
}

/// <summary>A session (focusgroep, bewonersavond) with the themes the participants prioritised, most important first.</summary>
public sealed record SessionDto(Guid Id, SessionKind Kind, DateOnly Date, string AttendingGroups, IReadOnlyList<Guid> PrioritisedThemeIds, string Contributions, string Notes, Guid Version)
{
    public static SessionDto From(ThemeSession s) => new(s.Id, s.Kind, s.Date, s.AttendingGroups, s.PrioritisedThemeIds, s.Contributions, s.Notes, s.Version);
}

/// <summary>A pin on the kansenkaart: a map point (WGS84) and/or a named place, the source, the status and optional themes.</summary>
public sealed record OpportunityDto(
    Guid Id, string Title, string Description, double? Latitude, double? Longitude, string PlaceName, string Source, OpportunityStatus Status,
    IReadOnlyList<Guid> ThemeIds, VisibilityDto Visibility, Guid Version)
{
    public static OpportunityDto From(Opportunity o) => new(o.Id, o.Title, o.Description, o.Latitude, o.Longitude, o.PlaceName, o.Source, o.Status, o.ThemeIds, VisibilityDto.From(o), o.Version);
}

/// <summary>An aanleiding (ESS step 9): a problem or a chance, with its source and date.</summary>
public sealed record OccasionDto(Guid Id, OccasionKind Kind, string Description, string Source, DateOnly Date, VisibilityDto Visibility, Guid Version)
{
    public static OccasionDto From(Occasion o) => new(o.Id, o.Kind, o.Description, o.Source, o.Date, VisibilityDto.From(o), o.Version);
}

/// <summary>One version of the shared story with the themes, patterns and timeline events it cites.</summary>
public sealed record StoryVersionDto(
    int Number, string Text, IReadOnlyList<Guid> ThemeIds, IReadOnlyList<Guid> PatternIds, IReadOnlyList<Guid> TimelineEventIds,
    string CreatedByName, DateTimeOffset CreatedAt, VisibilityDto Visibility)
{
    public static StoryVersionDto From(StoryVersion v) => new(
        v.Number, v.Text, Ids(v, StoryCitationKind.Thema), Ids(v, StoryCitationKind.Patroon), Ids(v, StoryCitationKind.Tijdlijn), v.CreatedByName, v.CreatedAt, VisibilityDto.From(v));

    private static List<Guid> Ids(StoryVersion v, StoryCitationKind kind) => v.Citations.Where(c => c.Kind == kind).Select(c => c.RecordId).ToList();
}

/// <summary>/api/v1/approaches/{id}/conversations, /follow-ups, /timeline-events, /themes, /patterns and /sessions (issue 11).</summary>
public static class ConversationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();

        var conversations = approach.MapGroup("/conversations").WithTags("Gesprekken");
        conversations.MapGet("", async (Guid id, int? page, int? pageSize, ConversationSetting? setting, PartnerCategory? partnerCategory, DateOnly? from, DateOnly? to, string? q,
                ConversationService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, new ConversationFilter(setting, partnerCategory, from, to, q), PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<ConversationDto>.From(p, ConversationDto.From))))
            .WithName("listConversations").WithSummary("Gesprekken van de aanpak, nieuwste eerst, met filters (alleen het kernteam; het lezen wordt gelogd)")
            .Produces<PagedResponse<ConversationDto>>().WithProblems(400, 404);
        conversations.MapGet("/consented-quotes", async (Guid id, ConversationService service, HttpContext http, CancellationToken ct) =>
                (await service.ConsentedQuotesAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(ConsentedQuoteDto.From).ToList())))
            .WithName("listConsentedQuotes").WithSummary("Citaten waarvoor de spreker toestemming gaf (export; citaten zonder toestemming staan er nooit in)")
            .Produces<List<ConsentedQuoteDto>>().WithProblems(400, 404);
        conversations.MapGet("/{conversationId:guid}", async (Guid id, Guid conversationId, ConversationService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, conversationId, http.GetActor(), ct)).ToApi(c => TypedResults.Ok(ConversationDto.From(c))))
            .WithName("getConversation").WithSummary("Eén gesprek (het lezen wordt gelogd)")
            .Produces<ConversationDto>().WithProblems(400, 404);
        conversations.MapPost("", async (Guid id, ConversationInput body, ConversationService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(c => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/conversations/{c.Id}", ConversationDto.From(c))))
            .WithName("createConversation").WithSummary("Gesprek vastleggen")
            .Produces<ConversationDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        conversations.MapPut("/{conversationId:guid}", async (Guid id, Guid conversationId, ConversationInput body, ConversationService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, conversationId, body, http.GetActor(), ct)).ToApi(c => TypedResults.Ok(ConversationDto.From(c))))
            .WithName("updateConversation").WithSummary("Gesprek wijzigen; geef de laatst gelezen version mee")
            .Produces<ConversationDto>().WithProblems(400, 404, 409);
        conversations.MapDelete("/{conversationId:guid}", async (Guid id, Guid conversationId, ConversationService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, conversationId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteConversation").WithSummary("Gesprek verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
        conversations.MapPost("/{conversationId:guid}/mentioned-events/{index:int}/timeline-event", async (Guid id, Guid conversationId, int index, ConversationService service, HttpContext http, CancellationToken ct) =>
                (await service.PutOnTimelineAsync(id, conversationId, index, http.GetActor(), ct)).ToApi(e => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/timeline-events/{e.Id}", TimelineEventDto.From(e))))
            .WithName("createTimelineEventFromConversation").WithSummary("Genoemde gebeurtenis (index, 0 = de eerste) op de tijdlijn zetten; staat hij er al, dan komt het bestaande item terug")
            .Produces<TimelineEventDto>(StatusCodes.Status201Created).WithProblems(400, 404);

        var followUps = approach.MapGroup("/follow-ups").WithTags("Terugkoppeling");
        followUps.MapGet("", async (Guid id, int? page, int? pageSize, bool? openOnly, FollowUpService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, openOnly ?? false, PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<FollowUpDto>.From(p, FollowUpDto.From))))
            .WithName("listFollowUps").WithSummary("Terugkoppelingen aan bewoners; openOnly=true geeft alleen open en in behandeling")
            .Produces<PagedResponse<FollowUpDto>>().WithProblems(400, 404);
        followUps.MapGet("/{followUpId:guid}", async (Guid id, Guid followUpId, FollowUpService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, followUpId, http.GetActor(), ct)).ToApi(f => TypedResults.Ok(FollowUpDto.From(f))))
            .WithName("getFollowUp").WithSummary("Eén terugkoppeling")
            .Produces<FollowUpDto>().WithProblems(400, 404);
        followUps.MapPost("", async (Guid id, FollowUpInput body, FollowUpService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(f => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/follow-ups/{f.Id}", FollowUpDto.From(f))))
            .WithName("createFollowUp").WithSummary("Terugkoppeling toevoegen; conversationId (niet verplicht) is een gesprek van dezelfde aanpak")
            .Produces<FollowUpDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        followUps.MapPut("/{followUpId:guid}", async (Guid id, Guid followUpId, FollowUpInput body, FollowUpService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, followUpId, body, http.GetActor(), ct)).ToApi(f => TypedResults.Ok(FollowUpDto.From(f))))
            .WithName("updateFollowUp").WithSummary("Terugkoppeling wijzigen; geef de laatst gelezen version mee. Bij NietOpgelost is reasonNotSolved verplicht")
            .Produces<FollowUpDto>().WithProblems(400, 404, 409);
        followUps.MapDelete("/{followUpId:guid}", async (Guid id, Guid followUpId, FollowUpService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, followUpId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteFollowUp").WithSummary("Terugkoppeling verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var timeline = approach.MapGroup("/timeline-events").WithTags("Tijdlijn");
        timeline.MapGet("", async (Guid id, int? page, int? pageSize, TimelineKind? kind, TimelineService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), kind, ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<TimelineEventDto>.From(p, TimelineEventDto.From))))
            .WithName("listTimelineEvents").WithSummary("Tijdlijn van de aanpak op datum (kernteam en partners)")
            .Produces<PagedResponse<TimelineEventDto>>().WithProblems(400, 404);
        timeline.MapGet("/{eventId:guid}", async (Guid id, Guid eventId, TimelineService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, eventId, http.GetActor(), ct)).ToApi(e => TypedResults.Ok(TimelineEventDto.From(e))))
            .WithName("getTimelineEvent").WithSummary("Eén gebeurtenis op de tijdlijn")
            .Produces<TimelineEventDto>().WithProblems(400, 404);
        timeline.MapPost("", async (Guid id, TimelineEventInput body, TimelineService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(e => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/timeline-events/{e.Id}", TimelineEventDto.From(e))))
            .WithName("createTimelineEvent").WithSummary("Gebeurtenis op de tijdlijn zetten; bij een incident beschrijft u wat er gebeurde, nooit wie")
            .Produces<TimelineEventDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        timeline.MapPut("/{eventId:guid}", async (Guid id, Guid eventId, TimelineEventInput body, TimelineService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, eventId, body, http.GetActor(), ct)).ToApi(e => TypedResults.Ok(TimelineEventDto.From(e))))
            .WithName("updateTimelineEvent").WithSummary("Gebeurtenis wijzigen; geef de laatst gelezen version mee")
            .Produces<TimelineEventDto>().WithProblems(400, 404, 409);
        timeline.MapDelete("/{eventId:guid}", async (Guid id, Guid eventId, TimelineService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, eventId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteTimelineEvent").WithSummary("Gebeurtenis van de tijdlijn halen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        MapThemes(approach);
        MapOpportunities(approach);
        MapStory(approach);
    }

    private static void MapOpportunities(RouteGroupBuilder approach)
    {
        var opportunities = approach.MapGroup("/opportunities").WithTags("Kansenkaart");
        opportunities.MapGet("", async (Guid id, int? page, int? pageSize, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), ct)).ToApi(p => TypedResults.Ok(PagedResponse<OpportunityDto>.From(p, OpportunityDto.From))))
            .WithName("listOpportunities").WithSummary("Kansen op de kansenkaart die u mag zien, op titel")
            .Produces<PagedResponse<OpportunityDto>>().WithProblems(400, 404);
        opportunities.MapGet("/{opportunityId:guid}", async (Guid id, Guid opportunityId, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, opportunityId, http.GetActor(), ct)).ToApi(o => TypedResults.Ok(OpportunityDto.From(o))))
            .WithName("getOpportunity").WithSummary("Eén kans")
            .Produces<OpportunityDto>().WithProblems(400, 404);
        opportunities.MapPost("", async (Guid id, OpportunityInput body, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(o => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/opportunities/{o.Id}", OpportunityDto.From(o))))
            .WithName("createOpportunity").WithSummary("Kans op de kaart zetten: een punt (latitude, longitude), een plek (placeName) of allebei; themeIds van dezelfde aanpak")
            .Produces<OpportunityDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        opportunities.MapPut("/{opportunityId:guid}", async (Guid id, Guid opportunityId, OpportunityInput body, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, opportunityId, body, http.GetActor(), ct)).ToApi(o => TypedResults.Ok(OpportunityDto.From(o))))
            .WithName("updateOpportunity").WithSummary("Kans wijzigen; geef de laatst gelezen version mee")
            .Produces<OpportunityDto>().WithProblems(400, 404, 409);
        opportunities.MapDelete("/{opportunityId:guid}", async (Guid id, Guid opportunityId, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, opportunityId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteOpportunity").WithSummary("Kans van de kaart halen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var occasions = approach.MapGroup("/occasions").WithTags("Kansenkaart");
        occasions.MapGet("", async (Guid id, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.OccasionsAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(OccasionDto.From).ToList())))
            .WithName("listOccasions").WithSummary("Aanleidingen (probleem of kans) die u mag zien, nieuwste eerst")
            .Produces<List<OccasionDto>>().WithProblems(400, 404);
        occasions.MapGet("/{occasionId:guid}", async (Guid id, Guid occasionId, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.GetOccasionAsync(id, occasionId, http.GetActor(), ct)).ToApi(o => TypedResults.Ok(OccasionDto.From(o))))
            .WithName("getOccasion").WithSummary("Eén aanleiding")
            .Produces<OccasionDto>().WithProblems(400, 404);
        occasions.MapPost("", async (Guid id, OccasionInput body, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateOccasionAsync(id, body, http.GetActor(), ct)).ToApi(o => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/occasions/{o.Id}", OccasionDto.From(o))))
            .WithName("createOccasion").WithSummary("Aanleiding vastleggen: kind Probleem of Kans, beschrijving, bron en datum")
            .Produces<OccasionDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        occasions.MapPut("/{occasionId:guid}", async (Guid id, Guid occasionId, OccasionInput body, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateOccasionAsync(id, occasionId, body, http.GetActor(), ct)).ToApi(o => TypedResults.Ok(OccasionDto.From(o))))
            .WithName("updateOccasion").WithSummary("Aanleiding wijzigen; geef de laatst gelezen version mee")
            .Produces<OccasionDto>().WithProblems(400, 404, 409);
        occasions.MapDelete("/{occasionId:guid}", async (Guid id, Guid occasionId, OpportunityService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteOccasionAsync(id, occasionId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteOccasion").WithSummary("Aanleiding verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }

    private static void MapStory(RouteGroupBuilder approach)
    {
        var story = approach.MapGroup("/story").WithTags("Gezamenlijk verhaal");
        story.MapGet("", async (Guid id, StoryService service, HttpContext http, CancellationToken ct) =>
            {
                var result = await service.GetLatestAsync(id, http.GetActor(), ct);
                if (result.IsOk && result.Value is null)
                    return ApiResults.NotFound();
                return result.ToApi(v => TypedResults.Ok(StoryVersionDto.From(v!)));
            })
            .WithName("getStory").WithSummary("Nieuwste versie van het gezamenlijk verhaal van de buurt")
            .Produces<StoryVersionDto>().WithProblems(400, 404);
        story.MapGet("/versions", async (Guid id, StoryService service, HttpContext http, CancellationToken ct) =>
                (await service.ListVersionsAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(StoryVersionDto.From).ToList())))
            .WithName("listStoryVersions").WithSummary("Alle versies van het verhaal, nieuwste eerst")
            .Produces<List<StoryVersionDto>>().WithProblems(400, 404);
        story.MapGet("/versions/{number:int}", async (Guid id, int number, StoryService service, HttpContext http, CancellationToken ct) =>
                (await service.GetVersionAsync(id, number, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(StoryVersionDto.From(v))))
            .WithName("getStoryVersion").WithSummary("Eén versie van het verhaal")
            .Produces<StoryVersionDto>().WithProblems(400, 404);
        story.MapPost("/versions", async (Guid id, StoryInput body, StoryService service, HttpContext http, CancellationToken ct) =>
                (await service.SaveAsync(id, body, http.GetActor(), ct)).ToApi(v => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/story/versions/{v.Number}", StoryVersionDto.From(v))))
            .WithName("saveStoryVersion").WithSummary("Nieuwe versie opslaan; baseNumber is de versie waarvan u uitging (0 voor de eerste); themeIds, patternIds en timelineEventIds van dezelfde aanpak")
            .Produces<StoryVersionDto>(StatusCodes.Status201Created).WithProblems(400, 404, 409);
    }

    private static void MapThemes(RouteGroupBuilder approach)
    {
        var themes = approach.MapGroup("/themes").WithTags("Thema's");
        themes.MapGet("", async (Guid id, int? page, int? pageSize, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), ct)).ToApi(p => TypedResults.Ok(PagedResponse<ThemeDto>.From(p, ThemeDto.From))))
            .WithName("listThemes").WithSummary("Thema's met het aantal gekoppelde gesprekken, gebeurtenissen, patronen en bijeenkomsten")
            .Produces<PagedResponse<ThemeDto>>().WithProblems(400, 404);
        themes.MapGet("/{themeId:guid}", async (Guid id, Guid themeId, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, themeId, http.GetActor(), ct)).ToApi(t => TypedResults.Ok(ThemeDto.From(t))))
            .WithName("getTheme").WithSummary("Eén thema met aantallen")
            .Produces<ThemeDto>().WithProblems(400, 404);
        themes.MapPost("", async (Guid id, ThemeInput body, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(t => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/themes/{t.Id}", ThemeDto.From(new ThemeCount(t, 0, 0, 0, 0)))))
            .WithName("createTheme").WithSummary("Thema toevoegen")
            .Produces<ThemeDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        themes.MapPut("/{themeId:guid}", async (Guid id, Guid themeId, ThemeInput body, ThemeService service, HttpContext http, CancellationToken ct) =>
            {
                var actor = http.GetActor();
                var result = await service.UpdateAsync(id, themeId, body, actor, ct);
                if (!result.IsOk)
                    return result.ToApi(_ => TypedResults.NoContent());
                return (await service.GetAsync(id, themeId, actor, ct)).ToApi(t => TypedResults.Ok(ThemeDto.From(t)));
            })
            .WithName("updateTheme").WithSummary("Thema wijzigen; geef de laatst gelezen version mee")
            .Produces<ThemeDto>().WithProblems(400, 404, 409);
        themes.MapDelete("/{themeId:guid}", async (Guid id, Guid themeId, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, themeId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteTheme").WithSummary("Thema verwijderen (de koppelingen verdwijnen, de gesprekken en gebeurtenissen blijven)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var patterns = approach.MapGroup("/patterns").WithTags("Thema's");
        patterns.MapGet("", async (Guid id, int? page, int? pageSize, ThemeService service, Wijkkracht.Core.Approaches.ApproachService approaches, HttpContext http, CancellationToken ct) =>
            {
                var actor = http.GetActor();
                var shows = await approaches.CanAsync(id, actor, Wijkkracht.Core.Security.ApproachPermission.ViewStories, ct);
                return (await service.ListPatternsAsync(id, PageRequest.Create(page, pageSize), actor, ct)).ToApi(p => TypedResults.Ok(PagedResponse<PatternDto>.From(p, x => PatternDto.From(x, shows))));
            })
            .WithName("listPatterns").WithSummary("Patronen (positief of vastgelopen) met de records die ze onderbouwen; gesprekken alleen voor het kernteam")
            .Produces<PagedResponse<PatternDto>>().WithProblems(400, 404);
        patterns.MapGet("/{patternId:guid}", async (Guid id, Guid patternId, ThemeService service, Wijkkracht.Core.Approaches.ApproachService approaches, HttpContext http, CancellationToken ct) =>
            {
                var actor = http.GetActor();
                var shows = await approaches.CanAsync(id, actor, Wijkkracht.Core.Security.ApproachPermission.ViewStories, ct);
                return (await service.GetPatternAsync(id, patternId, actor, ct)).ToApi(p => TypedResults.Ok(PatternDto.From(p, shows)));
            })
            .WithName("getPattern").WithSummary("Eén patroon")
            .Produces<PatternDto>().WithProblems(400, 404);
        patterns.MapPost("", async (Guid id, PatternInput body, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.CreatePatternAsync(id, body, http.GetActor(), ct)).ToApi(p => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/patterns/{p.Id}", PatternDto.From(p, true))))
            .WithName("createPattern").WithSummary("Patroon beschrijven; koppel minstens één thema, gebeurtenis of gesprek van dezelfde aanpak")
            .Produces<PatternDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        patterns.MapPut("/{patternId:guid}", async (Guid id, Guid patternId, PatternInput body, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdatePatternAsync(id, patternId, body, http.GetActor(), ct)).ToApi(p => TypedResults.Ok(PatternDto.From(p, true))))
            .WithName("updatePattern").WithSummary("Patroon wijzigen; geef de laatst gelezen version mee")
            .Produces<PatternDto>().WithProblems(400, 404, 409);
        patterns.MapDelete("/{patternId:guid}", async (Guid id, Guid patternId, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.DeletePatternAsync(id, patternId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deletePattern").WithSummary("Patroon verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var sessions = approach.MapGroup("/sessions").WithTags("Thema's");
        sessions.MapGet("", async (Guid id, int? page, int? pageSize, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.ListSessionsAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), ct)).ToApi(p => TypedResults.Ok(PagedResponse<SessionDto>.From(p, SessionDto.From))))
            .WithName("listSessions").WithSummary("Bijeenkomsten (focusgroep, bewonersavond), nieuwste eerst")
            .Produces<PagedResponse<SessionDto>>().WithProblems(400, 404);
        sessions.MapGet("/{sessionId:guid}", async (Guid id, Guid sessionId, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.GetSessionAsync(id, sessionId, http.GetActor(), ct)).ToApi(s => TypedResults.Ok(SessionDto.From(s))))
            .WithName("getSession").WithSummary("Eén bijeenkomst met de gekozen thema's")
            .Produces<SessionDto>().WithProblems(400, 404);
        sessions.MapPost("", async (Guid id, SessionInput body, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateSessionAsync(id, body, http.GetActor(), ct)).ToApi(s => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/sessions/{s.Id}", SessionDto.From(s))))
            .WithName("createSession").WithSummary("Bijeenkomst vastleggen met de gekozen thema's, belangrijkste eerst")
            .Produces<SessionDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        sessions.MapPut("/{sessionId:guid}", async (Guid id, Guid sessionId, SessionInput body, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateSessionAsync(id, sessionId, body, http.GetActor(), ct)).ToApi(s => TypedResults.Ok(SessionDto.From(s))))
            .WithName("updateSession").WithSummary("Bijeenkomst wijzigen; geef de laatst gelezen version mee")
            .Produces<SessionDto>().WithProblems(400, 404, 409);
        sessions.MapDelete("/{sessionId:guid}", async (Guid id, Guid sessionId, ThemeService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteSessionAsync(id, sessionId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteSession").WithSummary("Bijeenkomst verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }
}
