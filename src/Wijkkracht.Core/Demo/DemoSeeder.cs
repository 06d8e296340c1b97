using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Demo;

/// <summary>What the demo start-up prints.</summary>
public sealed record DemoCredentials(string Email, string Password, string ApiToken);

/// <summary>
/// Fills the fictional municipality "Demostad" (GM9999): wijken and buurten, one user per role and one realistic
/// approach. Idempotent: an existing Demostad is kept; a fresh demo API token replaces the previous one.
/// </summary>
public sealed class DemoSeeder(WijkkrachtDbContext db, UserManager<AppUser> users, TimeProvider time, Safety.SensitiveText sensitive)
{
    public const string GmCode = "GM9999";
    public const string DemoPassword = "Demostad-Fietsbel-Lantaarn-2026";
    public const string CoordinatorEmail = "coordinator@demostad.example";
    private const string DemoTokenName = "Demo-token";

    public static readonly (string Email, string Name, OrgRole Role)[] Users =
    [
        ("beheerder@demostad.example", "Bram Beheer", OrgRole.Beheerder),
        (CoordinatorEmail, "Carla Coördinator", OrgRole.Coordinator),
        ("wijkverbinder@demostad.example", "Wessel Wijkverbinder", OrgRole.Wijkverbinder),
        ("wijkagent@demostad.example", "Priya Partner (wijkagent)", OrgRole.Partner),
        ("jongerenwerker@demostad.example", "Joost Jongerenwerk", OrgRole.Partner),
        ("sleutelpersoon@demostad.example", "Naima Netwerklid", OrgRole.Netwerklid),
    ];

    public async Task<DemoCredentials> SeedAsync(CancellationToken ct = default)
    {
        var organisation = await db.Organisations.IgnoreQueryFilters().FirstOrDefaultAsync(o => o.GmCode == GmCode, ct);
        if (organisation is null)
        {
            organisation = new Organisation { Name = "Gemeente Demostad", GmCode = GmCode };
            db.Tenant.UseSystem(organisation.Id);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            await SeedContentAsync(organisation, ct);
        }

        db.Tenant.UseSystem(organisation.Id);
        var coordinator = await users.FindByEmailAsync(CoordinatorEmail) ?? throw new InvalidOperationException("Demo coordinator missing.");
        var old = await db.ApiTokens.IgnoreQueryFilters().Where(t => t.UserId == coordinator.Id && t.Name == DemoTokenName && t.RevokedAt == null).ToListAsync(ct);
        foreach (var token in old)
            token.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);

