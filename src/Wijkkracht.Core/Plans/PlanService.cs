using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Plans;

/// <summary>Input for saving the plan of approach. <see cref="BaseNumber"/> is the version the editor started from (0 for none).</summary>
public sealed class PlanInput
{
    public string? AreaOrCommunity { get; set; }

    public string? CentralIssue { get; set; }

    public string? Tasks { get; set; }

    public string? PolicyAmbition { get; set; }

    public string? Preconditions { get; set; }

    public Guid? AssessmentId { get; set; }

    public string? Budget { get; set; }

    public string? EvaluationMoments { get; set; }

    public string? DecisionMoments { get; set; }

    public string? RoleWijkverbinder { get; set; }

    public string? RoleGemeenteverbinder { get; set; }

    public string? InternalClient { get; set; }

    public string? DecisionStructure { get; set; }

    public int? BaseNumber { get; set; }

    /// <summary>
    /// Who may read the plan with its budget (ADR 0005); applies to every version of the plan. Null keeps the level of
    /// the version before (the first version: <see cref="VisibilityRules.PlanDefault"/>).
    /// </summary>
    public VisibilityChoice? Visibility { get; set; }

    public static PlanInput From(PlanVersion? v) => v is null ? new PlanInput { BaseNumber = 0, Visibility = VisibilityChoice.Default(VisibilityRules.PlanDefault) } : new PlanInput
    {
        Visibility = VisibilityChoice.From(v),
        AreaOrCommunity = v.AreaOrCommunity,
        CentralIssue = v.CentralIssue,
        Tasks = v.Tasks,
        PolicyAmbition = v.PolicyAmbition,
        Preconditions = v.Preconditions,
        AssessmentId = v.AssessmentId,
        Budget = v.Budget,
        EvaluationMoments = v.EvaluationMoments,
        DecisionMoments = v.DecisionMoments,
        RoleWijkverbinder = v.RoleWijkverbinder,
        RoleGemeenteverbinder = v.RoleGemeenteverbinder,
        InternalClient = v.InternalClient,
        DecisionStructure = v.DecisionStructure,
        BaseNumber = v.Number,
    };
}

