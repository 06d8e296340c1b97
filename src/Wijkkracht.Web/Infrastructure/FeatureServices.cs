using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Demo;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Setup;
using Wijkkracht.Core.Steps;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>The feature services, one group per feature folder of Wijkkracht.Core.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services, IConfiguration configuration)
    {
        AddOrganisationFeatures(services);
        AddApproachFeatures(services);
        AddWorkspaceFeatures(services, configuration);
        AddKnowledgeFeatures(services, configuration);
        AddPrivacyFeatures(services);
        return services;
    }

    /// <summary>Organisation, users, tokens, areas, audit, first-run setup and the demo (Organisations, Security, Areas, Audit, Setup, Demo).</summary>
    private static void AddOrganisationFeatures(IServiceCollection services)
    {
        services.AddScoped<AuditService>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<ActivationService>();
        services.AddScoped<AccessHelpService>();
        services.AddScoped<InviteService>();
        services.AddScoped<UserMembershipService>();
        services.AddSingleton(sp => Wijkkracht.Core.Notifications.SmtpSettings.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<Wijkkracht.Core.Notifications.IMailSender, Wijkkracht.Core.Notifications.SmtpMailSender>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<AreaService>();
        services.AddScoped<SetupService>();
        services.AddSingleton<SetupToken>();
        services.AddScoped<DemoSeeder>();
    }

    /// <summary>Approaches, their members and the per-request approach access (Approaches).</summary>
    private static void AddApproachFeatures(IServiceCollection services)
    {
        services.AddScoped<ApproachAccessContext>();
        services.AddScoped<Wijkkracht.Core.Visibility.VisibilityContext>();
        services.AddScoped<ApproachService>();
    }

    /// <summary>The approach workspace: decisions, plan, goals, steps, precondition checks and the report.</summary>
    private static void AddWorkspaceFeatures(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DecisionService>();
        services.AddScoped<PlanService>();
        services.AddScoped<GoalService>();
        services.AddScoped<Pages.Aanpakken.Doelen.GoalFormLists>();
        services.AddScoped<StepService>();
        services.AddScoped<PreconditionCheckService>();
        services.AddScoped<ReportService>();
        services.AddScoped<IReportContributor, StepReportContributor>();
        services.AddScoped<IReportContributor, PreconditionReportContributor>();
        services.AddScoped<IReportContributor, InterventionReportContributor>();
        services.AddScoped<Core.Overview.RecentChanges>();
        services.AddScoped<Core.Overview.ApproachOverviewService>();
        services.AddScoped<Core.Overview.ResidentStartService>();
        services.AddScoped<Core.Tasks.MyTasksService>();
        services.AddScoped<StuurgroepSummary>();
        services.AddSingleton(sp => Core.Observations.ObservationCatalog.Load(KnowledgeLoader.ResolveContentPath(sp.GetRequiredService<IConfiguration>()["Knowledge:ContentPath"])));
        services.AddScoped<Core.Observations.ObservationService>();
        services.AddScoped<Core.Observations.ObservationImportService>();
        services.AddSingleton<Core.Observations.ObservationImportJobs>();
        services.AddScoped<Core.GroupSetups.GroupSetupService>();
        services.AddSingleton(_ => Core.GroupSetups.GroupSetupGuide.Load(KnowledgeLoader.ResolveContentPath(configuration["Knowledge:ContentPath"])));
        services.AddScoped<Core.Observations.WalkService>();
        services.AddScoped<Core.Observations.PlattegrondService>();
        services.AddSingleton(_ => Core.Conversations.ConversationGuide.Load(KnowledgeLoader.ResolveContentPath(configuration["Knowledge:ContentPath"])));
        services.AddScoped<Core.Conversations.ConversationService>();
        services.AddScoped<Core.Conversations.FollowUpService>();
        services.AddScoped<Core.Conversations.TimelineService>();
        services.AddScoped<Core.Conversations.ThemeService>();
        services.AddScoped<Core.Conversations.ReachService>();
        services.AddScoped<Core.Conversations.OpportunityService>();
        services.AddScoped<Core.Conversations.StoryService>();
        services.AddScoped<IReportContributor, Core.Conversations.StoryReportContributor>();
        AddDeskResearchFeatures(services);
        AddNetworkFeatures(services);
        AddActionFeatures(services);
        AddMeetingFeatures(services);
        AddSafetyFeatures(services);
    }

    /// <summary>Safety of active residents and professionals (issue 14 §1–5, §10): reports, follow-up, agreements, check-ins, notices.</summary>
    private static void AddSafetyFeatures(IServiceCollection services)
    {
        services.AddSingleton(sp => Core.Safety.SafetyGuide.Load(KnowledgeLoader.ResolveContentPath(sp.GetRequiredService<IConfiguration>()["Knowledge:ContentPath"])));
        services.AddSingleton<Core.Safety.SensitiveText>();
        services.AddScoped<Core.Notifications.NoticeService>();
        services.AddScoped<Core.Safety.SafetyReportService>();
        services.AddScoped<Core.Safety.SafetyDeadlineService>();
        services.AddScoped<Core.Safety.SafetyAgreementService>();
        services.AddScoped<Core.Safety.CheckInService>();
        services.AddScoped<Core.Privacy.SubjectRightsService>();
        services.AddScoped<Core.Privacy.SharingLedgerService>();
        services.AddScoped<Core.Privacy.ApproachExportService>();
        services.AddHostedService<SafetyDeadlineJob>();
    }

    /// <summary>Zichtbare acties, experimenten en activiteiten (Actions, issue 13 §1–2) and the guide's lists for the field work.</summary>
    private static void AddActionFeatures(IServiceCollection services)
    {
        services.AddSingleton(sp => Core.Actions.FieldworkGuide.Load(KnowledgeLoader.ResolveContentPath(sp.GetRequiredService<IConfiguration>()["Knowledge:ContentPath"])));
        services.AddScoped<Core.Actions.ActionService>();
        services.AddScoped<Core.Evaluation.EvaluationService>();
        services.AddScoped<Core.Evaluation.LessonService>();
        services.AddScoped<Core.Evaluation.ResistanceAndSuccessService>();
        services.AddScoped<Core.Evaluation.ClosingService>();
        services.AddScoped<Core.Reports.EvaluationReportService>();
        services.AddScoped<Core.Newsletters.NewsletterService>();
        services.AddSingleton<Api.FieldworkQuestions>();
    }

    /// <summary>Meetings and their agreements (issue 13 §3), their rhythm, the calendar and the iCalendar feeds (§4).</summary>
    private static void AddMeetingFeatures(IServiceCollection services)
    {
        services.AddScoped<Core.Meetings.MeetingService>();
        services.AddScoped<Core.Meetings.MeetingRhythmService>();
        services.AddScoped<Core.Meetings.CalendarFeedService>();
    }

    /// <summary>The approach's network: actors, relations, contact log, analysis and import (Network, issue 12).</summary>
    private static void AddNetworkFeatures(IServiceCollection services)
    {
        services.AddSingleton(sp => Core.Network.NetworkRoleCatalog.Load(KnowledgeLoader.ResolveContentPath(sp.GetRequiredService<IConfiguration>()["Knowledge:ContentPath"])));
        services.AddScoped<Core.Network.ActorService>();
        services.AddScoped<Core.Network.RelationService>();
        services.AddScoped<Core.Network.ContactLogService>();
        services.AddScoped<Core.Network.NetworkMetricsService>();
        services.AddSingleton<Core.Network.NetworkAnalysisCache>();
        services.AddSingleton(sp => Core.Network.NetworkCompositionGuide.Load(KnowledgeLoader.ResolveContentPath(sp.GetRequiredService<IConfiguration>()["Knowledge:ContentPath"])));
        services.AddScoped<Core.Network.NetworkInsightsService>();
        services.AddScoped<Core.Network.NetworkRunService>();
        services.AddScoped<Core.Network.NetworkExportService>();
        services.AddScoped<Core.Network.NetworkImportService>();
    }

    /// <summary>Desk research (ESS step 3): earlier trajectories, datasets and figures per area, sociale kaart (DeskResearch).</summary>
    private static void AddDeskResearchFeatures(IServiceCollection services)
    {
        services.AddSingleton(sp => Core.DeskResearch.DeskResearchGuide.Load(KnowledgeLoader.ResolveContentPath(sp.GetRequiredService<IConfiguration>()["Knowledge:ContentPath"])));
        services.AddScoped<Core.DeskResearch.TrajectoryService>();
        services.AddScoped<Core.DeskResearch.DatasetService>();
        services.AddScoped<Core.DeskResearch.SocialMapService>();
    }

    /// <summary>
    /// Retention with one target per record type, the processing register and the privacy statement (Privacy, issue 14
    /// §6 and §9). A new record type under retention registers its own <see cref="Core.Privacy.IRetentionTarget"/> here.
    /// </summary>
    private static void AddPrivacyFeatures(IServiceCollection services)
    {
        services.AddScoped<Core.Privacy.IRetentionTarget, Core.Privacy.ObservationRetentionTarget>();
        services.AddScoped<Core.Privacy.IRetentionTarget, Core.Privacy.ConversationRetentionTarget>();
        services.AddScoped<Core.Privacy.IRetentionTarget, Core.Privacy.NetworkRetentionTarget>();
        services.AddScoped<Core.Privacy.IRetentionTarget, Core.Privacy.ContactLogRetentionTarget>();
        services.AddScoped<Core.Privacy.IRetentionTarget, Core.Safety.SafetyReportRetentionTarget>();
        services.AddScoped<Core.Privacy.IRetentionTarget, Core.Privacy.AuditEventRetentionTarget>();
        services.AddScoped<Core.Privacy.RetentionService>();
        services.AddScoped<Core.Privacy.ProcessingRecordService>();
        services.AddScoped<Core.Privacy.PrivacyStatementService>();
    }

    /// <summary>The knowledge base, the intervention finder and an approach's interventions (Knowledge).</summary>
    private static void AddKnowledgeFeatures(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => KnowledgeLoader.Load(KnowledgeLoader.ResolveContentPath(configuration["Knowledge:ContentPath"])));
        services.AddSingleton<KnowledgeSearch>();
        services.AddSingleton<InterventionFinder>();
        services.AddSingleton<IGuideCatalog, KnowledgeGuideCatalog>();
        services.AddGlossary(configuration); // hk8: content/glossary.yaml, loaded apart from the knowledge base
        services.AddScoped<InterventionCatalogService>();
        services.AddScoped<ApproachInterventionService>();
    }
}
