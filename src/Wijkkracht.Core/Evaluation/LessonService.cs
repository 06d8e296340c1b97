using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Evaluation;

/// <summary>Input for a lesson learned.</summary>
public sealed class LessonInput
{
    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? Tags { get; set; }

    public DateOnly? LearnedOn { get; set; }

    public bool ShareInOrganisation { get; set; } = true;

    public Guid? Version { get; set; }

    public static LessonInput From(Lesson l) => new()
    {
        Title = l.Title,
        Text = l.Text,
        Tags = l.Tags,
        LearnedOn = l.LearnedOn,
        ShareInOrganisation = l.ShareInOrganisation,
        Version = l.Version,
    };
}

/// <summary>A lesson with the title of its approach (for the organisation-wide search).</summary>
public sealed record LessonView(Lesson Lesson, string ApproachTitle);

/// <summary>
/// Lessons learned (issue 13 §5): every member of an approach reads its lessons; the core team and partners record them
/// (a partner changes the ones they recorded). Lessons shared with the organisation are searchable by every
/// professional of the organisation (not by residents), across all approaches, so a new approach starts from them.
/// </summary>
public sealed class LessonService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    public async Task<Result<List<Lesson>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<List<Lesson>>.NotFound();
        return Result<List<Lesson>>.Ok(await db.Set<Lesson>().AsNoTracking().Where(l => l.ApproachId == approachId).OrderByDescending(l => l.LearnedOn).ThenBy(l => l.Title).ToListAsync(ct));
    }

    public async Task<Result<Lesson>> GetAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<Lesson>.NotFound();
        return await db.Set<Lesson>().AsNoTracking().FirstOrDefaultAsync(l => l.ApproachId == approachId && l.Id == id, ct) is { } lesson
            ? Result<Lesson>.Ok(lesson) : Result<Lesson>.NotFound();
    }

    /// <summary>
    /// Lessons shared with the organisation (any approach) and the lessons of approaches the actor may see, matching every
    /// word of <paramref name="search"/> in title, text or keywords. Residents (Netwerklid) get Forbidden.
    /// </summary>
    public async Task<Result<Page<LessonView>>> SearchAsync(string? search, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role == OrgRole.Netwerklid)
            return Result<Page<LessonView>>.Forbidden("Geleerde lessen van de hele organisatie zijn er voor professionals.");
        var visible = approaches.Visible(actor).Select(a => a.Id);
        var query = db.Set<Lesson>().AsNoTracking().Where(l => l.ShareInOrganisation || visible.Contains(l.ApproachId));
        foreach (var word in (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8))
        {
            var term = word.ToLower();
            query = query.Where(l => l.Title.ToLower().Contains(term) || l.Text.ToLower().Contains(term) || l.Tags.ToLower().Contains(term));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(l => l.LearnedOn).ThenBy(l => l.Title).ThenBy(l => l.Id).Skip(page.Skip).Take(page.PageSize)
            .Join(db.Approaches, l => l.ApproachId, a => a.Id, (l, a) => new { Lesson = l, a.Title })
            .ToListAsync(ct);
        return Result<Page<LessonView>>.Ok(new Page<LessonView>(rows.Select(r => new LessonView(r.Lesson, r.Title)).ToList(), page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<Lesson>> CreateAsync(Guid approachId, LessonInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<Lesson>.NotFound();
        if (!ActionService.CanCreate(access))
            return Result<Lesson>.Forbidden("Alleen het kernteam en partners leggen lessen vast.");
        var lesson = new Lesson { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var errors = Apply(lesson, input);
        if (errors.Any)
            return Result<Lesson>.Invalid(errors);
        db.Add(lesson);
        await db.SaveChangesAsync(ct);
        return Result<Lesson>.Ok(lesson);
    }

    public async Task<Result<Lesson>> UpdateAsync(Guid approachId, Guid id, LessonInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (lesson, denied) = await FindForChangeAsync(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<Lesson>.Denied(status);
        if (VersionedSave.MissingVersionResult<Lesson>(input.Version) is { } missing)
            return missing;
        var errors = Apply(lesson!, input);
        if (errors.Any)
            return Result<Lesson>.Invalid(errors);
        return await db.SaveVersionedAsync(lesson!, input.Version!.Value, lesson!, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (lesson, denied) = await FindForChangeAsync(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        db.Remove(lesson!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>The core team changes every lesson; a partner the ones they recorded.</summary>
    public static bool CanEdit(ApproachAccess access, Lesson lesson)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(lesson);
        return access.Has(ApproachPermission.Edit) || (access.MyRole == ApproachRole.Partner && lesson.CreatedByUserId == access.Actor.UserId);
    }

    private async Task<(Lesson? Lesson, ResultStatus? Denied)> FindForChangeAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return (null, ResultStatus.NotFound);
        var lesson = await db.Set<Lesson>().FirstOrDefaultAsync(l => l.ApproachId == approachId && l.Id == id, ct);
        if (lesson is null)
            return (null, ResultStatus.NotFound);
        return CanEdit(access, lesson) ? (lesson, null) : (null, ResultStatus.Forbidden);
    }

    private ValidationErrors Apply(Lesson lesson, LessonInput input)
    {
        var errors = new ValidationErrors();
        var title = ActionText.Required(errors, nameof(LessonInput.Title), input.Title, 200, "Vat de les samen in één zin, bijvoorbeeld 'Koffietafels trekken ouderen, geen jongeren'.");
        var text = ActionText.Required(errors, nameof(LessonInput.Text), input.Text, EvaluationDefaults.Long, "Beschrijf wat u leerde en wat een volgende aanpak ermee kan.");
        var tags = ActionText.Optional(errors, nameof(LessonInput.Tags), input.Tags, 200);
        var today = PlausibleDates.Today(time);
        PlausibleDates.Validate(errors, nameof(LessonInput.LearnedOn), input.LearnedOn, DateMeaning.Happened, today);
        if (errors.Any)
            return errors;
        lesson.Title = title;
        lesson.Text = text;
        lesson.Tags = string.Join(", ", tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase));
        lesson.LearnedOn = input.LearnedOn ?? today;
        lesson.ShareInOrganisation = input.ShareInOrganisation;
        return errors;
    }
}
