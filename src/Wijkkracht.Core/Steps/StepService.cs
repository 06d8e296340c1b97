using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Steps;

/// <summary>Input for saving a step. Lists are indexed like the guide's results and questions.</summary>
public sealed class StepInput
{
    public StepStatus? Status { get; set; }

    public string? Notes { get; set; }

    public List<StepResultInput> Results { get; set; } = [];

    public List<string?> Answers { get; set; } = [];

    /// <summary>The version read with the step; null when the step had not been saved before.</summary>
    public Guid? Version { get; set; }

    /// <summary>Who may read the step's notes and answers (ADR 0005). Null keeps the current level (new: <see cref="VisibilityRules.StepDefault"/>).</summary>
    public VisibilityChoice? Visibility { get; set; }
}

/// <summary>One result of the checklist in <see cref="StepInput"/>.</summary>
public sealed class StepResultInput
{
    public bool Achieved { get; set; }

    public DateOnly? AchievedOn { get; set; }

    public string? Note { get; set; }

    public string? Evidence { get; set; }
}

/// <summary>A step with the approach's progress on it.</summary>
public sealed record StepView(GuideStep Step, StepProgress? Progress, bool AfterDecisionWithoutGo, StepStatus? DerivedStatus = null)
{
    /// <summary>The status set by hand, else the one the recorded work implies (<see cref="StepStatusDerivation"/>).</summary>
    public StepStatus Status => Progress?.Status ?? DerivedStatus ?? StepStatus.NietGestart;

    public int ResultsAchieved => Progress?.Results.Count(r => r.Achieved && r.Index < Step.Results.Count) ?? 0;
}

