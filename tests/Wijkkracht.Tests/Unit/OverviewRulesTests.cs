using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Overview;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Steps;

namespace Wijkkracht.Tests.Unit;

/// <summary>Issue 9 §1: step status follows the recorded work unless set by hand.</summary>
public sealed class StepStatusDerivationTests
{
    private static GuideStep Step(string methodId, int number, bool decisionAfter = false) =>
        new($"{methodId}-{number}", methodId, methodId, number, "fase", "Fase", $"Stap {number}", null, null, [], [], [], [], [], decisionAfter, "bron");

    private static readonly GuideStep Step4 = Step("weerbare-gemeenschappen", 4, decisionAfter: true);
    private static readonly GuideStep Step5 = Step("weerbare-gemeenschappen", 5);

    [Theory]
    [InlineData(false, false, false, null)]
    [InlineData(true, false, false, StepStatus.Bezig)] // a check alone: work in progress
    [InlineData(false, true, false, null)] // a decision without a check says nothing about step 4
    [InlineData(true, true, false, StepStatus.Afgerond)] // check plus decision completes step 4
    [InlineData(true, true, true, StepStatus.Afgerond)]
    public void Derived_Step4_FollowsCheckAndDecision(bool check, bool decision, bool plan, StepStatus? expected) =>
        Assert.Equal(expected, StepStatusDerivation.Derived(Step4, new StepWorkSignals(check, decision, plan), 4));

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, StepStatus.Bezig)]
    public void Derived_Step5_PlanVersionPutsItInProgress(bool plan, StepStatus? expected) =>
        Assert.Equal(expected, StepStatusDerivation.Derived(Step5, new StepWorkSignals(true, true, plan), 4));

    [Fact]
    public void Derived_OtherSteps_AreNotDerived()
    {
        var all = new StepWorkSignals(true, true, true);
        Assert.Null(StepStatusDerivation.Derived(Step("weerbare-gemeenschappen", 6), all, 4));
        Assert.Null(StepStatusDerivation.Derived(Step("werkwijzerplus", 4), all, 4)); // WerkwijzerPlus has no decision moment
        Assert.Null(StepStatusDerivation.Derived(Step("werkwijzerplus", 5), all, 4));
    }

    [Theory]
    [InlineData(StepStatus.NietGestart)]
    [InlineData(StepStatus.Bezig)]
    public void Effective_SetByHand_WinsOverRecordedWork(StepStatus byHand)
    {
        var progress = new StepProgress { StepId = Step4.Id, Status = byHand };
        Assert.Equal(byHand, StepStatusDerivation.Effective(Step4, progress, new StepWorkSignals(true, true, true), 4));
        Assert.Equal(StepStatus.Afgerond, StepStatusDerivation.Effective(Step4, null, new StepWorkSignals(true, true, true), 4));
        Assert.Equal(StepStatus.NietGestart, StepStatusDerivation.Effective(Step4, null, StepWorkSignals.None, 4));
    }

    [Fact]
    public void StepView_Status_PrefersProgressThenDerived()
    {
        Assert.Equal(StepStatus.Afgerond, new StepView(Step4, null, false, StepStatus.Afgerond).Status);
        Assert.Equal(StepStatus.Bezig, new StepView(Step4, new StepProgress { Status = StepStatus.Bezig }, false, StepStatus.Afgerond).Status);
        Assert.Equal(StepStatus.NietGestart, new StepView(Step4, null, false).Status);
    }

    [Fact]
    public void PhaseOf_FirstStepInProgress_DecidesPhaseAndNextStep()
    {
        GuideStep S(int n, string phase) => new($"s{n}", "m", "Methode", n, phase, "Fase " + phase, $"Stap {n}", null, null, [], [], [], [], [], false, "bron");
        var steps = new List<StepView>
        {
            new(S(1, "a"), new StepProgress { Status = StepStatus.Afgerond }, false),
            new(S(2, "a"), new StepProgress { Status = StepStatus.Afgerond }, false),
            new(S(3, "b"), null, false),
            new(S(4, "b"), null, false, StepStatus.Bezig),
            new(S(5, "c"), null, false),
        };
        var phase = ApproachOverviewService.PhaseOf("Methode", steps);
        Assert.Equal("Fase b", phase.PhaseTitle);
        Assert.Equal(["s3", "s4"], phase.Steps.Select(s => s.Step.Id));
        Assert.Equal("s4", phase.NextStep!.Step.Id);

        var done = steps.Select(s => s with { Progress = new StepProgress { Status = StepStatus.Afgerond } }).ToList();
        var finished = ApproachOverviewService.PhaseOf("Methode", done);
        Assert.Equal("Fase c", finished.PhaseTitle);
        Assert.Null(finished.NextStep);
    }
}