/// <summary>One field of two plan versions side by side.</summary>
public sealed record PlanFieldDiff(string Label, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

/// <summary>The global plan of approach (ESS step 5): every save is a new version; versions can be compared.</summary>
public sealed class PlanService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    public const int MaxFieldLength = 8000;

    /// <summary>The plan's fields with their Dutch labels, in the order of the guide.</summary>
    public static readonly IReadOnlyList<(string Label, Func<PlanVersion, string> Get)> Fields =
    [
        ("Gebied of gemeenschap", v => v.AreaOrCommunity),
        ("Centrale vraagstuk", v => v.CentralIssue),
        ("Taakomschrijvingen", v => v.Tasks),
        ("Beleidsambitie en opdracht", v => v.PolicyAmbition),
        ("Randvoorwaarden", v => v.Preconditions),
        ("Budget", v => v.Budget),
        ("Evaluatiemomenten", v => v.EvaluationMoments),
        ("Beslismomenten", v => v.DecisionMoments),
        ("Rol van de wijkverbinder", v => v.RoleWijkverbinder),
        ("Rol van de gemeenteverbinder", v => v.RoleGemeenteverbinder),
        ("Interne opdrachtgever", v => v.InternalClient),
        ("Besluitvormingsstructuur", v => v.DecisionStructure),
    ];

    public async Task<Result<PlanVersion?>> GetLatestAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<PlanVersion?>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct); // visibility (ADR 0005)
        return Result<PlanVersion?>.Ok(await Visibility.VisibilityRules.Filter(db.Set<PlanVersion>().AsNoTracking(), seen).Where(p => p.ApproachId == approachId)
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct));
    }

    public async Task<Result<List<PlanVersion>>> ListVersionsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<List<PlanVersion>>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct); // visibility (ADR 0005)
        return Result<List<PlanVersion>>.Ok(await Visibility.VisibilityRules.Filter(db.Set<PlanVersion>().AsNoTracking(), seen).Where(p => p.ApproachId == approachId)
            .OrderByDescending(p => p.Number).ToListAsync(ct));
    }

    public async Task<Result<PlanVersion>> GetVersionAsync(Guid approachId, int number, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<PlanVersion>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct); // visibility (ADR 0005)
        var version = await Visibility.VisibilityRules.Filter(db.Set<PlanVersion>().AsNoTracking(), seen).FirstOrDefaultAsync(p => p.ApproachId == approachId && p.Number == number, ct);
        return version is null ? Result<PlanVersion>.NotFound() : Result<PlanVersion>.Ok(version);
    }

    public async Task<Result<List<PlanFieldDiff>>> CompareAsync(Guid approachId, int from, int to, Actor actor, CancellationToken ct = default)
    {
        var a = await GetVersionAsync(approachId, from, actor, ct);
        if (!a.IsOk)
            return Result<List<PlanFieldDiff>>.Denied(a.Status);
        var b = await GetVersionAsync(approachId, to, actor, ct);
        if (!b.IsOk)
            return Result<List<PlanFieldDiff>>.Denied(b.Status);
        return Result<List<PlanFieldDiff>>.Ok(Fields.Select(f => new PlanFieldDiff(f.Label, f.Get(a.Value!), f.Get(b.Value!))).ToList());
    }

    /// <summary>Saves a new version. Conflict when another version was saved since <see cref="PlanInput.BaseNumber"/>.</summary>
    public async Task<Result<PlanVersion>> SaveAsync(Guid approachId, PlanInput input, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<PlanVersion>.Denied(access);

        var errors = new ValidationErrors();
        string Text(string? value, string field)
        {
            var t = value?.Trim() ?? "";
            if (t.Length > MaxFieldLength)
                errors.Add(field, $"Maximaal {MaxFieldLength} tekens.");
            return t;
        }

        var version = new PlanVersion
        {
            ApproachId = approachId,
            AreaOrCommunity = Text(input.AreaOrCommunity, nameof(PlanInput.AreaOrCommunity)),
            CentralIssue = Text(input.CentralIssue, nameof(PlanInput.CentralIssue)),
            Tasks = Text(input.Tasks, nameof(PlanInput.Tasks)),
            PolicyAmbition = Text(input.PolicyAmbition, nameof(PlanInput.PolicyAmbition)),
            Preconditions = Text(input.Preconditions, nameof(PlanInput.Preconditions)),
            AssessmentId = input.AssessmentId,
            Budget = Text(input.Budget, nameof(PlanInput.Budget)),
            EvaluationMoments = Text(input.EvaluationMoments, nameof(PlanInput.EvaluationMoments)),
            DecisionMoments = Text(input.DecisionMoments, nameof(PlanInput.DecisionMoments)),
            RoleWijkverbinder = Text(input.RoleWijkverbinder, nameof(PlanInput.RoleWijkverbinder)),
            RoleGemeenteverbinder = Text(input.RoleGemeenteverbinder, nameof(PlanInput.RoleGemeenteverbinder)),
            InternalClient = Text(input.InternalClient, nameof(PlanInput.InternalClient)),
            DecisionStructure = Text(input.DecisionStructure, nameof(PlanInput.DecisionStructure)),
            CreatedByUserId = actor.UserId,
            CreatedByName = actor.DisplayName,
        };
        if (string.IsNullOrEmpty(version.CentralIssue))
            errors.Add(nameof(PlanInput.CentralIssue), "Beschrijf het centrale vraagstuk.");
        if (input.AssessmentId is { } assessmentId && !await db.Set<PreconditionAssessment>().Finished().AnyAsync(a => a.Id == assessmentId && a.ApproachId == approachId, ct))
            errors.Add(nameof(PlanInput.AssessmentId), "Kies een randvoorwaardencheck van deze aanpak.");
        if (input.BaseNumber is not { } baseNumber || baseNumber < 0)
            errors.Add(nameof(PlanInput.BaseNumber), VersionedSave.MissingVersion);
        var latest = await db.Set<PlanVersion>().Where(p => p.ApproachId == approachId).MaxAsync(p => (int?)p.Number, ct) ?? 0;
        await VisibilityRules.InheritAsync(db.Set<PlanVersion>().Where(p => p.ApproachId == approachId && p.Number == latest), version, ct); // visibility (ADR 0005)
        var visibility = input.Visibility;
        var changesVisibility = visibility is not null && visibility.Validate(errors, nameof(PlanInput.Visibility)) && visibility.ChangesAnything(version);
        if (changesVisibility && !await approaches.CanAsync(approachId, actor, ApproachPermission.ManageMembers, ct))
            errors.Add(nameof(PlanInput.Visibility) + "." + nameof(VisibilityChoice.Level), VisibilityChoice.NotAllowed);
        if (errors.Any)
            return Result<PlanVersion>.Invalid(errors);

        if (latest != input.BaseNumber)
            return Result<PlanVersion>.Conflict($"Iemand anders heeft intussen versie {latest} van het plan opgeslagen. Uw tekst staat hieronder nog; vergelijk met de nieuwste versie en sla opnieuw op.");

        if (changesVisibility)
        {
            // One level for the whole plan, as PUT /visibility with recordType "plan" does: earlier versions follow,
            // so an older version never shows what the newest one hides. Each change is audited.
            visibility!.ApplyTo(version);
            foreach (var earlier in await db.Set<PlanVersion>().Where(p => p.ApproachId == approachId).ToListAsync(ct))
                visibility.ApplyTo(earlier);
        }

        version.Number = latest + 1;
        version.CreatedAt = time.GetUtcNow();
        db.Add(version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<PlanVersion>.Conflict("Iemand anders sloeg tegelijk een versie van het plan op. Uw tekst staat hieronder nog; sla opnieuw op.");
        }

        return Result<PlanVersion>.Ok(version);
    }
}
