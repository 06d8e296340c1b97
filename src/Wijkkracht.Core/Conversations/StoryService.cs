using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Conversations;

/// <summary>Input for saving the shared story. <see cref="BaseNumber"/> is the version the writer started from (0 for none).</summary>
public sealed class StoryInput
{
    public string? Text { get; set; }

    /// <summary>Cited themes of this approach.</summary>
    public List<Guid> ThemeIds { get; set; } = [];

    /// <summary>Cited patterns of this approach.</summary>
    public List<Guid> PatternIds { get; set; } = [];

    /// <summary>Cited timeline events of this approach.</summary>
    public List<Guid> TimelineEventIds { get; set; } = [];

    public int? BaseNumber { get; set; }

    /// <summary>Who may read the story (applies to every version); null keeps the level of the version before.</summary>
    public VisibilityChoice? Visibility { get; set; }

    public static StoryInput From(StoryVersion? v) => v is null
        ? new StoryInput { BaseNumber = 0, Visibility = VisibilityChoice.Default(StoryDefaults.Visibility) }
        : new StoryInput
        {
            Text = v.Text,
            ThemeIds = Ids(v, StoryCitationKind.Thema),
            PatternIds = Ids(v, StoryCitationKind.Patroon),
            TimelineEventIds = Ids(v, StoryCitationKind.Tijdlijn),
            BaseNumber = v.Number,
            Visibility = VisibilityChoice.From(v),
        };

    private static List<Guid> Ids(StoryVersion v, StoryCitationKind kind) => v.Citations.Where(c => c.Kind == kind).Select(c => c.RecordId).ToList();
}

/// <summary>A cited record as shown: its kind, id and title (or statement).</summary>
public sealed record StoryCitationView(StoryCitationKind Kind, Guid RecordId, string Title);

