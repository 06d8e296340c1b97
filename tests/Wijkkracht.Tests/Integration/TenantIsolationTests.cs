using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// Walks every route of the application (pages and API, from the endpoint data source) and proves that a user of
/// organisation A gets 404 for organisation B's ids on every method, with B's data unchanged; and the same for an
/// approach of A that the user is not a member of.
/// </summary>
public sealed class TenantIsolationTests(SharedApps apps) : IClassFixture<SharedApps>
{
    /// <summary>Which record each route parameter names, per route pattern. A new route with parameters needs a row here.</summary>
    private static readonly Dictionary<string, (string Param, Target Target)[]> Cases = new(StringComparer.Ordinal)
    {
        ["/aanpakken/{id:guid}"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/bewerken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/leden"] = [("id", Target.Approach)],
        ["/beheer/gebieden/{id:guid}"] = [("id", Target.Area)],
        ["/beheer/gebruikers/{id:guid}"] = [("id", Target.User)],
        ["/api/v1/areas/{id:guid}"] = [("id", Target.Area)],
        ["/api/v1/approaches/{id:guid}"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/members"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/visibility"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/members/{memberId:guid}"] = [("id", Target.Approach), ("memberId", Target.Member)],
        ["/aanpakken/{id:guid}/beslismoment"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/rapport"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/stappen"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/stappen/{stepId}"] = [("id", Target.Approach), ("stepId", Target.StepId)],
        ["/aanpakken/{id:guid}/randvoorwaarden"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/randvoorwaarden/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/randvoorwaarden/{assessmentId:guid}"] = [("id", Target.Approach), ("assessmentId", Target.Assessment)],
        ["/aanpakken/{id:guid}/randvoorwaarden/{assessmentId:guid}/invullen/{deel:int}"] = [("id", Target.Approach), ("assessmentId", Target.Assessment), ("deel", Target.PlanNumber)],
        ["/aanpakken/{id:guid}/randvoorwaarden/acties/{actionId:guid}/verwijderen"] = [("id", Target.Approach), ("actionId", Target.Action)],
        ["/api/v1/approaches/{id:guid}/steps"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/steps/{stepId}"] = [("id", Target.Approach), ("stepId", Target.StepId)],
        ["/api/v1/approaches/{id:guid}/precondition-assessments"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/precondition-assessments/{assessmentId:guid}"] = [("id", Target.Approach), ("assessmentId", Target.Assessment)],
        ["/api/v1/approaches/{id:guid}/precondition-actions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/precondition-actions/{actionId:guid}"] = [("id", Target.Approach), ("actionId", Target.Action)],
        ["/api/v1/approaches/{id:guid}/exports/{kind}"] = [("id", Target.Approach), ("kind", Target.ExportKind)],
        ["/aanpakken/{id:guid}/doelen"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/doelen/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/doelen/{goalId:guid}"] = [("id", Target.Approach), ("goalId", Target.Goal)],
        ["/aanpakken/{id:guid}/plan"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/plan/bewerken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/plan/vergelijken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/plan/versies/{number:int}"] = [("id", Target.Approach), ("number", Target.PlanNumber)],
        ["/api/v1/approaches/{id:guid}/decisions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/plan"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/plan/versions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/plan/versions/{number:int}"] = [("id", Target.Approach), ("number", Target.PlanNumber)],
        ["/api/v1/approaches/{id:guid}/goals"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/goals/{goalId:guid}"] = [("id", Target.Approach), ("goalId", Target.Goal)],
        ["/api/v1/approaches/{id:guid}/goals/{goalId:guid}/progress"] = [("id", Target.Approach), ("goalId", Target.Goal)],
        ["/aanpakken/{id:guid}/interventies"] = [("id", Target.Approach)],
        ["/beheer/interventies/{id:guid}"] = [("id", Target.OwnIntervention)],
        // Public knowledge routes take content ids; another organisation's own intervention id must be unknown there.
        ["/kennisbank/methoden/{id}"] = [("id", Target.OwnIntervention)],
        ["/kennisbank/stappen/{id}"] = [("id", Target.OwnIntervention)],
        ["/kennisbank/artikelen/{id}"] = [("id", Target.OwnIntervention)],
        ["/kennisbank/interventies/{id}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/methods/{id}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/interventions/{id}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/own-interventions/{id:guid}"] = [("id", Target.OwnIntervention)],
        ["/api/v1/knowledge/hidden-interventions/{interventionId}"] = [("interventionId", Target.OwnIntervention)],
        ["/api/v1/approaches/{id:guid}/interventions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/interventions/{itemId:guid}"] = [("id", Target.Approach), ("itemId", Target.ApproachIntervention)],
        // Desk research (issue 10 §5).
        ["/aanpakken/{id:guid}/vooronderzoek"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/vooronderzoek/trajecten/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/vooronderzoek/trajecten/{trajectId:guid}"] = [("id", Target.Approach), ("trajectId", Target.Trajectory)],
        ["/aanpakken/{id:guid}/vooronderzoek/sociale-kaart/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/vooronderzoek/sociale-kaart/{entryId:guid}"] = [("id", Target.Approach), ("entryId", Target.SocialMapEntry)],
        ["/aanpakken/{id:guid}/vooronderzoek/datasets/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/vooronderzoek/datasets/{datasetId:guid}"] = [("id", Target.Approach), ("datasetId", Target.Dataset)],
        ["/aanpakken/{id:guid}/vooronderzoek/datasets/{datasetId:guid}/cijfers"] = [("id", Target.Approach), ("datasetId", Target.Dataset)],
        ["/api/v1/approaches/{id:guid}/earlier-trajectories"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/earlier-trajectories/{trajectoryId:guid}"] = [("id", Target.Approach), ("trajectoryId", Target.Trajectory)],
        ["/api/v1/approaches/{id:guid}/social-map-entries"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/social-map-entries/{entryId:guid}"] = [("id", Target.Approach), ("entryId", Target.SocialMapEntry)],
        ["/api/v1/datasets/{datasetId:guid}"] = [("datasetId", Target.Dataset)],
        ["/api/v1/datasets/{datasetId:guid}/figures"] = [("datasetId", Target.Dataset)],
        ["/api/v1/datasets/{datasetId:guid}/figures/{figureId:guid}"] = [("datasetId", Target.Dataset), ("figureId", Target.Figure)],
        ["/api/v1/datasets/{datasetId:guid}/figures/imports"] = [("datasetId", Target.Dataset)],
        // Observations (issue 10).
        ["/aanpakken/{id:guid}/waarnemingen"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/waarnemingen/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/waarnemingen/{observationId:guid}"] = [("id", Target.Approach), ("observationId", Target.Observation)],
        ["/api/v1/approaches/{id:guid}/observations"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/observations/{observationId:guid}"] = [("id", Target.Approach), ("observationId", Target.Observation)],
        // Conversations, follow-up, timeline, themes (issue 11).
        ["/aanpakken/{id:guid}/gesprekken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/gesprekken/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/gesprekken/{conversationId:guid}"] = [("id", Target.Approach), ("conversationId", Target.Conversation)],
        ["/aanpakken/{id:guid}/terugkoppelingen"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/terugkoppelingen/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/terugkoppelingen/{followUpId:guid}"] = [("id", Target.Approach), ("followUpId", Target.FollowUp)],
        ["/aanpakken/{id:guid}/tijdlijn"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/tijdlijn/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/tijdlijn/afdrukken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/tijdlijn/{eventId:guid}"] = [("id", Target.Approach), ("eventId", Target.TimelineEvent)],
        ["/aanpakken/{id:guid}/themas"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/themas/{themeId:guid}"] = [("id", Target.Approach), ("themeId", Target.Theme)],
        ["/aanpakken/{id:guid}/patronen/{key}"] = [("id", Target.Approach), ("key", Target.Pattern)],
        ["/aanpakken/{id:guid}/sessies/{key}"] = [("id", Target.Approach), ("key", Target.Session)],
        ["/api/v1/approaches/{id:guid}/conversations"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/conversations/consented-quotes"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/conversations/{conversationId:guid}"] = [("id", Target.Approach), ("conversationId", Target.Conversation)],
        ["/api/v1/approaches/{id:guid}/conversations/{conversationId:guid}/mentioned-events/{index:int}/timeline-event"] = [("id", Target.Approach), ("conversationId", Target.Conversation), ("index", Target.PlanNumber)],
        ["/api/v1/approaches/{id:guid}/follow-ups"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/follow-ups/{followUpId:guid}"] = [("id", Target.Approach), ("followUpId", Target.FollowUp)],
        ["/api/v1/approaches/{id:guid}/timeline-events"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/timeline-events/{eventId:guid}"] = [("id", Target.Approach), ("eventId", Target.TimelineEvent)],
        ["/api/v1/approaches/{id:guid}/themes"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/themes/{themeId:guid}"] = [("id", Target.Approach), ("themeId", Target.Theme)],
        ["/api/v1/approaches/{id:guid}/patterns"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/patterns/{patternId:guid}"] = [("id", Target.Approach), ("patternId", Target.Pattern)],
        ["/api/v1/approaches/{id:guid}/sessions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/sessions/{sessionId:guid}"] = [("id", Target.Approach), ("sessionId", Target.Session)],
        ["/aanpakken/{id:guid}/gesprekken/bereik"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/kansenkaart"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/kansenkaart/kansen/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/kansenkaart/kansen/{opportunityId:guid}"] = [("id", Target.Approach), ("opportunityId", Target.Opportunity)],
        ["/aanpakken/{id:guid}/kansenkaart/aanleidingen/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/kansenkaart/aanleidingen/{occasionId:guid}"] = [("id", Target.Approach), ("occasionId", Target.Occasion)],
        ["/aanpakken/{id:guid}/verhaal"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/verhaal/bewerken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/verhaal/versies/{number:int}"] = [("id", Target.Approach), ("number", Target.PlanNumber)],
        ["/aanpakken/{id:guid}/waarnemingen/importeren"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/waarnemingen/plattegrond"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/waarnemingen/schouwen"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/waarnemingen/schouwen/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/waarnemingen/schouwen/{walkId:guid}"] = [("id", Target.Approach), ("walkId", Target.Walk)],
        ["/aanpakken/{id:guid}/waarnemingen/schouwen/{walkId:guid}/wijzigen"] = [("id", Target.Approach), ("walkId", Target.Walk)],
        ["/api/v1/approaches/{id:guid}/observations/imports"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/walks"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/walks/{walkId:guid}"] = [("id", Target.Approach), ("walkId", Target.Walk)],
        ["/api/v1/approaches/{id:guid}/opportunities"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/opportunities/{opportunityId:guid}"] = [("id", Target.Approach), ("opportunityId", Target.Opportunity)],
        ["/api/v1/approaches/{id:guid}/occasions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/occasions/{occasionId:guid}"] = [("id", Target.Approach), ("occasionId", Target.Occasion)],
        ["/api/v1/approaches/{id:guid}/story"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/story/versions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/story/versions/{number:int}"] = [("id", Target.Approach), ("number", Target.PlanNumber)],
        ["/aanpakken/{id:guid}/groepsopstellingen"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/groepsopstellingen/{setupId:guid}"] = [("id", Target.Approach), ("setupId", Target.GroupSetup)],
        ["/aanpakken/{id:guid}/groepsopstellingen/opstelling/{setupId:guid?}"] = [("id", Target.Approach), ("setupId", Target.GroupSetup)],
        ["/api/v1/approaches/{id:guid}/group-setups"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/group-setups/{setupId:guid}"] = [("id", Target.Approach), ("setupId", Target.GroupSetup)],
        ["/aanpakken/{id:guid}/netwerk"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/netwerk/actoren/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/netwerk/actoren/{actorId:guid}"] = [("id", Target.Approach), ("actorId", Target.NetworkActor)],
        ["/aanpakken/{id:guid}/netwerk/actoren/{actorId:guid}/bewerken"] = [("id", Target.Approach), ("actorId", Target.NetworkActor)],
        ["/aanpakken/{id:guid}/netwerk/relaties/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/netwerk/relaties/{relationId:guid}"] = [("id", Target.Approach), ("relationId", Target.NetworkRelation)],
        ["/api/v1/approaches/{id:guid}/actors"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/actors/{actorId:guid}"] = [("id", Target.Approach), ("actorId", Target.NetworkActor)],
        ["/api/v1/approaches/{id:guid}/relations"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/relations/{relationId:guid}"] = [("id", Target.Approach), ("relationId", Target.NetworkRelation)],
        ["/api/v1/approaches/{id:guid}/contacts"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/contacts/stale"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/contacts/{contactId:guid}"] = [("id", Target.Approach), ("contactId", Target.ContactLogEntry)],
        ["/api/v1/approaches/{id:guid}/network/metrics"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/network/imports"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/netwerk/analyse"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/network/key-players"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/network/export"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/network/runs"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/network/runs/{runId:guid}"] = [("id", Target.Approach), ("runId", Target.NetworkRun)],
        ["/aanpakken/{id:guid}/acties"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/acties/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/acties/{actionId:guid}"] = [("id", Target.Approach), ("actionId", Target.NeighbourhoodAction)],
        ["/aanpakken/{id:guid}/acties/{actionId:guid}/bewerken"] = [("id", Target.Approach), ("actionId", Target.NeighbourhoodAction)],
        ["/api/v1/approaches/{id:guid}/actions"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/actions/{actionId:guid}"] = [("id", Target.Approach), ("actionId", Target.NeighbourhoodAction)],
        ["/api/v1/approaches/{id:guid}/actions/{actionId:guid}/decision"] = [("id", Target.Approach), ("actionId", Target.NeighbourhoodAction)],
        ["/aanpakken/{id:guid}/evaluatie"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/afsluiten"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/closing"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/evaluatie/rondes/{roundId:guid?}"] = [("id", Target.Approach), ("roundId", Target.EvaluationRound)],
        ["/aanpakken/{id:guid}/evaluatie/indicatoren/{indicatorId:guid?}"] = [("id", Target.Approach), ("indicatorId", Target.Indicator)],
        ["/aanpakken/{id:guid}/evaluatie/lessen/{lessonId:guid?}"] = [("id", Target.Approach), ("lessonId", Target.Lesson)],
        ["/api/v1/approaches/{id:guid}/evaluations"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/evaluations/{roundId:guid}"] = [("id", Target.Approach), ("roundId", Target.EvaluationRound)],
        ["/api/v1/approaches/{id:guid}/indicators"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/indicators/{indicatorId:guid}"] = [("id", Target.Approach), ("indicatorId", Target.Indicator)],
        ["/api/v1/approaches/{id:guid}/indicators/{indicatorId:guid}/measurements"] = [("id", Target.Approach), ("indicatorId", Target.Indicator)],
        ["/api/v1/approaches/{id:guid}/lessons"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/lessons/{lessonId:guid}"] = [("id", Target.Approach), ("lessonId", Target.Lesson)],
        ["/api/v1/approaches/{id:guid}/network/changes"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/actors/{actorId:guid}/reveal"] = [("id", Target.Approach), ("actorId", Target.NetworkActor)],
        ["/aanpakken/{id:guid}/bijeenkomsten"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/bijeenkomsten/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/bijeenkomsten/{meetingId:guid}"] = [("id", Target.Approach), ("meetingId", Target.Meeting)],
        ["/aanpakken/{id:guid}/bijeenkomsten/{meetingId:guid}/bewerken"] = [("id", Target.Approach), ("meetingId", Target.Meeting)],
        ["/aanpakken/{id:guid}/afspraken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/afspraken/{agreementId:guid}"] = [("id", Target.Approach), ("agreementId", Target.Agreement)],
        ["/aanpakken/{id:guid}/voortgang"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/meetings"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/meetings/{meetingId:guid}"] = [("id", Target.Approach), ("meetingId", Target.Meeting)],
        ["/api/v1/approaches/{id:guid}/meetings/{meetingId:guid}/agreements"] = [("id", Target.Approach), ("meetingId", Target.Meeting)],
        ["/api/v1/approaches/{id:guid}/agreements"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/agreements/{agreementId:guid}"] = [("id", Target.Approach), ("agreementId", Target.Agreement)],
        // Reports and communication (issue 13 §8).
        ["/aanpakken/{id:guid}/evaluatie/rapport"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/buurtbericht"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/buurtbericht/nieuw"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/buurtbericht/{newsletterId:guid}"] = [("id", Target.Approach), ("newsletterId", Target.Newsletter)],
        ["/aanpakken/{id:guid}/buurtbericht/{newsletterId:guid}/afdrukken"] = [("id", Target.Approach), ("newsletterId", Target.Newsletter)],
        ["/api/v1/approaches/{id:guid}/newsletters"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/newsletters/{newsletterId:guid}"] = [("id", Target.Approach), ("newsletterId", Target.Newsletter)],
        ["/aanpakken/{id:guid}/evaluatie/weerstand/{resistanceId:guid?}"] = [("id", Target.Approach), ("resistanceId", Target.Resistance)],
        ["/aanpakken/{id:guid}/evaluatie/successen/{celebrationId:guid?}"] = [("id", Target.Approach), ("celebrationId", Target.Celebration)],
        ["/api/v1/approaches/{id:guid}/resistances"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/verwerkingsregister"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/verwerkingsregister/bewerken"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/verwerkingsregister.docx"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/processing-record"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/processing-record/document"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/delen"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/sharing-records"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/resistances/{resistanceId:guid}"] = [("id", Target.Approach), ("resistanceId", Target.Resistance)],
        ["/api/v1/approaches/{id:guid}/celebrations"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/celebrations/{celebrationId:guid}"] = [("id", Target.Approach), ("celebrationId", Target.Celebration)],
        ["/aanpakken/{id:guid}/kalender"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/kalender/ritme/{rhythmId:guid?}"] = [("id", Target.Approach), ("rhythmId", Target.Rhythm)],
        ["/api/v1/approaches/{id:guid}/rhythms"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/rhythms/guide"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/rhythms/{rhythmId:guid}"] = [("id", Target.Approach), ("rhythmId", Target.Rhythm)],
        ["/api/v1/approaches/{id:guid}/calendar"] = [("id", Target.Approach)],
        // Safety (issue 14).
        ["/aanpakken/{id:guid}/veiligheid"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/veiligheid/melding"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/veiligheid/contactpersonen"] = [("id", Target.Approach)],
        ["/aanpakken/{id:guid}/veiligheid/meldingen/{reportId:guid}"] = [("id", Target.Approach), ("reportId", Target.SafetyReport)],
        ["/aanpakken/{id:guid}/veiligheid/afspraken/{agreementId:guid?}"] = [("id", Target.Approach), ("agreementId", Target.SafetyAgreement)],
        ["/aanpakken/{id:guid}/veiligheid/checkin/{checkInId:guid?}"] = [("id", Target.Approach), ("checkInId", Target.CheckIn)],
        ["/api/v1/approaches/{id:guid}/safety-reports"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/safety-reports/mine"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/safety-reports/{reportId:guid}"] = [("id", Target.Approach), ("reportId", Target.SafetyReport)],
        ["/api/v1/approaches/{id:guid}/safety-reports/{reportId:guid}/status"] = [("id", Target.Approach), ("reportId", Target.SafetyReport)],
        ["/api/v1/approaches/{id:guid}/safety-reports/{reportId:guid}/follow-ups"] = [("id", Target.Approach), ("reportId", Target.SafetyReport)],
        ["/api/v1/approaches/{id:guid}/safety-reports/{reportId:guid}/close"] = [("id", Target.Approach), ("reportId", Target.SafetyReport)],
        ["/api/v1/approaches/{id:guid}/safety-reports/{reportId:guid}/person"] = [("id", Target.Approach), ("reportId", Target.SafetyReport)],
        ["/api/v1/approaches/{id:guid}/safety-contacts"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/safety-agreements"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/safety-agreements/{agreementId:guid}"] = [("id", Target.Approach), ("agreementId", Target.SafetyAgreement)],
        ["/api/v1/approaches/{id:guid}/check-ins"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/check-ins/residents"] = [("id", Target.Approach)],
        ["/api/v1/approaches/{id:guid}/check-ins/{checkInId:guid}"] = [("id", Target.Approach), ("checkInId", Target.CheckIn)],
        ["/api/v1/approaches/{id:guid}/meetings.ics"] = [("id", Target.Approach)],
        // A feed address is a credential: an unknown secret is 404, and another organisation's approach with your own secret too (CalendarTests).
        ["/api/v1/feeds/{secret}/calendar.ics"] = [("secret", Target.FeedSecret)],
        ["/api/v1/feeds/{secret}/approaches/{id:guid}/calendar.ics"] = [("secret", Target.FeedSecret), ("id", Target.Approach)],
    };

    /// <summary>Routes whose ids are scoped to an approach (membership applies).</summary>
    private static readonly HashSet<string> ApproachScoped = new(Cases.Where(c => c.Value.Any(p => p.Target == Target.Approach)).Select(c => c.Key), StringComparer.Ordinal);

    public enum Target
    {
        Approach,
        Area,
        User,
        Member,
        Goal,

        /// <summary>Plan version number 1, which every test organisation's approach has.</summary>
        PlanNumber,

        Assessment,
        Action,

        /// <summary>A real step id ("wwp-stap-1") that the approach's method has.</summary>
        StepId,

        /// <summary>"voortgang" (page route value).</summary>
        ReportKind,

        /// <summary>"progress-report" (API route value).</summary>
        ExportKind,
        OwnIntervention,
        ApproachIntervention,
        Trajectory,
        SocialMapEntry,
        Dataset,
        Figure,
        Observation,
        Conversation,
        FollowUp,
        TimelineEvent,
        Theme,
        Pattern,
        Session,
        Walk,
        Opportunity,
        Occasion,
        GroupSetup,
        NetworkActor,
        NetworkRelation,
        ContactLogEntry,
        NetworkRun,
        NeighbourhoodAction,
        EvaluationRound,
        Indicator,
        Lesson,
        Meeting,
        Agreement,
        Newsletter,
        Resistance,
        Celebration,
        Rhythm,
        SafetyReport,
        SafetyAgreement,
        CheckIn,

        /// <summary>A calendar feed secret; always an unknown one here (a secret is a credential, not an id).</summary>
        FeedSecret,
    }

    [Fact]
    public async Task EveryRouteWithParameters_HasAnIsolationCase()
    {
        var (app, _, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var missing = ParameterisedRoutes(app).Select(r => r.Pattern).Distinct().Where(p => !Cases.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "Routes without a tenant-isolation case: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnyRoute_OtherOrganisationsIds_Returns404AndChangesNothing(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var ids = new Dictionary<Target, Guid>
        {
            [Target.Approach] = b.Approach.Id,
            [Target.Area] = b.Wijk.Id,
            [Target.User] = b.Users[OrgRole.Partner].Id,
            [Target.Member] = b.PartnerMember.Id,
            [Target.Goal] = b.Goal.Id,
            [Target.Assessment] = b.Assessment.Id,
            [Target.Action] = b.Action.Id,
        };
        (ids[Target.OwnIntervention], ids[Target.ApproachIntervention]) = await KnowledgeRecordsAsync(app, b.Organisation.Id, b.Approach.Id);
        await DeskResearchRecordsAsync(app, b.Organisation.Id, b.Approach.Id, ids);
        await FieldWorkRecordsAsync(app, b.Organisation.Id, b.Approach.Id, b.Users[OrgRole.Wijkverbinder].Id, ids);
        var before = await SnapshotAsync(app, b.Organisation.Id);
        var ownBefore = await SnapshotAsync(app, a.Organisation.Id, includeAudit: false);
        var failures = new List<string>();
        foreach (var role in new[] { OrgRole.Beheerder, OrgRole.Coordinator, OrgRole.Wijkverbinder })
        {
            var user = a.Users[role];
            await ProbeAllAsync(app, user, ids, _ => true, failures);
        }

        var after = await SnapshotAsync(app, b.Organisation.Id);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, after);
        Assert.Equal(ownBefore, await SnapshotAsync(app, a.Organisation.Id, includeAudit: false));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApproachRoutes_ApproachUserIsNotMemberOf_Return404AndChangeNothing(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var coordinator = a.Users[OrgRole.Coordinator];
        var other = await app.AsActorAsync(new Actor(coordinator.Id, a.Organisation.Id, coordinator.Role, coordinator.DisplayName), async (sp, db) =>
        {
            var created = await sp.GetRequiredService<ApproachService>().CreateAsync(
                new ApproachInput { Title = "Besloten aanpak " + Guid.NewGuid().ToString("N")[..6], Issue = "Zonder deze leden.", AreaId = a.Buurt.Id, Method = ApproachMethod.WerkwijzerPlus, StartDate = new DateOnly(2026, 2, 1) },
                new Actor(coordinator.Id, a.Organisation.Id, coordinator.Role, coordinator.DisplayName));
            var approachId = created.Value!.Id;
            var member = new ApproachMember { ApproachId = approachId, UserId = a.Users[OrgRole.Netwerklid].Id, Role = ApproachRole.Netwerklid };
            db.ApproachMembers.Add(member);
            // Records that exist in this approach, so a 404 can only come from the membership check.
            var goal = new Goal { ApproachId = approachId, Title = "Doel van de besloten aanpak", Level = PpctLevel.Micro, Term = GoalTerm.Kort };
            var assessment = new Wijkkracht.Core.Preconditions.PreconditionAssessment { ApproachId = approachId, AssessedOn = new DateOnly(2026, 2, 2) };
            var action = new Wijkkracht.Core.Preconditions.PreconditionAction { ApproachId = approachId, PreconditionId = "rv-01", Description = "Besloten actie", AssessmentId = assessment.Id };
            db.AddRange(goal, assessment, action);
            db.Add(new PlanVersion { ApproachId = approachId, Number = 1, CentralIssue = "Besloten", CreatedByName = "test", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return (created.Value!, member, goal, assessment, action);
        });

        var ids = new Dictionary<Target, Guid>
        {
            [Target.Approach] = other.Item1.Id,
            [Target.Area] = a.Wijk.Id,
            [Target.User] = a.Users[OrgRole.Partner].Id,
            [Target.Member] = other.member.Id,
            [Target.Goal] = other.goal.Id,
            [Target.Assessment] = other.assessment.Id,
            [Target.Action] = other.action.Id,
        };
        (ids[Target.OwnIntervention], ids[Target.ApproachIntervention]) = await KnowledgeRecordsAsync(app, a.Organisation.Id, other.Item1.Id);
        await DeskResearchRecordsAsync(app, a.Organisation.Id, other.Item1.Id, ids);
        await FieldWorkRecordsAsync(app, a.Organisation.Id, other.Item1.Id, a.Users[OrgRole.Coordinator].Id, ids);
        var before = await ApproachSnapshotAsync(app, other.Item1.Id);
        var failures = new List<string>();
        foreach (var role in new[] { OrgRole.Wijkverbinder, OrgRole.Partner })
            await ProbeAllAsync(app, a.Users[role], ids, pattern => ApproachScoped.Contains(pattern), failures);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await ApproachSnapshotAsync(app, other.Item1.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnyRoute_OwnIds_DoesNotAnswer404(DatabaseProvider provider)
    {
        // Positive control for the walkers above: the same GET requests with the caller's own ids find the records, so
        // their 404s come from the isolation checks and not from a badly filled route.
        var (app, a, _) = await apps.GetAsync(provider);
        var ids = new Dictionary<Target, Guid>
        {
            [Target.Approach] = a.Approach.Id,
            [Target.Area] = a.Wijk.Id,
            [Target.User] = a.Users[OrgRole.Partner].Id,
            [Target.Member] = a.PartnerMember.Id,
            [Target.Goal] = a.Goal.Id,
            [Target.Assessment] = a.Assessment.Id,
            [Target.Action] = a.Action.Id,
        };
        (ids[Target.OwnIntervention], ids[Target.ApproachIntervention]) = await KnowledgeRecordsAsync(app, a.Organisation.Id, a.Approach.Id);
        await DeskResearchRecordsAsync(app, a.Organisation.Id, a.Approach.Id, ids);
        await FieldWorkRecordsAsync(app, a.Organisation.Id, a.Approach.Id, a.Users[OrgRole.Wijkverbinder].Id, ids);
        var user = a.Users[OrgRole.Beheerder];
        var api = await app.ApiClientAsync(user);
        var browser = await app.SignedInClientAsync(user);
        // Safety reports and check-ins are deliberately closed to the Beheerder's oversight (issue 14): the coordinator,
        // who follows them up, is the caller there.
        var safetyApi = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var safetyBrowser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var failures = new List<string>();
        foreach (var route in ParameterisedRoutes(app).Where(r => r.Methods.Any(m => m.Method == "GET")))
        {
            // Content routes take knowledge-base ids; an own intervention's id is rightly unknown there.
            if (Cases[route.Pattern].Any(c => c.Target == Target.OwnIntervention) && !route.Pattern.Contains("own-interventions", StringComparison.Ordinal)
                && !route.Pattern.StartsWith("/beheer/interventies", StringComparison.Ordinal))
                continue;
            // A feed secret is a credential, not an id: the test fills in an unknown one (CalendarTests covers a real one).
            if (Cases[route.Pattern].Any(c => c.Target == Target.FeedSecret))
                continue;
            var url = Fill(route.Pattern, ids);
            if (route.Pattern == "/aanpakken/{id:guid}/plan/vergelijken")
                url += "?van=1&naar=1"; // the comparison needs the two version numbers
            var safety = Cases[route.Pattern].Any(c => c.Target is Target.SafetyReport or Target.CheckIn) || route.Pattern.Contains("/check-ins", StringComparison.Ordinal);
            var response = await (route.IsApi ? (safety ? safetyApi : api) : (safety ? safetyBrowser : browser)).GetAsync(url);
            if (response.StatusCode == HttpStatusCode.NotFound)
                failures.Add($"GET {url} gave 404 with the caller's own ids");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BodyIds_OtherOrganisationsIds_AreRefusedAndChangeNothing(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var created = await coordinator.PostAsJsonAsync("/api/v1/approaches", new { title = "Aanpak voor id-proeven " + Guid.NewGuid().ToString("N")[..6], issue = "Ids in de inhoud.", areaId = a.Buurt.Id, method = "Beide", startDate = "2026-01-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var approachId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var (bOwn, _) = await KnowledgeRecordsAsync(app, b.Organisation.Id, b.Approach.Id);

        // Each request once with another organisation's id in a body field, once with the caller's own id.
        (string Method, string Url, Func<bool, object> Body)[] requests =
        [
            ("POST", $"/api/v1/approaches/{approachId}/members", own => new { userId = own ? a.Users[OrgRole.Partner].Id : b.Users[OrgRole.Partner].Id, role = "Partner" }),
            ("POST", $"/api/v1/approaches/{approachId}/goals", own => new { title = "Doel met eigenaar", level = "Meso", term = "Kort", ownerUserId = own ? a.Users[OrgRole.Partner].Id : b.Users[OrgRole.Partner].Id }),
            ("POST", $"/api/v1/approaches/{a.Approach.Id}/interventions", own => new { interventionId = own ? "kis-jolo" : bOwn.ToString(), goalIds = new[] { own ? a.Goal.Id : b.Goal.Id } }),
            ("POST", $"/api/v1/approaches/{approachId}/decisions", own => new { outcome = "Door", rationale = "Op orde", decidedBy = "Stuurgroep", decidedOn = "2026-02-01", assessmentId = own ? (Guid?)null : b.Assessment.Id }),
            ("POST", $"/api/v1/approaches/{a.Approach.Id}/precondition-actions", own => new { preconditionId = "rv-01", description = "Actie", ownerUserId = own ? a.Users[OrgRole.Wijkverbinder].Id : b.Users[OrgRole.Wijkverbinder].Id, assessmentId = own ? a.Assessment.Id : b.Assessment.Id }),
            ("POST", "/api/v1/areas", own => new { kind = "Buurt", code = own ? "BU00010188" : "BU00010189", name = "Buurt voor id-proef", parentId = own ? a.Wijk.Id : b.Wijk.Id }),
            ("POST", "/api/v1/approaches", own => new { title = "Aanpak in gebied", issue = "x", areaId = own ? a.Buurt.Id : b.Buurt.Id, method = "Beide", startDate = "2026-01-01" }),
            ("PUT", $"/api/v1/approaches/{approachId}/steps/wwp-stap-5", own => new { status = "Bezig", results = new[] { new { achieved = true, achievedOn = "2026-02-01", evidence = $"/aanpakken/{(own ? approachId : b.Approach.Id)}/plan" } } }),
        ];
        var beforeB = await SnapshotAsync(app, b.Organisation.Id);
        var failures = new List<string>();
        var admin = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        foreach (var (method, url, body) in requests)
        {
            var client = url == "/api/v1/areas" ? admin : coordinator;
            var beforeA = await SnapshotAsync(app, a.Organisation.Id, includeAudit: false);
            using var foreign = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(body(false)) };
            var refused = await client.SendAsync(foreign);
            if (refused.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
                failures.Add($"{method} {url} with another organisation's id gave {(int)refused.StatusCode}");
            if (beforeA != await SnapshotAsync(app, a.Organisation.Id, includeAudit: false))
                failures.Add($"{method} {url} with another organisation's id changed the caller's data");

            using var ownRequest = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(body(true)) };
            var accepted = await client.SendAsync(ownRequest);
            if (!accepted.IsSuccessStatusCode)
                failures.Add($"{method} {url} with own ids gave {(int)accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync()}");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(beforeB, await SnapshotAsync(app, b.Organisation.Id));
    }

    private static string Fill(string pattern, Dictionary<Target, Guid> ids) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "\\{([A-Za-z]+)(:[^}]*)?\\}", m =>
        {
            var target = Cases[pattern].Single(c => c.Param == m.Groups[1].Value).Target;
            return target switch
            {
                Target.PlanNumber => "1",
                Target.ReportKind => "voortgang",
                Target.ExportKind => "progress-report",
                Target.StepId => "wwp-stap-1",
                Target.FeedSecret => "wkcal_onbekendgeheim",
                _ => ids[target].ToString(),
            };
        });

    private static async Task ProbeAllAsync(TestApp app, AppUser user, Dictionary<Target, Guid> ids, Func<string, bool> include, List<string> failures)
    {
        var api = await app.ApiClientAsync(user);
        var browser = await app.SignedInClientAsync(user);
        var antiforgery = await TestApp.AntiforgeryTokenAsync(browser, "/account");
        foreach (var route in ParameterisedRoutes(app).Where(r => include(r.Pattern)))
        {
            var url = Fill(route.Pattern, ids);

            foreach (var (method, handler) in route.Methods)
            {
                HttpResponseMessage response;
                if (route.IsApi)
                {
                    var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method is "POST" or "PUT")
                        request.Content = url.Contains("/knowledge/own-interventions", StringComparison.Ordinal)
                            ? JsonContent.Create(new { title = "x", summary = "x", version = Guid.NewGuid() })
                            : url.Contains("/areas", StringComparison.Ordinal)
                            ? JsonContent.Create(new { name = "x", kind = "Wijk", code = "WK000201", version = Guid.NewGuid() })
                            // No "kind" here: several field-work inputs have an enum of that name, and a value that does
                            // not bind would be refused (400) before the approach is looked up.
                            : JsonContent.Create(new
                            {
                                title = "x",
                                name = "x",
                                code = "WK000201",
                                issue = "x",
                                role = "Partner",
                                userId = user.Id,
                                version = Guid.NewGuid(),
                                level = "Micro",
                                term = "Kort",
                                outcome = "Door",
                                rationale = "x",
                                decidedBy = "x",
                                decidedOn = "2026-01-02",
                                centralIssue = "x",
                                baseNumber = 1,
                                interventionId = "kis-jolo",
                                note = "x",
                                assessedOn = "2026-01-02",
                                preconditionId = "rv-01",
                                description = "x",
                                items = new[] { new { preconditionId = "rv-01", askIndex = 0, score = "OpOrde" } },
                            });
                    response = await api.SendAsync(request);
                }
                else if (method == "GET")
                {
                    response = await browser.GetAsync(url);
                }
                else
                {
                    var form = new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = antiforgery,
                        ["Input.Title"] = "x",
                        ["Input.Name"] = "x",
                        ["Input.Issue"] = "x",
                        ["Input.Role"] = "Partner",
                        ["memberId"] = ids[Target.Member].ToString(),
                        ["role"] = "Partner",
                        ["version"] = Guid.NewGuid().ToString(),
                        ["itemId"] = ids[Target.ApproachIntervention].ToString(),
                        ["note"] = "x",
                        ["Input.Summary"] = "x",
                    };
                    response = await browser.PostAsync(handler is null ? url : $"{url}?handler={handler}", new FormUrlEncodedContent(form));
                }

                if (response.StatusCode != HttpStatusCode.NotFound)
                    failures.Add($"{user.Role} {method} {url}{(handler is null ? "" : "?handler=" + handler)} gave {(int)response.StatusCode}");
            }
        }
    }

    private sealed record RouteCase(string Pattern, bool IsApi, List<(string Method, string? Handler)> Methods);

    private static List<RouteCase> ParameterisedRoutes(TestApp app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var result = new List<RouteCase>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.RoutePattern.Parameters.Count == 0 || endpoint.RoutePattern.RawText is null)
                continue;
            var pattern = "/" + endpoint.RoutePattern.RawText.Trim('/');
            var page = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>();
            if (page is not null)
            {
                var modelType = typeof(Program).Assembly.GetType("Wijkkracht.Web.Pages" + page.ViewEnginePath.Replace('/', '.') + "Model");
                var methods = new List<(string, string?)> { ("GET", null) };
                foreach (var m in modelType?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly) ?? [])
                {
                    if (!m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                        continue;
                    var name = m.Name["OnPost".Length..].Replace("Async", "", StringComparison.Ordinal);
                    methods.Add(("POST", name.Length == 0 ? null : name));
                }

                result.Add(new RouteCase(pattern, false, methods));
            }
            else
            {
                var verbs = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                result.Add(new RouteCase(pattern, true, verbs.Select(v => (v, (string?)null)).ToList()));
            }
        }

        return result;
    }

    /// <summary>A trajectory and a sociale-kaart entry in the approach, and a dataset with one figure of the organisation (made once per approach).</summary>
    /// <summary>One record of each field-work kind (issues 10 and 11) in the approach, made once per approach.</summary>
    private static async Task FieldWorkRecordsAsync(TestApp app, Guid organisationId, Guid approachId, Guid recordedBy, Dictionary<Target, Guid> ids)
    {
        var found = await app.InScopeAsync(async (_, db) =>
        {
            var observation = await db.Set<Wijkkracht.Core.Observations.Observation>().FirstOrDefaultAsync(o => o.ApproachId == approachId);
            if (observation is null)
                db.Add(observation = new Wijkkracht.Core.Observations.Observation { ApproachId = approachId, ObservedOn = new DateOnly(2026, 2, 3), ObservedAt = new TimeOnly(16, 0), PlaceName = "Plein", Groups = "jongeren", WhatHappens = "Proef", RecordedByUserId = recordedBy });
            var conversation = await db.Set<Wijkkracht.Core.Conversations.Conversation>().FirstOrDefaultAsync(c => c.ApproachId == approachId);
            if (conversation is null)
                db.Add(conversation = new Wijkkracht.Core.Conversations.Conversation { ApproachId = approachId, Date = new DateOnly(2026, 2, 3), Place = "Plein", Summary = "Proef", MentionedEvents = [new() { Date = new DateOnly(2025, 6, 1), Description = "Proefgebeurtenis" }] });
            var followUp = await db.Set<Wijkkracht.Core.Conversations.FollowUp>().FirstOrDefaultAsync(f => f.ApproachId == approachId);
            if (followUp is null)
                db.Add(followUp = new Wijkkracht.Core.Conversations.FollowUp { ApproachId = approachId, Issue = "Proef", RaisedOn = new DateOnly(2026, 2, 3), Responsible = "Team" });
            var timelineEvent = await db.Set<Wijkkracht.Core.Conversations.TimelineEvent>().FirstOrDefaultAsync(e => e.ApproachId == approachId);
            if (timelineEvent is null)
                db.Add(timelineEvent = new Wijkkracht.Core.Conversations.TimelineEvent { ApproachId = approachId, Title = "Proef", Date = new DateOnly(2025, 6, 1) });
            var theme = await db.Set<Wijkkracht.Core.Conversations.Theme>().FirstOrDefaultAsync(t => t.ApproachId == approachId);
            if (theme is null)
                db.Add(theme = new Wijkkracht.Core.Conversations.Theme { ApproachId = approachId, Name = "Proefthema" });
            var pattern = await db.Set<Wijkkracht.Core.Conversations.Pattern>().FirstOrDefaultAsync(p => p.ApproachId == approachId);
            if (pattern is null)
                db.Add(pattern = new Wijkkracht.Core.Conversations.Pattern { ApproachId = approachId, Statement = "Proefpatroon" });
            var session = await db.Set<Wijkkracht.Core.Conversations.ThemeSession>().FirstOrDefaultAsync(x => x.ApproachId == approachId);
            if (session is null)
                db.Add(session = new Wijkkracht.Core.Conversations.ThemeSession { ApproachId = approachId, Date = new DateOnly(2026, 2, 3) });
            var walk = await db.Set<Wijkkracht.Core.Observations.Walk>().FirstOrDefaultAsync(w => w.ApproachId == approachId);
            if (walk is null)
                db.Add(walk = new Wijkkracht.Core.Observations.Walk { ApproachId = approachId, WalkedOn = new DateOnly(2026, 2, 3), StartTime = new TimeOnly(19, 0), RecordedByUserId = recordedBy, Route = "Rond het plein" });
            var opportunity = await db.Set<Wijkkracht.Core.Conversations.Opportunity>().FirstOrDefaultAsync(o => o.ApproachId == approachId);
            if (opportunity is null)
                db.Add(opportunity = new Wijkkracht.Core.Conversations.Opportunity { ApproachId = approachId, Title = "Proefkans", PlaceName = "Plein", Source = "Proef" });
            var occasion = await db.Set<Wijkkracht.Core.Conversations.Occasion>().FirstOrDefaultAsync(o => o.ApproachId == approachId);
            if (occasion is null)
                db.Add(occasion = new Wijkkracht.Core.Conversations.Occasion { ApproachId = approachId, Kind = Wijkkracht.Core.Conversations.OccasionKind.Kans, Description = "Proefaanleiding", Source = "Proef", Date = new DateOnly(2026, 2, 3) });
            var setup = await db.Set<Wijkkracht.Core.GroupSetups.GroupSetup>().FirstOrDefaultAsync(x => x.ApproachId == approachId);
            if (setup is null)
                db.Add(setup = new Wijkkracht.Core.GroupSetups.GroupSetup { ApproachId = approachId, Date = new DateOnly(2026, 2, 3), Group = "Proefgroep", Figures = [new() { Label = "A", X = 50, Y = 50 }], CreatedByUserId = recordedBy });
            // Story version 1 (the version routes take the number, like the plan's).
            if (!await db.Set<Wijkkracht.Core.Conversations.StoryVersion>().AnyAsync(v => v.ApproachId == approachId && v.Number == 1))
                db.Add(new Wijkkracht.Core.Conversations.StoryVersion { ApproachId = approachId, Number = 1, Text = "Proefverhaal", CreatedByUserId = recordedBy, CreatedByName = "test", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return new[] { observation.Id, conversation.Id, followUp.Id, timelineEvent.Id, theme.Id, pattern.Id, session.Id, walk.Id, opportunity.Id, occasion.Id, setup.Id };
        }, organisationId);
        (ids[Target.Observation], ids[Target.Conversation], ids[Target.FollowUp], ids[Target.TimelineEvent], ids[Target.Theme], ids[Target.Pattern], ids[Target.Session]) =
            (found[0], found[1], found[2], found[3], found[4], found[5], found[6]);
        (ids[Target.Walk], ids[Target.Opportunity], ids[Target.Occasion], ids[Target.GroupSetup]) = (found[7], found[8], found[9], found[10]);
        (ids[Target.NetworkActor], ids[Target.NetworkRelation], ids[Target.ContactLogEntry]) = await app.InScopeAsync(async (_, db) =>
        {
            var actors = await db.Set<Wijkkracht.Core.Network.NetworkActor>().Where(a => a.ApproachId == approachId).OrderBy(a => a.DisplayName).Take(2).ToListAsync();
            while (actors.Count < 2)
            {
                var actor = new Wijkkracht.Core.Network.NetworkActor { ApproachId = approachId, Kind = Wijkkracht.Core.Network.ActorKind.Persoon, DisplayName = $"Proefactor {actors.Count}" };
                db.Add(actor);
                actors.Add(actor);
            }

            var relation = await db.Set<Wijkkracht.Core.Network.NetworkRelation>().FirstOrDefaultAsync(r => r.ApproachId == approachId);
            if (relation is null)
                db.Add(relation = new Wijkkracht.Core.Network.NetworkRelation { ApproachId = approachId, FromActorId = actors[0].Id, ToActorId = actors[1].Id });
            var contact = await db.Set<Wijkkracht.Core.Network.ContactLogEntry>().FirstOrDefaultAsync(c => c.ApproachId == approachId);
            if (contact is null)
                db.Add(contact = new Wijkkracht.Core.Network.ContactLogEntry { ApproachId = approachId, ActorId = actors[0].Id, Date = new DateOnly(2026, 2, 3), TeamMember = "Team" });
            await db.SaveChangesAsync();
            return (actors[0].Id, relation.Id, contact.Id);
        }, organisationId);
        ids[Target.NetworkRun] = await app.InScopeAsync(async (_, db) =>
        {
            var run = await db.Set<Wijkkracht.Core.Network.NetworkAnalysisRun>().FirstOrDefaultAsync(r => r.ApproachId == approachId);
            if (run is null)
            {
                db.Add(run = new Wijkkracht.Core.Network.NetworkAnalysisRun { ApproachId = approachId, Label = "Proefanalyse", AsOf = new DateOnly(2026, 2, 3), Data = """{"Actors":[],"Ties":[],"Bridges":[],"KeyPlayers":[],"Baseline":0}""" });
                await db.SaveChangesAsync();
            }

            return run.Id;
        }, organisationId);
        ids[Target.NeighbourhoodAction] = await app.InScopeAsync(async (_, db) =>
        {
            var action = await db.Set<Wijkkracht.Core.Actions.NeighbourhoodAction>().FirstOrDefaultAsync(a => a.ApproachId == approachId);
            if (action is null)
            {
                db.Add(action = new Wijkkracht.Core.Actions.NeighbourhoodAction { ApproachId = approachId, Kind = Wijkkracht.Core.Actions.ActionKind.Experiment, Title = "Proefexperiment", Status = Wijkkracht.Core.Actions.ActionStage.Idee });
                await db.SaveChangesAsync();
            }

            return action.Id;
        }, organisationId);
        (ids[Target.EvaluationRound], ids[Target.Indicator], ids[Target.Lesson]) = await app.InScopeAsync(async (_, db) =>
        {
            var round = await db.Set<Wijkkracht.Core.Evaluation.EvaluationRound>().FirstOrDefaultAsync(r => r.ApproachId == approachId);
            if (round is null)
                db.Add(round = new Wijkkracht.Core.Evaluation.EvaluationRound { ApproachId = approachId, HeldOn = new DateOnly(2026, 2, 3), Participants = "Proef" });
            var indicator = await db.Set<Wijkkracht.Core.Evaluation.Indicator>().FirstOrDefaultAsync(i => i.ApproachId == approachId);
            if (indicator is null)
                db.Add(indicator = new Wijkkracht.Core.Evaluation.Indicator { ApproachId = approachId, Name = "Proefindicator", BaselineValue = 1 });
            var lesson = await db.Set<Wijkkracht.Core.Evaluation.Lesson>().FirstOrDefaultAsync(l => l.ApproachId == approachId);
            if (lesson is null)
                db.Add(lesson = new Wijkkracht.Core.Evaluation.Lesson { ApproachId = approachId, Title = "Proefles", Text = "Proef", LearnedOn = new DateOnly(2026, 2, 3) });
            await db.SaveChangesAsync();
            return (round.Id, indicator.Id, lesson.Id);
        }, organisationId);
        (ids[Target.Meeting], ids[Target.Agreement]) = await app.InScopeAsync(async (_, db) =>
        {
            var meeting = await db.Set<Wijkkracht.Core.Meetings.Meeting>().FirstOrDefaultAsync(m => m.ApproachId == approachId);
            if (meeting is null)
                db.Add(meeting = new Wijkkracht.Core.Meetings.Meeting { ApproachId = approachId, Kind = Wijkkracht.Core.Meetings.MeetingKind.Netwerkbijeenkomst, Date = new DateOnly(2026, 2, 3), Place = "Buurthuis", AttendeeUserIds = [recordedBy] });
            var agreement = await db.Set<Wijkkracht.Core.Meetings.MeetingAgreement>().FirstOrDefaultAsync(a => a.ApproachId == approachId);
            if (agreement is null)
                db.Add(agreement = new Wijkkracht.Core.Meetings.MeetingAgreement { ApproachId = approachId, MeetingId = meeting.Id, What = "Proefafspraak", OwnerName = "Team", DueDate = new DateOnly(2026, 3, 1) });
            await db.SaveChangesAsync();
            return (meeting.Id, agreement.Id);
        }, organisationId);
        ids[Target.Newsletter] = await app.InScopeAsync(async (_, db) =>
        {
            var newsletter = await db.Set<Wijkkracht.Core.Newsletters.Newsletter>().FirstOrDefaultAsync(n => n.ApproachId == approachId);
            if (newsletter is null)
            {
                db.Add(newsletter = new Wijkkracht.Core.Newsletters.Newsletter { ApproachId = approachId, Title = "Proefbuurtbericht", EditionDate = new DateOnly(2026, 2, 3), CreatedByUserId = recordedBy });
                await db.SaveChangesAsync();
            }

            return newsletter.Id;
        }, organisationId);
        (ids[Target.Resistance], ids[Target.Celebration], ids[Target.Rhythm]) = await app.InScopeAsync(async (_, db) =>
        {
            var resistance = await db.Set<Wijkkracht.Core.Evaluation.Resistance>().FirstOrDefaultAsync(r => r.ApproachId == approachId);
            if (resistance is null)
                db.Add(resistance = new Wijkkracht.Core.Evaluation.Resistance { ApproachId = approachId, NoticedOn = new DateOnly(2026, 2, 3), Source = Wijkkracht.Core.Evaluation.ResistanceSource.Burgers, Kind = "Proef" });
            var celebration = await db.Set<Wijkkracht.Core.Evaluation.Celebration>().FirstOrDefaultAsync(c => c.ApproachId == approachId);
            if (celebration is null)
                db.Add(celebration = new Wijkkracht.Core.Evaluation.Celebration { ApproachId = approachId, CelebratedOn = new DateOnly(2026, 2, 3), Success = "Proef", How = "Taart", CreatedByUserId = recordedBy });
            var rhythm = await db.Set<Wijkkracht.Core.Meetings.MeetingRhythm>().FirstOrDefaultAsync(r => r.ApproachId == approachId);
            if (rhythm is null)
                db.Add(rhythm = new Wijkkracht.Core.Meetings.MeetingRhythm { ApproachId = approachId, Kind = Wijkkracht.Core.Meetings.MeetingKind.Koffietafel, Title = "Proef", Frequency = Wijkkracht.Core.Meetings.RhythmFrequency.Wekelijks, FirstDate = new DateOnly(2026, 2, 4), StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(16, 0) });
            await db.SaveChangesAsync();
            return (resistance.Id, celebration.Id, rhythm.Id);
        }, organisationId);
        (ids[Target.SafetyReport], ids[Target.SafetyAgreement], ids[Target.CheckIn]) = await app.InScopeAsync(async (_, db) =>
        {
            var report = await db.Set<Wijkkracht.Core.Safety.SafetyReport>().FirstOrDefaultAsync(r => r.ApproachId == approachId);
            if (report is null)
                db.Add(report = new Wijkkracht.Core.Safety.SafetyReport { ApproachId = approachId, Kind = Wijkkracht.Core.Safety.SafetyReportKind.Incident, HappenedOn = new DateOnly(2026, 2, 3), ReportedByUserId = recordedBy, Feeling = Wijkkracht.Core.Safety.SafetyFeeling.Veilig, PoliceAware = Wijkkracht.Core.Safety.PoliceAware.Ja, ContactPreference = Wijkkracht.Core.Safety.ContactPreference.Email });
            var agreement = await db.Set<Wijkkracht.Core.Safety.SafetyAgreement>().FirstOrDefaultAsync(a => a.ApproachId == approachId);
            if (agreement is null)
                db.Add(agreement = new Wijkkracht.Core.Safety.SafetyAgreement { ApproachId = approachId, Title = "Proef", Agreed = "Proef", Parties = Wijkkracht.Core.Safety.SafetyParty.Politie, AgreedOn = new DateOnly(2026, 2, 3), ReviewOn = new DateOnly(2026, 5, 3) });
            var checkIn = await db.Set<Wijkkracht.Core.Safety.CheckIn>().FirstOrDefaultAsync(c => c.ApproachId == approachId);
            if (checkIn is null)
                db.Add(checkIn = new Wijkkracht.Core.Safety.CheckIn { ApproachId = approachId, MemberUserId = recordedBy, On = new DateOnly(2026, 2, 3), ByUserId = recordedBy });
            await db.SaveChangesAsync();
            return (report.Id, agreement.Id, checkIn.Id);
        }, organisationId);
    }

    private static async Task DeskResearchRecordsAsync(TestApp app, Guid organisationId, Guid approachId, Dictionary<Target, Guid> ids)
    {
        (ids[Target.Trajectory], ids[Target.SocialMapEntry], ids[Target.Dataset], ids[Target.Figure]) = await app.InScopeAsync(async (_, db) =>
        {
            var trajectory = await db.Set<Wijkkracht.Core.DeskResearch.EarlierTrajectory>().FirstOrDefaultAsync(t => t.ApproachId == approachId);
            var entry = await db.Set<Wijkkracht.Core.DeskResearch.SocialMapEntry>().FirstOrDefaultAsync(e => e.ApproachId == approachId);
            var dataset = await db.Set<Wijkkracht.Core.DeskResearch.Dataset>().FirstOrDefaultAsync(d => d.Name == "Isolatieproef");
            if (trajectory is null)
                db.Add(trajectory = new Wijkkracht.Core.DeskResearch.EarlierTrajectory { ApproachId = approachId, Title = "Eerder traject" });
            if (entry is null)
                db.Add(entry = new Wijkkracht.Core.DeskResearch.SocialMapEntry { ApproachId = approachId, Name = "Wijkoverleg" });
            if (dataset is null)
                db.Add(dataset = new Wijkkracht.Core.DeskResearch.Dataset { Name = "Isolatieproef", Source = "Test", Unit = "aantal" });
            var figure = await db.Set<Wijkkracht.Core.DeskResearch.AreaFigure>().FirstOrDefaultAsync(f => f.DatasetId == dataset.Id);
            if (figure is null)
                db.Add(figure = new Wijkkracht.Core.DeskResearch.AreaFigure { DatasetId = dataset.Id, AreaCode = "GM0000", Period = "2024", Value = 1 });
            await db.SaveChangesAsync();
            return (trajectory.Id, entry.Id, dataset.Id, figure.Id);
        }, organisationId);
    }

    /// <summary>An own intervention of the organisation and an intervention in the approach's plan (made once per approach).</summary>
    private static Task<(Guid Own, Guid Item)> KnowledgeRecordsAsync(TestApp app, Guid organisationId, Guid approachId) => app.InScopeAsync(async (_, db) =>
    {
        var existing = await db.ApproachInterventions.FirstOrDefaultAsync(i => i.ApproachId == approachId);
        var own = await db.OwnInterventions.FirstOrDefaultAsync();
        if (own is null)
        {
            own = new Wijkkracht.Core.Knowledge.OwnIntervention { Title = "Eigen interventie", Summary = "Alleen voor deze organisatie." };
            db.OwnInterventions.Add(own);
        }

        if (existing is null)
        {
            existing = new Wijkkracht.Core.Knowledge.ApproachIntervention { ApproachId = approachId, InterventionId = "kis-opzoomeren" };
            db.ApproachInterventions.Add(existing);
        }

        await db.SaveChangesAsync();
        return (own.Id, existing.Id);
    }, organisationId);

    /// <summary>The organisation's rows by content (every column), so a change to any field shows, not only a new or lost row.</summary>
    private static Task<string> SnapshotAsync(TestApp app, Guid organisationId, bool includeAudit = true) => app.InScopeAsync(async (_, db) =>
        JsonSerializer.Serialize(new
        {
            areas = await db.Areas.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            approaches = await db.Approaches.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            members = await db.ApproachMembers.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Role, x.UserId, x.Version }).ToListAsync(),
            goals = await db.Set<Goal>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Title, x.Version }).ToListAsync(),
            assessments = await db.Set<Wijkkracht.Core.Preconditions.PreconditionAssessment>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            actions = await db.Set<Wijkkracht.Core.Preconditions.PreconditionAction>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            steps = await db.Set<Wijkkracht.Core.Steps.StepProgress>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            plans = await db.Set<PlanVersion>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            decisions = await db.Set<Decision>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            users = await db.Users.AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id)
                .Select(x => new { x.Id, x.Email, x.DisplayName, x.Role, x.IsActive, x.Version, x.PasswordHash, x.SecurityStamp, x.TwoFactorEnabled }).ToListAsync(),
            own = await db.OwnInterventions.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            planned = await db.ApproachInterventions.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            networkActors = await db.Set<Wijkkracht.Core.Network.NetworkActor>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            networkRelations = await db.Set<Wijkkracht.Core.Network.NetworkRelation>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            networkContacts = await db.Set<Wijkkracht.Core.Network.ContactLogEntry>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            networkRuns = await db.Set<Wijkkracht.Core.Network.NetworkAnalysisRun>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            meetings = await db.Set<Wijkkracht.Core.Meetings.Meeting>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            agreements = await db.Set<Wijkkracht.Core.Meetings.MeetingAgreement>().IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == organisationId).OrderBy(x => x.Id).ToListAsync(),
            audit = includeAudit ? await db.AuditEvents.IgnoreQueryFilters().AsNoTracking().CountAsync(x => x.OrganisationId == organisationId) : 0,
        }));

    private static Task<string> ApproachSnapshotAsync(TestApp app, Guid approachId) => app.InScopeAsync(async (_, db) =>
        JsonSerializer.Serialize(new
        {
            approach = await db.Approaches.IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == approachId).ToListAsync(),
            members = await db.ApproachMembers.IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).Select(x => new { x.Id, x.UserId, x.Role, x.Version }).ToListAsync(),
            planned = await db.ApproachInterventions.IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            goals = await db.Set<Goal>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            assessments = await db.Set<Wijkkracht.Core.Preconditions.PreconditionAssessment>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            actions = await db.Set<Wijkkracht.Core.Preconditions.PreconditionAction>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            steps = await db.Set<Wijkkracht.Core.Steps.StepProgress>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            plans = await db.Set<PlanVersion>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            decisions = await db.Set<Decision>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            networkActors = await db.Set<Wijkkracht.Core.Network.NetworkActor>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            networkRelations = await db.Set<Wijkkracht.Core.Network.NetworkRelation>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            networkContacts = await db.Set<Wijkkracht.Core.Network.ContactLogEntry>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            networkRuns = await db.Set<Wijkkracht.Core.Network.NetworkAnalysisRun>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            meetings = await db.Set<Wijkkracht.Core.Meetings.Meeting>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
            agreements = await db.Set<Wijkkracht.Core.Meetings.MeetingAgreement>().IgnoreQueryFilters().AsNoTracking().Where(x => x.ApproachId == approachId).OrderBy(x => x.Id).ToListAsync(),
        }));
}
