using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;

namespace Wijkkracht.Core.Audit;

/// <summary>Dutch words for audit summaries.</summary>
public static class AuditText
{
    public static string Verb(string action) => action switch
    {
        AuditActions.Create => "Aangemaakt",
        AuditActions.Update => "Gewijzigd",
        AuditActions.Delete => "Verwijderd",
        AuditActions.View => "Bekeken",
        AuditActions.Export => "Geëxporteerd",
        AuditActions.Reveal => "Naam getoond met reden",
        AuditActions.SignIn => "Ingelogd",
        AuditActions.SignInFailed => "Inloggen mislukt",
        AuditActions.SignOut => "Uitgelogd",
        AuditActions.Retention => "Bewaartermijn toegepast",
        _ => action,
    };

    public static string Noun(string entityType) => entityType switch
    {
        nameof(Organisation) => "organisatie",
        nameof(Area) => "gebied",
        nameof(Approach) => "aanpak",
        nameof(Decision) => "besluit",
        nameof(PlanVersion) => "plan van aanpak",
        nameof(Goal) => "doel",
        nameof(StepProgress) => "stap",
        nameof(PreconditionAssessment) => "randvoorwaardencheck",
        nameof(PreconditionAction) => "actie randvoorwaarde",
        nameof(ApproachMember) => "lid van aanpak",
        nameof(AppUser) => "gebruiker",
        nameof(ApiToken) => "API-token",
        nameof(OwnIntervention) => "eigen interventie",
        nameof(HiddenIntervention) => "verborgen interventie",
        nameof(ApproachIntervention) => "interventie in aanpak",
        "Retention" => "bewaartermijn",
        "RetentionRule" => "bewaartermijnregel",
        "ProcessingRecord" => "verwerkingsregister",
        "PrivacyStatement" => "privacyverklaring",
        _ => entityType,
    };
}