/// <summary>
/// The shared story of the neighbourhood (issue 11 §7): a versioned text like the plan of approach. Members read the
/// versions the visibility model allows (ADR 0005), members with <see cref="ApproachPermission.Edit"/> save a new
/// version; a citation of a record of another approach or organisation is answered as 404; two writers saving on the
/// same base version: the second gets a conflict.
/// </summary>
public sealed class StoryService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    public const int MaxCitations = 50;

    public async Task<Result<List<StoryVersion>>> ListVersionsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var (query, denied) = await ReadableAsync(approachId, actor, ct);
        if (denied is { } status)
            return Result<List<StoryVersion>>.Denied(status);
        return Result<List<StoryVersion>>.Ok(await query!.OrderByDescending(s => s.Number).ToListAsync(ct));
    }

    public async Task<Result<StoryVersion?>> GetLatestAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var (query, denied) = await ReadableAsync(approachId, actor, ct);
        if (denied is { } status)
            return Result<StoryVersion?>.Denied(status);
        return Result<StoryVersion?>.Ok(await query!.OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct));
    }

    public async Task<Result<StoryVersion>> GetVersionAsync(Guid approachId, int number, Actor actor, CancellationToken ct = default)
    {
        var (query, denied) = await ReadableAsync(approachId, actor, ct);
        if (denied is { } status)
            return Result<StoryVersion>.Denied(status);
        var version = await query!.FirstOrDefaultAsync(s => s.Number == number, ct);
        return version is null ? Result<StoryVersion>.NotFound() : Result<StoryVersion>.Ok(version);
    }

    /// <summary>The cited records that still exist, in the order of the citations (the caller has checked access).</summary>
    public async Task<List<StoryCitationView>> CitedAsync(Guid approachId, StoryVersion version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var ids = version.Citations.Select(c => c.RecordId).ToList();
        var themes = await db.Set<Theme>().AsNoTracking().Where(t => t.ApproachId == approachId && ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var patterns = await db.Set<Pattern>().AsNoTracking().Where(p => p.ApproachId == approachId && ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Statement, ct);
        var events = await db.Set<TimelineEvent>().AsNoTracking().Where(e => e.ApproachId == approachId && ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Title, e.Date }).ToDictionaryAsync(e => e.Id, e => $"{e.Title} ({e.Date:d-M-yyyy})", ct);
        var result = new List<StoryCitationView>();
        foreach (var c in version.Citations)
        {
            var source = c.Kind switch { StoryCitationKind.Thema => themes, StoryCitationKind.Patroon => patterns, _ => events };
            if (source.TryGetValue(c.RecordId, out var title))
                result.Add(new StoryCitationView(c.Kind, c.RecordId, title));
        }

        return result;
    }

    /// <summary>Saves a new version. Conflict when another version was saved since <see cref="StoryInput.BaseNumber"/>.</summary>
    public async Task<Result<StoryVersion>> SaveAsync(Guid approachId, StoryInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<StoryVersion>.Denied(access);

        var errors = new ValidationErrors();
        var text = TextInput.Clean(input.Text?.Trim() ?? "");
        if (text.Length == 0)
            errors.Add(nameof(StoryInput.Text), "Schrijf het verhaal van de buurt: wat zagen en hoorden jullie, welke thema's en patronen vallen op?");
        else if (text.Length > StoryDefaults.MaxTextLength)
            errors.Add(nameof(StoryInput.Text), $"Maximaal {StoryDefaults.MaxTextLength} tekens.");
        var themeIds = (input.ThemeIds ?? []).Distinct().ToList();
        var patternIds = (input.PatternIds ?? []).Distinct().ToList();
        var eventIds = (input.TimelineEventIds ?? []).Distinct().ToList();
        if (themeIds.Count + patternIds.Count + eventIds.Count > MaxCitations)
            errors.Add(nameof(StoryInput.ThemeIds), $"Verwijs naar hoogstens {MaxCitations} thema's, patronen en gebeurtenissen samen.");
        else if (await db.Set<Theme>().CountAsync(t => t.ApproachId == approachId && themeIds.Contains(t.Id), ct) != themeIds.Count
            || await db.Set<Pattern>().CountAsync(p => p.ApproachId == approachId && patternIds.Contains(p.Id), ct) != patternIds.Count
            || await db.Set<TimelineEvent>().CountAsync(e => e.ApproachId == approachId && eventIds.Contains(e.Id), ct) != eventIds.Count)
            return Result<StoryVersion>.NotFound();
        if (input.BaseNumber is not { } baseNumber || baseNumber < 0)
            errors.Add(nameof(StoryInput.BaseNumber), VersionedSave.MissingVersion);

        var version = new StoryVersion
        {
            ApproachId = approachId,
            Text = text,
            Citations =
            [
                .. themeIds.Select(id => new StoryCitation { Kind = StoryCitationKind.Thema, RecordId = id }),
                .. patternIds.Select(id => new StoryCitation { Kind = StoryCitationKind.Patroon, RecordId = id }),
                .. eventIds.Select(id => new StoryCitation { Kind = StoryCitationKind.Tijdlijn, RecordId = id }),
            ],
            CreatedByUserId = actor.UserId,
            CreatedByName = actor.DisplayName,
        };
        var latest = await db.Set<StoryVersion>().Where(s => s.ApproachId == approachId).MaxAsync(s => (int?)s.Number, ct) ?? 0;
        await VisibilityRules.InheritAsync(db.Set<StoryVersion>().Where(s => s.ApproachId == approachId && s.Number == latest), version, ct);
        var visibility = input.Visibility;
        var changesVisibility = visibility is not null && visibility.Validate(errors, nameof(StoryInput.Visibility)) && visibility.ChangesAnything(version);
        if (changesVisibility && !await approaches.CanAsync(approachId, actor, ApproachPermission.ManageMembers, ct))
            errors.Add(nameof(StoryInput.Visibility) + "." + nameof(VisibilityChoice.Level), VisibilityChoice.NotAllowed);
        if (errors.Any)
            return Result<StoryVersion>.Invalid(errors);
        if (latest != input.BaseNumber)
            return Result<StoryVersion>.Conflict($"Iemand anders heeft intussen versie {latest} van het verhaal opgeslagen. Uw tekst staat hieronder nog; lees de nieuwste versie en sla opnieuw op.");

        if (changesVisibility)
        {
            // One level for the whole story, as for the plan: earlier versions follow.
            visibility!.ApplyTo(version);
            foreach (var earlier in await db.Set<StoryVersion>().Where(s => s.ApproachId == approachId).ToListAsync(ct))
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
            return Result<StoryVersion>.Conflict("Iemand anders sloeg tegelijk een versie van het verhaal op. Uw tekst staat hieronder nog; sla opnieuw op.");
        }

        return Result<StoryVersion>.Ok(version);
    }

    private async Task<(IQueryable<StoryVersion>? Query, ResultStatus? Denied)> ReadableAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return (null, access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        return (VisibilityRules.Filter(db.Set<StoryVersion>().AsNoTracking(), seen).Where(s => s.ApproachId == approachId), null);
    }
}