        var actor = new Actor(coordinator.Id, organisation.Id, coordinator.Role, coordinator.DisplayName);
        var tokens = new ApiTokenService(db, time);
        var created = await tokens.CreateAsync(new ApiTokenInput { Name = DemoTokenName, ExpiresInDays = 30 }, actor, ct);
        return new DemoCredentials(CoordinatorEmail, DemoPassword, created.Value!.Secret);
    }

    private async Task SeedContentAsync(Organisation organisation, CancellationToken ct)
    {
        var created = new Dictionary<string, AppUser>(StringComparer.Ordinal);
        foreach (var (email, name, role) in Users)
        {
            var user = new AppUser
            {
                OrganisationId = organisation.Id,
                Email = email,
                UserName = email,
                DisplayName = name,
                Role = role,
                EmailConfirmed = true,
            };
            var result = await users.CreateAsync(user, DemoPassword);
            if (!result.Succeeded)
                throw new InvalidOperationException("Demo user: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            created[email] = user;
        }

        var centrum = new Area { OrganisationId = organisation.Id, Kind = AreaKind.Wijk, Code = "WK999901", Name = "Centrum" };
        var noord = new Area { OrganisationId = organisation.Id, Kind = AreaKind.Wijk, Code = "WK999902", Name = "Noord" };
        var zuid = new Area { OrganisationId = organisation.Id, Kind = AreaKind.Wijk, Code = "WK999903", Name = "Zuid" };
        db.Areas.AddRange(centrum, noord, zuid);
        var buurten = new[]
        {
            new Area { OrganisationId = organisation.Id, Kind = AreaKind.Buurt, Code = "BU99990101", Name = "Oude Haven", Parent = centrum },
            new Area { OrganisationId = organisation.Id, Kind = AreaKind.Buurt, Code = "BU99990102", Name = "Marktkwartier", Parent = centrum },
            new Area { OrganisationId = organisation.Id, Kind = AreaKind.Buurt, Code = "BU99990201", Name = "Europaplein", Parent = noord, BoundaryGeoJson = EuropapleinBoundary },
            new Area { OrganisationId = organisation.Id, Kind = AreaKind.Buurt, Code = "BU99990202", Name = "Bloemenbuurt", Parent = noord },
            new Area { OrganisationId = organisation.Id, Kind = AreaKind.Buurt, Code = "BU99990301", Name = "Molenwijk", Parent = zuid },
        };
        db.Areas.AddRange(buurten);

        var approach = new Approach
        {
            OrganisationId = organisation.Id,
            Area = buurten[2],
            Title = "Samen sterk rond het Europaplein",
            Issue = "Rond het Europaplein hangen 's avonds groepen jongeren. Bewoners zien dealers in auto's en zijn bang om iets te zeggen. " +
                    "Jongerenwerk en wijkagent merken dat jongeren van 14 tot 17 jaar worden benaderd om pakketjes te bezorgen. " +
                    "We willen samen met bewoners, ondernemers en partners de buurt weerbaarder maken tegen ronselen en ondermijning.",
            Method = ApproachMethod.Beide,
            StartDate = new DateOnly(2026, 3, 1),
            Status = ApproachStatus.Actief,
        };
        db.Approaches.Add(approach);
        db.ApproachMembers.AddRange(
            new ApproachMember { OrganisationId = organisation.Id, Approach = approach, UserId = created[CoordinatorEmail].Id, Role = ApproachRole.Gemeenteverbinder },
            new ApproachMember { OrganisationId = organisation.Id, Approach = approach, UserId = created["wijkverbinder@demostad.example"].Id, Role = ApproachRole.Wijkverbinder },
            new ApproachMember { OrganisationId = organisation.Id, Approach = approach, UserId = created["wijkagent@demostad.example"].Id, Role = ApproachRole.Partner, PartnerType = PartnerType.Politie },
            new ApproachMember { OrganisationId = organisation.Id, Approach = approach, UserId = created["jongerenwerker@demostad.example"].Id, Role = ApproachRole.Partner, PartnerType = PartnerType.Jongerenwerk },
            new ApproachMember { OrganisationId = organisation.Id, Approach = approach, UserId = created["sleutelpersoon@demostad.example"].Id, Role = ApproachRole.Netwerklid });
        var coordinator = created[CoordinatorEmail];
        var wijkverbinder = created["wijkverbinder@demostad.example"];
        db.Add(new PlanVersion
        {
            OrganisationId = organisation.Id,
            ApproachId = approach.Id,
            Number = 1,
            AreaOrCommunity = "Buurt Europaplein in wijk Noord, met het winkelcentrum, de flats aan de Parklaan en het trapveld.",
            CentralIssue = "Jongeren van 14 tot 17 jaar worden rond het plein benaderd om pakketjes te bezorgen. Bewoners voelen zich onveilig en melden weinig.",
            Tasks = "Wijkverbinder: contacten met bewoners en sleutelpersonen opbouwen. Jongerenwerk: ambulant werken op het plein. Wijkagent: signalen delen in het wijkoverleg.",
            PolicyAmbition = "Uit het coalitieakkoord Demostad: 'Geen jongere het criminele circuit in'. Opdracht van de stuurgroep: binnen twee jaar een netwerk van bewoners dat signalen durft te delen.",
            Preconditions = "Draagvlak bij de wethouder is er; menskracht voor de wijkverbinder is geregeld tot eind 2027.",
            Budget = "Fictief demobudget: € 60.000 per jaar voor activiteiten en de inzet van de wijkverbinder.",
            EvaluationMoments = "Elk kwartaal een leerbijeenkomst; na één jaar een evaluatie met bewoners.",
            DecisionMoments = "Beslismoment na de randvoorwaardencheck (stap 4); jaarlijks besluit van de stuurgroep over voortzetting.",
            RoleWijkverbinder = "Wessel Wijkverbinder: in de buurt aanwezig, bouwt vertrouwen op en verbindt bewoners met partners.",
            RoleGemeenteverbinder = "Carla Coördinator: verbindt de aanpak met de gemeentelijke organisatie en de stuurgroep.",
            InternalClient = "Afdeling Veiligheid, gemeente Demostad.",
            DecisionStructure = "Stuurgroep wijkaanpak (wethouder, politie, corporatie) besluit; het kernteam voert uit.",
            CreatedByUserId = coordinator.Id,
            CreatedByName = coordinator.DisplayName,
            CreatedAt = new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.Zero),
        });
        // The precondition check the decision was based on, and its follow-up actions (one past its deadline), so the
        // approach overview, "Mijn taken" and the report's risks have something to show.
        var check = new PreconditionAssessment
        {
            OrganisationId = organisation.Id,
            ApproachId = approach.Id,
            AssessedOn = new DateOnly(2026, 3, 18),
            Participants = "Kernteam Europaplein",
            Notes = "Eerste check met het kernteam.",
            RecordedByUserId = coordinator.Id,
            Items =
            [
                new() { PreconditionId = "rv-01", AskIndex = 0, Score = PreconditionScore.OpOrde },
                new() { PreconditionId = "rv-02", AskIndex = 0, Score = PreconditionScore.Deels },
                new() { PreconditionId = "rv-03", AskIndex = 0, Score = PreconditionScore.NietOpOrde, Explanation = "Er is nog geen vaste plek om signalen te bespreken." },
                new() { PreconditionId = Step4Questions.Draagvlak, AskIndex = 0, Score = PreconditionScore.OpOrde },
                new() { PreconditionId = Step4Questions.Menskracht, AskIndex = 0, Score = PreconditionScore.Deels },
            ],
        };
        db.Add(check);
        db.AddRange(
            new PreconditionAction { OrganisationId = organisation.Id, ApproachId = approach.Id, AssessmentId = check.Id, PreconditionId = "rv-03", Description = "Vast wijkoverleg starten waar partners signalen bespreken", OwnerUserId = wijkverbinder.Id, DueDate = new DateOnly(2026, 12, 18), Status = ActionStatus.Bezig },
            new PreconditionAction { OrganisationId = organisation.Id, ApproachId = approach.Id, AssessmentId = check.Id, PreconditionId = "rv-02", Description = "Afspraken over de inzet van het jongerenwerk na 2027 vastleggen", OwnerUserId = coordinator.Id, DueDate = new DateOnly(2026, 10, 31), Status = ActionStatus.Open });
        db.Add(new Decision
        {
            OrganisationId = organisation.Id,
            ApproachId = approach.Id,
            AssessmentId = check.Id,
            Outcome = DecisionOutcome.Door,
            Rationale = "Draagvlak bij bestuurders en menskracht zijn op orde; bewoners willen meedenken.",
            DecidedBy = "Stuurgroep wijkaanpak Demostad",
            DecidedOn = new DateOnly(2026, 3, 25),
            RecordedByUserId = coordinator.Id,
        });
        db.AddRange(
            new Goal { OrganisationId = organisation.Id, ApproachId = approach.Id, Title = "Jongeren rond het plein kennen een jongerenwerker bij naam", Level = PpctLevel.Micro, Term = GoalTerm.Kort, Status = GoalStatus.Bezig, OwnerUserId = created["jongerenwerker@demostad.example"].Id, ParticipationRung = 2 },
            new Goal { OrganisationId = organisation.Id, ApproachId = approach.Id, Title = "Bewoners en ondernemers delen signalen in een vast buurtoverleg", Level = PpctLevel.Exo, Term = GoalTerm.Lang, Status = GoalStatus.Gepland, OwnerUserId = wijkverbinder.Id, ParticipationRung = 4, RungRationale = "Bewoners denken mee over de agenda; de gemeente blijft verantwoordelijk voor de opvolging." },
            new Goal { OrganisationId = organisation.Id, ApproachId = approach.Id, Title = "Ouders in de flats aan de Parklaan weten waar ze zorgen over ronselen kwijt kunnen", Level = PpctLevel.Meso, Term = GoalTerm.Kort, Status = GoalStatus.Bezig, OwnerUserId = coordinator.Id, TargetDate = new DateOnly(2027, 2, 1), ParticipationRung = 3 },
            new Goal { OrganisationId = organisation.Id, ApproachId = approach.Id, Title = "Jongeren hebben 's avonds een plek in het buurthuis", Level = PpctLevel.Micro, Term = GoalTerm.Kort, Status = GoalStatus.Behaald, OwnerUserId = wijkverbinder.Id, ParticipationRung = 3 });
        DemoObservations.Add(db, organisation.Id, approach.Id, [wijkverbinder.Id, created["wijkagent@demostad.example"].Id, created["jongerenwerker@demostad.example"].Id, created["sleutelpersoon@demostad.example"].Id]);
        DemoWalks.Add(db, organisation.Id, approach.Id, [wijkverbinder.Id, created["wijkagent@demostad.example"].Id, created["jongerenwerker@demostad.example"].Id]);
        DemoDeskResearch.Add(db, organisation.Id, approach.Id);
        DemoConversations.Add(db, organisation.Id, approach.Id, wijkverbinder, coordinator);
        DemoGroupSetups.Add(db, organisation.Id, approach.Id, wijkverbinder.Id);
        DemoNetwork.Add(db, organisation.Id, approach.Id, coordinator.Id, wijkverbinder.Id, created["jongerenwerker@demostad.example"].Id, created["wijkagent@demostad.example"].Id);
        await db.SaveChangesAsync(ct);
        await DemoNetwork.AddKeptRunAsync(db, organisation.Id, approach.Id, wijkverbinder.Id, Common.PlausibleDates.Today(time), ct);
        var today = Common.PlausibleDates.Today(time);
        var experiments = await DemoActions.AddAsync(db, organisation.Id, approach.Id, today, coordinator.Id, wijkverbinder.Id, created["jongerenwerker@demostad.example"].Id, ct);
        var actorIds = await db.Set<Network.NetworkActor>().Where(a => a.ApproachId == approach.Id).OrderBy(a => a.DisplayName).Select(a => a.Id).Take(12).ToListAsync(ct);
        await DemoMeetings.SeedAsync(
            db, approach.Id,
            [(coordinator.Id, coordinator.DisplayName), (wijkverbinder.Id, wijkverbinder.DisplayName), (created["jongerenwerker@demostad.example"].Id, created["jongerenwerker@demostad.example"].DisplayName),
             (created["wijkagent@demostad.example"].Id, created["wijkagent@demostad.example"].DisplayName), (created["sleutelpersoon@demostad.example"].Id, created["sleutelpersoon@demostad.example"].DisplayName)],
            actorIds, experiments.Borgen, today, ct);
        await DemoEvaluation.AddAsync(db, organisation.Id, approach.Id, today, coordinator.Id, wijkverbinder.Id, ct);
        await DemoNewsletters.AddAsync(db, organisation.Id, approach.Id, today, coordinator.Id, ct);
        DemoSteps.Add(db, organisation.Id, approach.Id, today, experiments);
        DemoRhythmAndResistance.Add(db, organisation.Id, approach.Id, today, coordinator.Id, wijkverbinder.Id, experiments);
        await DemoSafety.AddAsync(db, sensitive, organisation.Id, approach.Id, time.GetUtcNow(), today, wijkverbinder.Id, created["wijkagent@demostad.example"].Id,
            created["sleutelpersoon@demostad.example"].Id, experiments.Risky, ct);
        await DemoPrivacy.AddAsync(db, organisation.Id, approach.Id, time.GetUtcNow(), coordinator, wijkverbinder, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A fictional square around a fictional square; WGS84.</summary>
    private const string EuropapleinBoundary =
        "{\"type\":\"Polygon\",\"coordinates\":[[[4.6501,52.4801],[4.6559,52.4801],[4.6559,52.4842],[4.6501,52.4842],[4.6501,52.4801]]]}";
}
