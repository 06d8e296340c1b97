using Wijkkracht.Core.Common;
using Wijkkracht.Core.Newsletters;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A buurtbericht in a list (without the sections, so a list never carries a person's name).</summary>
public sealed record NewsletterSummaryDto(Guid Id, string Title, DateOnly EditionDate, NewsletterStatus Status, IReadOnlyList<string> CoAuthors, Guid Version)
{
    public static NewsletterSummaryDto From(Newsletter n) => new(n.Id, n.Title, n.EditionDate, n.Status, n.CoAuthors, n.Version);
}

/// <summary>An item of the report-back or the events; <c>actionId</c>: the shareable action it was composed from.</summary>
public sealed record NewsletterItemDto(string Title, DateOnly? Date, string Place, string Text, Guid? ActionId);

/// <summary>An item of the community hub's agenda.</summary>
public sealed record NewsletterAgendaDto(string What, string When, string Where);

/// <summary>
/// A buurtbericht in the guide's sections. <c>introName</c> is only filled when consent for publication was recorded
/// (<c>introConsent</c>; for a resident also <c>introConsentRecordedBy</c> and <c>introConsentRecordedOn</c>).
/// </summary>
public sealed record NewsletterDto(
    Guid Id, string Title, DateOnly EditionDate, NewsletterStatus Status, IReadOnlyList<string> CoAuthors,
    string IntroName, string IntroRole, string IntroText, bool IntroIsResident, bool IntroConsent, string IntroConsentRecordedBy, DateOnly? IntroConsentRecordedOn,
    IReadOnlyList<NewsletterItemDto> ReportBack, string HubName, string HubText, IReadOnlyList<NewsletterAgendaDto> Agenda, IReadOnlyList<NewsletterItemDto> Events,
    string CallToAction, bool CanEdit, Guid Version)
{
    public static NewsletterDto From(NewsletterView v)
    {
        var n = v.Newsletter;
        return new(n.Id, n.Title, n.EditionDate, n.Status, n.CoAuthors,
            n.MayPrintIntroName ? n.IntroName : "", n.IntroRole, n.IntroText, n.IntroIsResident, n.IntroConsent, n.IntroConsentRecordedBy, n.IntroConsentRecordedOn,
            n.ReportBack.Select(s => new NewsletterItemDto(s.Title, s.Date, s.Place, s.Text, s.ActionId)).ToList(),
            n.HubName, n.HubText, n.Agenda.Select(a => new NewsletterAgendaDto(a.What, a.When, a.Where)).ToList(),
            n.Events.Select(e => new NewsletterItemDto(e.Title, e.Date, e.Place, e.Text, e.ActionId)).ToList(),
            n.CallToAction, v.CanEdit, n.Version);
    }
}

/// <summary>/api/v1/approaches/{id}/newsletters: buurtberichten (issue 13 §8).</summary>
public static class NewslettersApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();
        var newsletters = approach.MapGroup("/newsletters").WithTags("Buurtberichten");
        newsletters.MapGet("", async (Guid id, int? page, int? pageSize, NewsletterService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<NewsletterSummaryDto>.From(p, NewsletterSummaryDto.From))))
            .WithName("listNewsletters").WithSummary("Buurtberichten, nieuwste editie eerst. Netwerkleden zien alleen definitieve buurtberichten")
            .Produces<PagedResponse<NewsletterSummaryDto>>().WithProblems(400, 404);
        newsletters.MapGet("/{newsletterId:guid}", async (Guid id, Guid newsletterId, NewsletterService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, newsletterId, http.GetActor(), export: false, ct)).ToApi(v => TypedResults.Ok(NewsletterDto.From(v))))
            .WithName("getNewsletter").WithSummary("Eén buurtbericht met zijn rubrieken; lezen met een naam in 'stelt zich voor' wordt gelogd")
            .Produces<NewsletterDto>().WithProblems(400, 404);
        newsletters.MapPost("", async (Guid id, NewNewsletterInput body, NewsletterService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(v => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/newsletters/{v.Newsletter.Id}", NewsletterDto.From(v))))
            .WithName("createNewsletter").WithSummary("Nieuw concept-buurtbericht (kernteam en partners), samengesteld uit de acties die gedeeld mogen worden: die van de laatste weeks weken (standaard 8) als terugblik en de geplande als activiteiten; alleen titel, datum en plek")
            .Produces<NewsletterDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        newsletters.MapPut("/{newsletterId:guid}", async (Guid id, Guid newsletterId, NewsletterInput body, NewsletterService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, newsletterId, body, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(NewsletterDto.From(v))))
            .WithName("updateNewsletter").WithSummary("Buurtbericht wijzigen (kernteam; een partner alleen de eigen); alleen het kernteam maakt het definitief. Een naam in 'stelt zich voor' alleen met introConsent (bij een bewoner ook introConsentRecordedBy en introConsentRecordedOn). Geef de laatst gelezen version mee")
            .Produces<NewsletterDto>().WithProblems(400, 403, 404, 409);
        newsletters.MapDelete("/{newsletterId:guid}", async (Guid id, Guid newsletterId, NewsletterService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, newsletterId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteNewsletter").WithSummary("Buurtbericht verwijderen (kernteam; een partner alleen de eigen)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 403, 404);
    }
}
