using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Knowledge;

/// <summary>Add an intervention to an approach, or change its note and working-principles analysis.</summary>
public sealed class ApproachInterventionInput
{
    public string? InterventionId { get; set; }

    public string? Note { get; set; }

    /// <summary>Answers per start-question id (sv-1 …). Null keeps the saved answers.</summary>
    public Dictionary<string, string>? Answers { get; set; }

    /// <summary>Working-principle ids (wp-1 … wp-6). Null keeps the saved ticks.</summary>
    public List<string>? Principles { get; set; }

    /// <summary>Ids of the approach's goals this intervention serves. Null keeps the saved links.</summary>
    public List<Guid>? GoalIds { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>A chosen intervention with its catalogue card (null when an own intervention was deleted meanwhile).</summary>
public sealed record ApproachInterventionView(ApproachIntervention Item, InterventionCard? Card, IReadOnlyDictionary<string, string> Answers, IReadOnlyList<string> Principles)
{
    /// <summary>
    /// True when the reader may not see the team's analysis (no <see cref="ApproachPermission.ViewPlan"/>, i.e. a
    /// network member): note, start-question answers and principle ticks are then emptied and must not be shown.
    /// </summary>
    public bool AnalysisHidden { get; init; }

    /// <summary>The same view without the team's note and working-principles analysis.</summary>
    public ApproachInterventionView WithoutAnalysis()
    {
        Item.Note = "";
        return this with { Answers = new Dictionary<string, string>(), Principles = [], AnalysisHidden = true };
    }
}

/// <summary>
/// The interventions in an approach's plan. Visibility follows the approach (invisible approach: not found); the team's
/// note and working-principles analysis need <see cref="ApproachPermission.ViewPlan"/> (as the progress report does);
/// changes need <see cref="ApproachPermission.Edit"/>. Audit events carry the approach (IApproachScoped).
/// </summary>
public sealed class ApproachInterventionService(WijkkrachtDbContext db, ApproachService approaches, InterventionCatalogService catalog, KnowledgeBase kb)
{
    public const int MaxAnswerLength = 2000;

    public async Task<Result<List<ApproachInterventionView>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is null)
            return Result<List<ApproachInterventionView>>.NotFound();
        var analysis = await approaches.CanAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        var items = await db.ApproachInterventions.AsNoTracking().Where(i => i.ApproachId == approachId).ToListAsync(ct);
        var views = new List<ApproachInterventionView>();
        foreach (var item in items)
        {
            var view = await ViewAsync(item, ct);
            views.Add(analysis ? view : view.WithoutAnalysis());
        }

        return Result<List<ApproachInterventionView>>.Ok(views.OrderBy(v => v.Card?.Title ?? v.Item.InterventionId, StringComparer.CurrentCulture).ToList());
    }