/// <summary>The step plan of an approach: the method steps with status, results, answers and notes.</summary>
public sealed class StepService(WijkkrachtDbContext db, ApproachService approaches, DecisionService decisions, IGuideCatalog guide, TimeProvider time)
{
    public async Task<Result<List<StepView>>> OverviewAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<List<StepView>>.Denied(access);
        var method = (await approaches.ResolveAsync(approachId, actor, ct))!.Approach.Method;
        var seen = await approaches.VisibilityAsync(approachId, actor, ct); // visibility (ADR 0005)
        var progress = await Visibility.VisibilityRules.Filter(db.Set<StepProgress>().AsNoTracking(), seen).Where(p => p.ApproachId == approachId).ToDictionaryAsync(p => p.StepId, ct);
        var hasGo = await decisions.HasGoAsync(approachId, ct);
        var signals = await StepStatusDerivation.SignalsAsync(db, approachId, seen, ct); // derived status (issue 9)
        return Result<List<StepView>>.Ok(guide.StepsFor(method)
            .Select(s => new StepView(s, progress.GetValueOrDefault(s.Id), NeedsDecisionNotice(s, hasGo), StepStatusDerivation.Derived(s, signals, guide.DecisionMomentAfterStep))).ToList());
    }

    public async Task<Result<StepView>> GetAsync(Guid approachId, string stepId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<StepView>.Denied(access);
        var method = (await approaches.ResolveAsync(approachId, actor, ct))!.Approach.Method;
        var step = guide.StepsFor(method).FirstOrDefault(s => s.Id == stepId);
        if (step is null)
            return Result<StepView>.NotFound();
        var seen = await approaches.VisibilityAsync(approachId, actor, ct); // visibility (ADR 0005)
        var progress = await Visibility.VisibilityRules.Filter(db.Set<StepProgress>().AsNoTracking(), seen).FirstOrDefaultAsync(p => p.ApproachId == approachId && p.StepId == stepId, ct);
        var signals = await StepStatusDerivation.SignalsAsync(db, approachId, seen, ct); // derived status (issue 9)
        return Result<StepView>.Ok(new StepView(step, progress, NeedsDecisionNotice(step, await decisions.HasGoAsync(approachId, ct)), StepStatusDerivation.Derived(step, signals, guide.DecisionMomentAfterStep)));
    }

    public async Task<Result<StepView>> SaveAsync(Guid approachId, string stepId, StepInput input, Actor actor, CancellationToken ct = default)
    {
        var current = await GetAsync(approachId, stepId, actor, ct);
        if (!current.IsOk)
            return current;
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<StepView>.Denied(ResultStatus.Forbidden);
        var step = current.Value!.Step;
        var start = (await approaches.ResolveAsync(approachId, actor, ct))!.Approach.StartDate;
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);

        var errors = new ValidationErrors();
        if (input.Status is not { } status || !Enum.IsDefined(status))
            errors.Add(nameof(StepInput.Status), "Kies de status van de stap.");
        var notes = input.Notes?.Trim() ?? "";
        if (notes.Length > 8000)
            errors.Add(nameof(StepInput.Notes), "De notities mogen maximaal 8000 tekens lang zijn.");
        if (input.Results.Count > step.Results.Count)
            errors.Add(nameof(StepInput.Results), "Deze stap heeft minder resultaten dan er zijn ingestuurd.");
        if (input.Answers.Count > step.Questions.Count)
            errors.Add(nameof(StepInput.Answers), "Deze stap heeft minder vragen dan er zijn ingestuurd.");
        var results = new List<StepResultCheck>();
        for (var i = 0; i < Math.Min(input.Results.Count, step.Results.Count); i++)
        {
            var r = input.Results[i];
            var field = $"Results[{i}]";
            if (r.AchievedOn is { } on && (on > today || on < start.AddYears(-1)))
                errors.Add(field + ".AchievedOn", $"De datum ligt in de toekomst of ruim vóór de start van de aanpak ({start:d-M-yyyy}).");
            else
                PlausibleDates.Validate(errors, field + ".AchievedOn", r.AchievedOn, DateMeaning.Happened, today);
            if (r.Achieved && r.AchievedOn is null)
                errors.Add(field + ".AchievedOn", "Vul in wanneer dit resultaat is behaald.");
            var note = r.Note?.Trim() ?? "";
            if (note.Length > 2000)
                errors.Add(field + ".Note", "Maximaal 2000 tekens.");
            var evidence = (r.Evidence ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var link in evidence)
            {
                if (!IsEvidenceLink(link, approachId))
                    errors.Add(field + ".Evidence", $"'{link}' is geen geldige link. Gebruik een link naar een pagina van deze aanpak (/aanpakken/…) of een webadres dat begint met https://.");
            }

            results.Add(new StepResultCheck { Index = i, Achieved = r.Achieved, AchievedOn = r.Achieved ? r.AchievedOn : null, Note = note, Evidence = string.Join('\n', evidence) });
        }

        var answers = new List<StepAnswer>();
        for (var i = 0; i < Math.Min(input.Answers.Count, step.Questions.Count); i++)
        {
            var answer = input.Answers[i]?.Trim() ?? "";
            if (answer.Length > 4000)
                errors.Add($"Answers[{i}]", "Maximaal 4000 tekens.");
            if (answer.Length > 0)
                answers.Add(new StepAnswer { Index = i, Answer = answer });
        }

        var visibility = input.Visibility;
        if (visibility is not null && visibility.Validate(errors, nameof(StepInput.Visibility))
            && visibility.ChangesAnything(current.Value.Progress ?? new StepProgress())
            && !await approaches.CanAsync(approachId, actor, ApproachPermission.ManageMembers, ct))
            errors.Add(nameof(StepInput.Visibility) + "." + nameof(VisibilityChoice.Level), VisibilityChoice.NotAllowed);

        if (errors.Any)
            return Result<StepView>.Invalid(errors);

        var progress = await db.Set<StepProgress>().FirstOrDefaultAsync(p => p.ApproachId == approachId && p.StepId == stepId, ct);
        if (progress is null)
        {
            if (input.Version is not null)
                return Result<StepView>.Conflict(Messages.ConcurrencyConflict);
            progress = new StepProgress { ApproachId = approachId, StepId = stepId };
            db.Add(progress);
        }
        else
        {
            if (input.Version is null)
                return Result<StepView>.Conflict(Messages.ConcurrencyConflict);
            // The answers and result notes live in owned JSON collections: replacing them alone leaves the step itself
            // Unchanged, so its version would never move and a second editor's save would silently overwrite the
            // first. Marking the version modified makes every save an UPDATE checked against the version read.
            var version = db.Entry(progress).Property(p => p.Version);
            version.OriginalValue = input.Version.Value;
            version.IsModified = true;
        }

        progress.Status = input.Status!.Value;
        progress.Notes = notes;
        progress.Results = results;
        progress.Answers = answers;
        visibility?.ApplyTo(progress); // the change is audited with the rest of the step
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<StepView>.Conflict(Messages.ConcurrencyConflict);
        }

        return Result<StepView>.Ok(current.Value with { Progress = progress });
    }

    /// <summary>
    /// A link is evidence when its path, once parsed, stays inside this approach (/aanpakken/{id} or below; no empty,
    /// "." or ".." segments, no backslashes, also not percent-encoded), or when it is an absolute http(s) URL with a host.
    /// </summary>
    public static bool IsEvidenceLink(string link, Guid approachId)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.StartsWith('/'))
            return IsApproachPath(link, approachId);
        return (link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            && Uri.TryCreate(link, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host)
            && !link.Contains('\\', StringComparison.Ordinal);
    }

    private static bool IsApproachPath(string link, Guid approachId)
    {
        var end = link.IndexOfAny(['?', '#']);
        var path = end < 0 ? link : link[..end];
        var segments = path[1..].Split('/');
        if (segments.Length < 2)
            return false;
        for (var i = 0; i < segments.Length; i++)
        {
            string segment;
            try
            {
                segment = Uri.UnescapeDataString(segments[i]);
            }
            catch (UriFormatException)
            {
                return false;
            }

            var last = i == segments.Length - 1;
            if ((segment.Length == 0 && !last) || segment is "." or ".." || segment.Contains('\\', StringComparison.Ordinal)
                || segment.Contains('/', StringComparison.Ordinal) || segment.Any(char.IsControl))
                return false;
        }

        return segments[0].Equals("aanpakken", StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(segments[1], out var id) && id == approachId
            && (segments.Length > 2 || segments[1].Length > 0);
    }

    private bool NeedsDecisionNotice(GuideStep step, bool hasGo) =>
        !hasGo && step.MethodId == "weerbare-gemeenschappen" && step.Number > guide.DecisionMomentAfterStep;
}
