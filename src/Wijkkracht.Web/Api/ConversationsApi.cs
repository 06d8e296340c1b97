using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A conversation (anonymous: the partner is a category). Only for the core team.</summary>
public sealed record ConversationDto(
    Guid Id, DateOnly Date, string Place, ConversationSetting Setting, PartnerCategory PartnerCategory, string PartnerOrganisation,
    string Interviewers, bool ResidentCoInterviewer, string Language, bool Interpreter, string Summary, string ProudOf, string WorriedAbout,
    string Wants, IReadOnlyList<ConversationAnswerDto> Answers, IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<MentionedEventDto> MentionedEvents,
    Guid Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ConversationDto From(Conversation c) => new(
        c.Id, c.Date, c.Place, c.Setting, c.PartnerCategory, c.PartnerOrganisation, c.Interviewers, c.ResidentCoInterviewer, c.Language,
        c.Interpreter, c.Summary, c.ProudOf, c.WorriedAbout, c.Wants,
        c.Answers.Select(a => new ConversationAnswerDto(a.ListId, a.Index, a.Answer)).ToList(),
        c.Quotes.Select(q => new QuoteDto(q.Text, q.Consent)).ToList(),
        c.MentionedEvents.Select(e => new MentionedEventDto(e.Description, e.Date, e.TimelineEventId)).ToList(),
        c.Version, c.CreatedAt, c.UpdatedAt);
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
    string Source, string AddedByName, Guid? ConversationId, Guid Version)
{
    public static TimelineEventDto From(TimelineEvent e) => new(e.Id, e.Title, e.Description, e.Kind, e.Tone, e.Date, e.EndDate, e.Place, e.Source, e.AddedByName, e.ConversationId, e.Version);
}

/// <summary>/api/v1/approaches/{id}/conversations, /follow-ups and /timeline-events (issue 11).</summary>
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
    }
}