    public async Task<Result<ApproachInterventionView>> GetAsync(Guid approachId, Guid itemId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is null)
            return Result<ApproachInterventionView>.NotFound();
        var item = await db.ApproachInterventions.AsNoTracking().FirstOrDefaultAsync(i => i.ApproachId == approachId && i.Id == itemId, ct);
        if (item is null)
            return Result<ApproachInterventionView>.NotFound();
        var view = await ViewAsync(item, ct);
        return Result<ApproachInterventionView>.Ok(await approaches.CanAsync(approachId, actor, ApproachPermission.ViewPlan, ct) ? view : view.WithoutAnalysis());
    }

    public async Task<Result<ApproachInterventionView>> AddAsync(Guid approachId, ApproachInterventionInput input, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is null)
            return Result<ApproachInterventionView>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<ApproachInterventionView>.Forbidden("U mag deze aanpak niet wijzigen.");

        var errors = new ValidationErrors();
        var id = input.InterventionId?.Trim();
        InterventionCard? card = null;
        if (string.IsNullOrEmpty(id))
            errors.Add(nameof(ApproachInterventionInput.InterventionId), "Kies een interventie.");
        else if ((card = await catalog.FindCardAsync(id, ct)) is null)
            errors.Add(nameof(ApproachInterventionInput.InterventionId), "Deze interventie bestaat niet in de kennisbank of in de eigen lijst van uw organisatie.");
        else if (await db.ApproachInterventions.AnyAsync(i => i.ApproachId == approachId && i.InterventionId == card.Id, ct))
            errors.Add(nameof(ApproachInterventionInput.InterventionId), "Deze interventie staat al in het plan van deze aanpak.");
        var item = new ApproachIntervention { ApproachId = approachId, InterventionId = card?.Id ?? "" };
        Apply(item, input, errors);
        await ApplyGoalsAsync(item, input.GoalIds, errors, ct);
        if (errors.Any)
            return Result<ApproachInterventionView>.Invalid(errors);

        db.ApproachInterventions.Add(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return Result<ApproachInterventionView>.Conflict("Deze interventie is intussen al aan het plan toegevoegd.");
        }

        return Result<ApproachInterventionView>.Ok(await ViewAsync(item, ct));
    }

    public async Task<Result<ApproachInterventionView>> UpdateAsync(Guid approachId, Guid itemId, ApproachInterventionInput input, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is null)
            return Result<ApproachInterventionView>.NotFound();
        var item = await db.ApproachInterventions.FirstOrDefaultAsync(i => i.ApproachId == approachId && i.Id == itemId, ct);
        if (item is null)
            return Result<ApproachInterventionView>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<ApproachInterventionView>.Forbidden("U mag deze aanpak niet wijzigen.");
        if (VersionedSave.MissingVersionResult<ApproachInterventionView>(input.Version) is { } missingVersion)
            return missingVersion;
        var errors = new ValidationErrors();
        Apply(item, input, errors);
        await ApplyGoalsAsync(item, input.GoalIds, errors, ct);
        if (errors.Any)
            return Result<ApproachInterventionView>.Invalid(errors);
        return await db.SaveVersionedAsync(item, input.Version!.Value, await ViewAsync(item, ct), ct);
    }

    public async Task<Result<bool>> RemoveAsync(Guid approachId, Guid itemId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is null)
            return Result<bool>.NotFound();
        var item = await db.ApproachInterventions.FirstOrDefaultAsync(i => i.ApproachId == approachId && i.Id == itemId, ct);
        if (item is null)
            return Result<bool>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<bool>.Forbidden("U mag deze aanpak niet wijzigen.");
        db.ApproachInterventions.Remove(item);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private void Apply(ApproachIntervention item, ApproachInterventionInput input, ValidationErrors errors)
    {
        var note = input.Note?.Trim() ?? item.Note;
        if (note.Length > 2000)
            errors.Add(nameof(ApproachInterventionInput.Note), "De toelichting mag maximaal 2000 tekens lang zijn.");
        var questions = kb.Principles.StartQuestions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        Dictionary<string, string>? answers = null;
        if (input.Answers is not null)
        {
            answers = input.Answers.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value.Trim(), StringComparer.Ordinal);
            foreach (var key in answers.Keys.Where(k => !questions.Contains(k)))
                errors.Add(nameof(ApproachInterventionInput.Answers), $"'{key}' is geen startvraag.");
            if (answers.Values.Any(a => a.Length > MaxAnswerLength))
                errors.Add(nameof(ApproachInterventionInput.Answers), $"Een antwoord mag maximaal {MaxAnswerLength} tekens lang zijn.");
        }

        if (input.Principles is not null)
        {
            foreach (var p in input.Principles.Where(p => !kb.WorkingPrinciplesById.ContainsKey(p)))
                errors.Add(nameof(ApproachInterventionInput.Principles), $"'{p}' is geen werkzaam principe.");
        }

        if (errors.Any)
            return;
        item.Note = note;
        if (answers is not null)
            item.StartAnswers = [.. answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new StartAnswer { QuestionId = a.Key, Answer = a.Value })];
        if (input.Principles is not null)
            item.Principles = [.. input.Principles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Links the intervention to goals of the same approach; other ids are refused.</summary>
    private async Task ApplyGoalsAsync(ApproachIntervention item, List<Guid>? goalIds, ValidationErrors errors, CancellationToken ct)
    {
        if (goalIds is null)
            return;
        var distinct = goalIds.Distinct().ToList();
        var known = await db.Set<Goals.Goal>().Where(g => g.ApproachId == item.ApproachId && distinct.Contains(g.Id)).Select(g => g.Id).ToListAsync(ct);
        if (known.Count != distinct.Count)
        {
            errors.Add(nameof(ApproachInterventionInput.GoalIds), "Kies alleen doelen van deze aanpak.");
            return;
        }

        if (errors.Any)
            return;
        item.Goals.RemoveAll(link => !distinct.Contains(link.GoalId));
        foreach (var goalId in distinct.Where(g => item.Goals.All(link => link.GoalId != g)).Order())
            item.Goals.Add(new ApproachInterventionGoal { ApproachInterventionId = item.Id, GoalId = goalId });
    }

    private async Task<ApproachInterventionView> ViewAsync(ApproachIntervention item, CancellationToken ct)
    {
        var answers = item.StartAnswers.ToDictionary(a => a.QuestionId, a => a.Answer, StringComparer.Ordinal);
        return new ApproachInterventionView(item, await catalog.FindCardAsync(item.InterventionId, ct), answers, item.Principles);
    }
}
