using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Conversations;

/// <summary>Sets the theme tags of a conversation or timeline event.</summary>
public static class ThemeTags
{
    /// <summary>
    /// Replaces the links by <paramref name="themeIds"/> (null: unchanged). False when a theme is not one of this
    /// approach (a link across approaches or organisations is answered as 404).
    /// </summary>
    public static async Task<bool> ApplyAsync<TLink>(WijkkrachtDbContext db, Guid approachId, List<TLink> links, List<Guid>? themeIds, Func<Guid, TLink> create, Func<TLink, Guid> themeOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(themeOf);
        if (themeIds is null)
            return true;
        var distinct = themeIds.Distinct().ToList();
        var known = await db.Set<Theme>().Where(t => t.ApproachId == approachId && distinct.Contains(t.Id)).CountAsync(ct);
        if (known != distinct.Count)
            return false;
        links.RemoveAll(l => !distinct.Contains(themeOf(l)));
        foreach (var id in distinct.Where(id => links.All(l => themeOf(l) != id)).Order())
            links.Add(create(id));
        return true;
    }
}

/// <summary>Input for a theme.</summary>
public sealed class ThemeInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>Input for a pattern.</summary>
public sealed class PatternInput
{
    public string? Statement { get; set; }

    public PatternKind? Kind { get; set; }

    public List<Guid> ConversationIds { get; set; } = [];

    public List<Guid> TimelineEventIds { get; set; } = [];

    public List<Guid> ThemeIds { get; set; } = [];

    public Guid? Version { get; set; }

    public static PatternInput From(Pattern p) => new()
    {
        Statement = p.Statement,
        Kind = p.Kind,
        ConversationIds = p.Evidence.Where(e => e.Kind == EvidenceKind.Gesprek).Select(e => e.RecordId).ToList(),
        TimelineEventIds = p.Evidence.Where(e => e.Kind == EvidenceKind.Tijdlijn).Select(e => e.RecordId).ToList(),
        ThemeIds = p.Evidence.Where(e => e.Kind == EvidenceKind.Thema).Select(e => e.RecordId).ToList(),
        Version = p.Version,
    };
}

/// <summary>Input for a session.</summary>
public sealed class SessionInput
{
    public SessionKind? Kind { get; set; }

    public DateOnly? Date { get; set; }

    public string? AttendingGroups { get; set; }

    /// <summary>The prioritised themes, most important first.</summary>
    public List<Guid> PrioritisedThemeIds { get; set; } = [];

    public string? Contributions { get; set; }

    public string? Notes { get; set; }

    public Guid? Version { get; set; }

    public static SessionInput From(ThemeSession s) => new()
    {
        Kind = s.Kind,
        Date = s.Date,
        AttendingGroups = s.AttendingGroups,
        PrioritisedThemeIds = [.. s.PrioritisedThemeIds],
        Contributions = s.Contributions,
        Notes = s.Notes,
        Version = s.Version,
    };
}

/// <summary>A theme with the number of records linked to it, by source type.</summary>
public sealed record ThemeCount(Theme Theme, int Conversations, int TimelineEvents, int Patterns, int Sessions);

/// <summary>One theme on the board with its evidence; conversations only for readers with ViewStories.</summary>
public sealed record ThemeBoardEntry(ThemeCount Count, IReadOnlyList<Conversation> Conversations, IReadOnlyList<TimelineEvent> TimelineEvents, IReadOnlyList<ConsentedQuote> Quotes);

/// <summary>The theme board: themes with evidence, patterns and sessions.</summary>
public sealed record ThemeBoard(IReadOnlyList<ThemeBoardEntry> Themes, IReadOnlyList<Pattern> Patterns, IReadOnlyList<ThemeSession> Sessions, bool ShowsConversations);

/// <summary>
/// Themes, patterns and sessions of an approach (issue 11 §5). Read with <see cref="ApproachPermission.ViewPlan"/>
/// (partners see themes and patterns, and quotes only when the speaker consented, never the conversations), changed
/// with <see cref="ApproachPermission.Edit"/>. Links to records of another approach are answered as NotFound.
/// </summary>
public sealed class ThemeService(WijkkrachtDbContext db, ApproachService approaches, Audit.AuditService audit, TimeProvider time)
{
    public const int EvidencePerTheme = 5;

