using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Evaluatie;

/// <summary>Evaluation of the approach: evaluation rounds, indicators with chart and table, resistance and celebrations (ESS step 11), and lessons learned.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, EvaluationService evaluation, LessonService lessons, GoalService goals, ResistanceAndSuccessService log) : WorkspacePageModel(approaches)
{
    public IReadOnlyList<EvaluationRound> Rounds { get; private set; } = [];

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public IReadOnlyList<Lesson> Lessons { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> GoalTitles { get; private set; } = new Dictionary<Guid, string>();

    public bool CanAddLesson { get; private set; }

    public IReadOnlyList<Resistance> Resistances { get; private set; } = [];

    public IReadOnlyList<Celebration> Celebrations { get; private set; } = [];

    public bool CanRecordResistance { get; private set; }

    public Guid MyUserId => HttpContext.GetActor().UserId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("evaluatie", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        Rounds = (await evaluation.RoundsAsync(Id, actor, ct)).Value ?? [];
        Indicators = (await evaluation.IndicatorsAsync(Id, actor, ct)).Value ?? [];
        Lessons = (await lessons.ListAsync(Id, actor, ct)).Value ?? [];
        if (CanViewPlan)
            GoalTitles = ((await goals.ListAsync(Id, actor, ct)).Value ?? []).ToDictionary(g => g.Id, g => g.Title);
        Resistances = (await log.ResistancesAsync(Id, actor, ct)).Value ?? [];
        Celebrations = (await log.CelebrationsAsync(Id, actor, ct)).Value ?? [];
        var access = await Approaches.ResolveAsync(Id, actor, ct);
        CanAddLesson = access is not null && ActionService.CanCreate(access);
        CanRecordResistance = access is not null && ResistanceAndSuccessService.CanRecordResistance(access);
        return Page();
    }
}