/// <summary>Issue 9 §1: the approach status follows the newest decision, with a plain-Dutch meaning.</summary>
public sealed class DecisionEffectsTests
{
    [Theory]
    [InlineData(ApproachStatus.Voorbereiding, DecisionOutcome.Door, ApproachStatus.Actief)]
    [InlineData(ApproachStatus.Gepauzeerd, DecisionOutcome.Door, ApproachStatus.Actief)]
    [InlineData(ApproachStatus.Actief, DecisionOutcome.EerstRandvoorwaarden, ApproachStatus.Voorbereiding)]
    [InlineData(ApproachStatus.Actief, DecisionOutcome.NietPassend, ApproachStatus.Gepauzeerd)]
    [InlineData(ApproachStatus.Afgerond, DecisionOutcome.Door, ApproachStatus.Afgerond)] // a finished approach stays finished
    [InlineData(ApproachStatus.Afgerond, DecisionOutcome.NietPassend, ApproachStatus.Afgerond)]
    public void StatusAfter_Decision_FollowsTheGuide(ApproachStatus before, DecisionOutcome outcome, ApproachStatus after) =>
        Assert.Equal(after, DecisionEffects.StatusAfter(before, outcome));

    [Fact]
    public void Meaning_NogNiet_SaysWhichStepsWait()
    {
        Assert.Contains("stap 5–12 wachten op de randvoorwaarden", DecisionEffects.Meaning(DecisionOutcome.EerstRandvoorwaarden), StringComparison.Ordinal);
        Assert.StartsWith("Besluit 'door'", DecisionEffects.Meaning(DecisionOutcome.Door), StringComparison.Ordinal);
        Assert.StartsWith("Besluit 'niet passend'", DecisionEffects.Meaning(DecisionOutcome.NietPassend), StringComparison.Ordinal);
    }
}

/// <summary>Issue 9 §9: the reporting period and its Dutch validation.</summary>
public sealed class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly ReportPeriod Fallback = ReportPeriod.Default(Today, null);

    [Fact]
    public void Default_WithoutPreviousReport_IsTheLastThreeMonths() =>
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 8, 30), Today), Fallback);

    [Fact]
    public void Default_WithPreviousReport_StartsThere()
    {
        Assert.Equal(new DateOnly(2026, 10, 1), ReportPeriod.Default(Today, new DateOnly(2026, 10, 1)).From);
        Assert.Equal(new DateOnly(2026, 8, 30), ReportPeriod.Default(Today, Today).From); // a report made today: three months
    }

    [Theory]
    [InlineData("2026-04-01", "2026-03-01", "Van", "De begindatum ligt na de einddatum")]
    [InlineData("2026-04-01", "2027-01-01", "Tot", "De einddatum ligt in de toekomst")]
    [InlineData("2027-01-01", null, "Van", "De begindatum ligt in de toekomst")]
    [InlineData("1999-01-01", "2026-01-01", "Van", "Controleer het jaartal")]
    [InlineData("2023-01-01", "2026-01-01", "Van", "hooguit 2 jaar")]
    public void Validate_BadPeriod_GivesDutchMessage(string from, string? to, string field, string fragment)
    {
        var result = ReportPeriod.Validate(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), Today, Fallback);
        Assert.False(result.IsOk);
        Assert.Contains(fragment, result.Errors[field][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Empty_UsesFallbackAndOneDayIsFine()
    {
        Assert.Equal(Fallback, ReportPeriod.Validate(null, null, Today, Fallback).Value);
        Assert.Equal(new ReportPeriod(Today, Today), ReportPeriod.Validate(Today, Today, Today, Fallback).Value);
        Assert.Equal("1 maart 2026 tot en met 31 maart 2026", new ReportPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)).Label);
    }
}

/// <summary>Recent changes read as Dutch sentences, with or without the name of who changed it.</summary>
public sealed class RecentChangeTextTests
{
    [Theory]
    [InlineData("Carla", "het doel 'Buurtfeest'", AuditActions.Update, "Goal", "Carla heeft het doel 'Buurtfeest' gewijzigd.")]
    [InlineData(null, "het doel 'Buurtfeest'", AuditActions.Create, "Goal", "Het doel 'Buurtfeest' is toegevoegd.")]
    [InlineData("Carla", "een besluit bij het beslismoment", AuditActions.Create, "Decision", "Carla heeft een besluit bij het beslismoment vastgelegd.")]
    [InlineData(null, "een doel", AuditActions.Delete, "Goal", "Een doel is verwijderd.")]
    public void Sentence_Change_ReadsAsDutch(string? actor, string what, string action, string entityType, string expected) =>
        Assert.Equal(expected, RecentChanges.Sentence(actor, what, action, entityType));
}