    /// <summary>The approach's themes by name, for pick lists (the caller has checked access to the approach).</summary>
    public Task<List<Theme>> NamesAsync(Guid approachId, CancellationToken ct = default) =>
        db.Set<Theme>().AsNoTracking().Where(t => t.ApproachId == approachId).OrderBy(t => t.Name).ToListAsync(ct);

    public async Task<Result<Page<ThemeCount>>> ListAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<ThemeCount>>.Denied(access);
        var query = db.Set<Theme>().AsNoTracking().Where(t => t.ApproachId == approachId);
        var total = await query.CountAsync(ct);
        var themes = await query.OrderBy(t => t.Name).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var counts = await CountsAsync(approachId, themes, ct);
        return Result<Page<ThemeCount>>.Ok(new Page<ThemeCount>(counts, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<ThemeCount>> GetAsync(Guid approachId, Guid themeId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<ThemeCount>.Denied(access);
        var theme = await db.Set<Theme>().AsNoTracking().FirstOrDefaultAsync(t => t.ApproachId == approachId && t.Id == themeId, ct);
        return theme is null ? Result<ThemeCount>.NotFound() : Result<ThemeCount>.Ok((await CountsAsync(approachId, [theme], ct))[0]);
    }

    /// <summary>The board: every theme with counts by source type and its latest evidence.</summary>
    public async Task<Result<ThemeBoard>> BoardAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<ThemeBoard>.Denied(access);
        var showsConversations = await approaches.CanAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        var themes = await db.Set<Theme>().AsNoTracking().Where(t => t.ApproachId == approachId).OrderBy(t => t.Name).ToListAsync(ct);
        var counts = await CountsAsync(approachId, themes, ct);
        var conversationLinks = await db.Set<ConversationTheme>().AsNoTracking()
            .Join(db.Set<Conversation>().Where(c => c.ApproachId == approachId), l => l.ConversationId, c => c.Id, (l, c) => new { l.ThemeId, c.Id, c.Date })
            .ToListAsync(ct);
        var latest = conversationLinks.GroupBy(l => l.ThemeId).SelectMany(g => g.OrderByDescending(x => x.Date).Take(EvidencePerTheme)).Select(x => x.Id).Distinct().ToList();
        var conversations = await db.Set<Conversation>().AsNoTracking().Where(c => latest.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var eventLinks = await db.Set<TimelineEventTheme>().AsNoTracking()
            .Join(db.Set<TimelineEvent>().Where(e => e.ApproachId == approachId), l => l.TimelineEventId, e => e.Id, (l, e) => new { l.ThemeId, e.Id, e.Date })
            .ToListAsync(ct);
        var latestEvents = eventLinks.GroupBy(l => l.ThemeId).SelectMany(g => g.OrderByDescending(x => x.Date).Take(EvidencePerTheme)).Select(x => x.Id).Distinct().ToList();
        var timelineEvents = await db.Set<TimelineEvent>().AsNoTracking().Where(e => latestEvents.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var entries = counts.Select(count =>
        {
            var linked = conversationLinks.Where(l => l.ThemeId == count.Theme.Id).OrderByDescending(l => l.Date).Take(EvidencePerTheme)
                .Select(l => conversations.GetValueOrDefault(l.Id)).OfType<Conversation>().ToList();
            var events = eventLinks.Where(l => l.ThemeId == count.Theme.Id).OrderByDescending(l => l.Date).Take(EvidencePerTheme)
                .Select(l => timelineEvents.GetValueOrDefault(l.Id)).OfType<TimelineEvent>().ToList();
            var quotes = ConversationService.ConsentedOnly(linked).ToList();
            return new ThemeBoardEntry(count, showsConversations ? linked : [], events, quotes);
        }).ToList();
        if (showsConversations && entries.Any(e => e.Conversations.Count > 0))
            await audit.RecordViewAsync(actor, nameof(Conversation), null, approachId, $"Gesprekken op het themabord bekeken ({entries.Sum(e => e.Conversations.Count)})", ct);
        var patterns = await db.Set<Pattern>().AsNoTracking().Where(p => p.ApproachId == approachId).OrderBy(p => p.Kind).ThenBy(p => p.Statement).ToListAsync(ct);
        var sessions = await db.Set<ThemeSession>().AsNoTracking().Where(s => s.ApproachId == approachId).OrderByDescending(s => s.Date).ToListAsync(ct);
        return Result<ThemeBoard>.Ok(new ThemeBoard(entries, patterns, sessions, showsConversations));
    }

    private async Task<List<ThemeCount>> CountsAsync(Guid approachId, List<Theme> themes, CancellationToken ct)
    {
        var ids = themes.Select(t => t.Id).ToList();
        var conversations = await db.Set<ConversationTheme>().AsNoTracking().Where(l => ids.Contains(l.ThemeId))
            .GroupBy(l => l.ThemeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var events = await db.Set<TimelineEventTheme>().AsNoTracking().Where(l => ids.Contains(l.ThemeId))
            .GroupBy(l => l.ThemeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var patterns = await db.Set<Pattern>().AsNoTracking().Where(p => p.ApproachId == approachId).Select(p => p.Evidence).ToListAsync(ct);
        var sessions = await db.Set<ThemeSession>().AsNoTracking().Where(s => s.ApproachId == approachId).Select(s => s.PrioritisedThemeIds).ToListAsync(ct);
        return themes.Select(t => new ThemeCount(t,
            conversations.GetValueOrDefault(t.Id), events.GetValueOrDefault(t.Id),
            patterns.Count(e => e.Any(x => x.Kind == EvidenceKind.Thema && x.RecordId == t.Id)),
            sessions.Count(s => s.Contains(t.Id)))).ToList();
    }

    public async Task<Result<Theme>> CreateAsync(Guid approachId, ThemeInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<Theme>.Denied(access);
        var theme = new Theme { ApproachId = approachId };
        var errors = await ApplyAsync(theme, input, ct);
        if (errors.Any)
            return Result<Theme>.Invalid(errors);
        db.Add(theme);
        await db.SaveChangesAsync(ct);
        return Result<Theme>.Ok(theme);
    }

    public async Task<Result<Theme>> UpdateAsync(Guid approachId, Guid themeId, ThemeInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (theme, denied) = await FindForChangeAsync<Theme>(approachId, themeId, actor, ct);
        if (denied is not null)
            return Result<Theme>.Denied(denied.Value);
        if (VersionedSave.MissingVersionResult<Theme>(input.Version) is { } missing)
            return missing;
        var errors = await ApplyAsync(theme!, input, ct);
        if (errors.Any)
            return Result<Theme>.Invalid(errors);
        return await db.SaveVersionedAsync(theme!, input.Version!.Value, theme!, ct);
    }

    public Task<Result<bool>> DeleteAsync(Guid approachId, Guid themeId, Actor actor, CancellationToken ct = default) => DeleteAsync<Theme>(approachId, themeId, actor, ct);

    private async Task<ValidationErrors> ApplyAsync(Theme theme, ThemeInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = ConversationService.Text(errors, nameof(ThemeInput.Name), input.Name, 100);
        if (name.Length == 0)
            errors.Add(nameof(ThemeInput.Name), "Geef het thema een naam, bijvoorbeeld 'Veiligheid op het plein'.");
        else if (await db.Set<Theme>().AnyAsync(t => t.ApproachId == theme.ApproachId && t.Id != theme.Id && t.Name == name, ct))
            errors.Add(nameof(ThemeInput.Name), "Dit thema bestaat al in deze aanpak.");
        var description = ConversationService.Text(errors, nameof(ThemeInput.Description), input.Description, 1000);
        if (errors.Any)
            return errors;
        theme.Name = name;
        theme.Description = description;
        return errors;
    }

    public async Task<Result<Pattern>> GetPatternAsync(Guid approachId, Guid patternId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<Pattern>.Denied(access);
        var pattern = await db.Set<Pattern>().AsNoTracking().FirstOrDefaultAsync(p => p.ApproachId == approachId && p.Id == patternId, ct);
        return pattern is null ? Result<Pattern>.NotFound() : Result<Pattern>.Ok(pattern);
    }

    public async Task<Result<Page<Pattern>>> ListPatternsAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<Pattern>>.Denied(access);
        var query = db.Set<Pattern>().AsNoTracking().Where(p => p.ApproachId == approachId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(p => p.Kind).ThenBy(p => p.Statement).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return Result<Page<Pattern>>.Ok(new Page<Pattern>(items, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<Pattern>> CreatePatternAsync(Guid approachId, PatternInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<Pattern>.Denied(access);
        var pattern = new Pattern { ApproachId = approachId };
        if (await ApplyAsync(pattern, input, actor, ct) is not { } errors)
            return Result<Pattern>.NotFound();
        if (errors.Any)
            return Result<Pattern>.Invalid(errors);
        db.Add(pattern);
        await db.SaveChangesAsync(ct);
        return Result<Pattern>.Ok(pattern);
    }

    public async Task<Result<Pattern>> UpdatePatternAsync(Guid approachId, Guid patternId, PatternInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (pattern, denied) = await FindForChangeAsync<Pattern>(approachId, patternId, actor, ct);
        if (denied is not null)
            return Result<Pattern>.Denied(denied.Value);
        if (VersionedSave.MissingVersionResult<Pattern>(input.Version) is { } missing)
            return missing;
        if (await ApplyAsync(pattern!, input, actor, ct) is not { } errors)
            return Result<Pattern>.NotFound();
        if (errors.Any)
            return Result<Pattern>.Invalid(errors);
        return await db.SaveVersionedAsync(pattern!, input.Version!.Value, pattern!, ct);
    }

    public Task<Result<bool>> DeletePatternAsync(Guid approachId, Guid patternId, Actor actor, CancellationToken ct = default) => DeleteAsync<Pattern>(approachId, patternId, actor, ct);

    /// <summary>Null when a linked record is not one of this approach (404).</summary>
    private async Task<ValidationErrors?> ApplyAsync(Pattern pattern, PatternInput input, Actor actor, CancellationToken ct)
    {
        var conversationIds = input.ConversationIds.Distinct().ToList();
        var eventIds = input.TimelineEventIds.Distinct().ToList();
        var themeIds = input.ThemeIds.Distinct().ToList();
        if (conversationIds.Count > 0 && !await approaches.CanAsync(pattern.ApproachId, actor, ApproachPermission.ViewStories, ct))
            return null;
        if (await db.Set<Conversation>().CountAsync(c => c.ApproachId == pattern.ApproachId && conversationIds.Contains(c.Id), ct) != conversationIds.Count
            || await db.Set<TimelineEvent>().CountAsync(e => e.ApproachId == pattern.ApproachId && eventIds.Contains(e.Id), ct) != eventIds.Count
            || await db.Set<Theme>().CountAsync(t => t.ApproachId == pattern.ApproachId && themeIds.Contains(t.Id), ct) != themeIds.Count)
            return null;
        var errors = new ValidationErrors();
        var statement = ConversationService.Text(errors, nameof(PatternInput.Statement), input.Statement, 1000);
        if (statement.Length == 0)
            errors.Add(nameof(PatternInput.Statement), "Beschrijf het patroon in een zin, bijvoorbeeld 'Bewoners melden niets omdat ze niet horen wat er met meldingen gebeurt'.");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(PatternInput.Kind), "Kies of het een positief of een vastgelopen patroon is.");
        if (conversationIds.Count + eventIds.Count + themeIds.Count == 0)
            errors.Add(nameof(PatternInput.ThemeIds), "Koppel minstens één gesprek, gebeurtenis of thema dat het patroon onderbouwt.");
        if (errors.Any)
            return errors;
        pattern.Statement = statement;
        pattern.Kind = input.Kind!.Value;
        pattern.Evidence =
        [
            .. conversationIds.Select(id => new PatternEvidence { Kind = EvidenceKind.Gesprek, RecordId = id }),
            .. eventIds.Select(id => new PatternEvidence { Kind = EvidenceKind.Tijdlijn, RecordId = id }),
            .. themeIds.Select(id => new PatternEvidence { Kind = EvidenceKind.Thema, RecordId = id }),
        ];
        return errors;
    }

    public async Task<Result<Page<ThemeSession>>> ListSessionsAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<ThemeSession>>.Denied(access);
        var query = db.Set<ThemeSession>().AsNoTracking().Where(s => s.ApproachId == approachId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(s => s.Date).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return Result<Page<ThemeSession>>.Ok(new Page<ThemeSession>(items, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<ThemeSession>> GetSessionAsync(Guid approachId, Guid sessionId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<ThemeSession>.Denied(access);
        var session = await db.Set<ThemeSession>().AsNoTracking().FirstOrDefaultAsync(s => s.ApproachId == approachId && s.Id == sessionId, ct);
        return session is null ? Result<ThemeSession>.NotFound() : Result<ThemeSession>.Ok(session);
    }

    public async Task<Result<ThemeSession>> CreateSessionAsync(Guid approachId, SessionInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<ThemeSession>.Denied(access);
        var session = new ThemeSession { ApproachId = approachId };
        if (await ApplyAsync(session, input, ct) is not { } errors)
            return Result<ThemeSession>.NotFound();
        if (errors.Any)
            return Result<ThemeSession>.Invalid(errors);
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return Result<ThemeSession>.Ok(session);
    }

    public async Task<Result<ThemeSession>> UpdateSessionAsync(Guid approachId, Guid sessionId, SessionInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (session, denied) = await FindForChangeAsync<ThemeSession>(approachId, sessionId, actor, ct);
        if (denied is not null)
            return Result<ThemeSession>.Denied(denied.Value);
        if (VersionedSave.MissingVersionResult<ThemeSession>(input.Version) is { } missing)
            return missing;
        if (await ApplyAsync(session!, input, ct) is not { } errors)
            return Result<ThemeSession>.NotFound();
        if (errors.Any)
            return Result<ThemeSession>.Invalid(errors);
        return await db.SaveVersionedAsync(session!, input.Version!.Value, session!, ct);
    }

    public Task<Result<bool>> DeleteSessionAsync(Guid approachId, Guid sessionId, Actor actor, CancellationToken ct = default) => DeleteAsync<ThemeSession>(approachId, sessionId, actor, ct);

    private async Task<ValidationErrors?> ApplyAsync(ThemeSession session, SessionInput input, CancellationToken ct)
    {
        var themeIds = input.PrioritisedThemeIds.Distinct().ToList();
        if (await db.Set<Theme>().CountAsync(t => t.ApproachId == session.ApproachId && themeIds.Contains(t.Id), ct) != themeIds.Count)
            return null;
        var errors = new ValidationErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(SessionInput.Kind), "Kies het soort bijeenkomst.");
        if (input.Date is not { } date)
            errors.Add(nameof(SessionInput.Date), "Vul de datum van de bijeenkomst in.");
        else
            PlausibleDates.Validate(errors, nameof(SessionInput.Date), date, DateMeaning.Happened, PlausibleDates.Today(time));
        var groups = ConversationService.Text(errors, nameof(SessionInput.AttendingGroups), input.AttendingGroups, 500);
        var contributions = ConversationService.Text(errors, nameof(SessionInput.Contributions), input.Contributions, 2000);
        var notes = ConversationService.Text(errors, nameof(SessionInput.Notes), input.Notes, 2000);
        if (errors.Any)
            return errors;
        session.Kind = input.Kind!.Value;
        session.Date = input.Date!.Value;
        session.AttendingGroups = groups;
        session.PrioritisedThemeIds = themeIds;
        session.Contributions = contributions;
        session.Notes = notes;
        return errors;
    }

    private async Task<(T? Record, ResultStatus? Denied)> FindForChangeAsync<T>(Guid approachId, Guid id, Actor actor, CancellationToken ct)
        where T : class, IApproachScoped, IAudited
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return (null, access);
        var record = await db.Set<T>().FirstOrDefaultAsync(r => r.ApproachId == approachId && r.Id == id, ct);
        if (record is null)
            return (null, ResultStatus.NotFound);
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return (null, ResultStatus.Forbidden);
        return (record, null);
    }

    private async Task<Result<bool>> DeleteAsync<T>(Guid approachId, Guid id, Actor actor, CancellationToken ct)
        where T : class, IApproachScoped, IAudited
    {
        var (record, denied) = await FindForChangeAsync<T>(approachId, id, actor, ct);
        if (denied is not null)
            return Result<bool>.Denied(denied.Value);
        db.Remove(record!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }
}
