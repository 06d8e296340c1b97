using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Conversations;

/// <summary>
/// One row of the reach overview: a group, a work form or a place, how often it was heard (conversations) and seen
/// (observations), and when last. Null counts: not applicable (no partner category for the group, or work forms that
/// observations do not have).
/// </summary>
public sealed record ReachRow(string Label, int? Heard, DateOnly? LastHeard, int? Seen, DateOnly? LastSeen)
{
    /// <summary>Nobody of this group or place has been heard yet (where hearing applies).</summary>
    public bool NotHeard => Heard == 0;

    /// <summary>The status in plain Dutch, for the table and for screen readers.</summary>
    public string Status => (Heard, Seen) switch
    {
        ( > 0, > 0) => "Gehoord en gezien",
        ( > 0, 0) => "Gehoord, nog niet gezien",
        (0, > 0) => "Gezien, nog niet gehoord",
        (0, 0) => "Nog niet bereikt",
        ( > 0, null) => "Gehoord",
        (0, null) => "Nog niet gehoord",
        (null, > 0) => "Gezien (geen soort gesprekspartner)",
        _ => "Nog niet gezien",
    };
}

/// <summary>The reach of an approach: which groups, work forms and places were heard and seen, and which not yet.</summary>
public sealed record ReachOverview(
    IReadOnlyList<ReachRow> Groups, IReadOnlyList<ReachRow> Settings, IReadOnlyList<ReachRow> Places,
    int Conversations, int Observations, int ConversationsWithoutPlace, int ObservationsWithoutPlaceName)
{
    /// <summary>The groups and places not heard yet: the "reach-gap list" (003: input "zo breed mogelijk").</summary>
    public IReadOnlyList<ReachRow> Gaps => [.. Groups.Where(g => g.NotHeard), .. Places.Where(p => p.NotHeard)];
}

/// <summary>
/// Reach (issue 11 §3): from conversations (heard) and observations (seen), which groups and places the team has
/// reached and whom it is missing. Only counts, no content; readable by those who may read conversations
/// (<see cref="ApproachPermission.ViewStories"/>), and the read is audited because it summarises them.
/// </summary>
public sealed class ReachService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, ObservationCatalog catalog)
{
    /// <summary>The observation group that matches a conversation partner category (content/observations.yaml ids).</summary>
    public static readonly IReadOnlyDictionary<PartnerCategory, string?> ObservedGroupOf = new Dictionary<PartnerCategory, string?>
    {
        [PartnerCategory.Bewoner] = "bewoners",
        [PartnerCategory.Jongere] = "jongeren",
        [PartnerCategory.Ouder] = "ouders-met-kinderen",
        [PartnerCategory.Ondernemer] = "ondernemers",
        [PartnerCategory.Professional] = "professionals",
        [PartnerCategory.Sleutelpersoon] = null,
    };

    public async Task<Result<ReachOverview>> GetAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<ReachOverview>.Denied(access);
        var talks = await db.Set<Conversation>().AsNoTracking().Where(c => c.ApproachId == approachId)
            .Select(c => new { c.Date, c.Place, c.Setting, c.PartnerCategory }).ToListAsync(ct);
        var seen = await db.Set<Observation>().AsNoTracking().Where(o => o.ApproachId == approachId)
            .Select(o => new { o.ObservedOn, o.PlaceName, o.Groups }).ToListAsync(ct);
        var observedGroups = seen.SelectMany(o => ObservationCodec.DecodeGroups(o.Groups).Select(g => (g.Category, o.ObservedOn))).ToList();

        var groups = new List<ReachRow>();
        foreach (var category in Enum.GetValues<PartnerCategory>())
        {
            var heard = talks.Where(t => t.PartnerCategory == category).Select(t => t.Date).ToList();
            var groupId = ObservedGroupOf.GetValueOrDefault(category);
            var label = groupId is null ? (category == PartnerCategory.Sleutelpersoon ? "Sleutelpersonen" : ConversationLabels.For(category)) : catalog.GroupLabel(groupId);
            var seenDates = groupId is null ? null : observedGroups.Where(g => g.Category == groupId).Select(g => g.ObservedOn).ToList();
            groups.Add(new ReachRow(label, heard.Count, Max(heard), seenDates?.Count, seenDates is null ? null : Max(seenDates)));
        }

        foreach (var group in catalog.Groups.Where(g => !ObservedGroupOf.Values.Contains(g.Id)))
        {
            var seenDates = observedGroups.Where(g => g.Category == group.Id).Select(g => g.ObservedOn).ToList();
            groups.Add(new ReachRow(group.Label, null, null, seenDates.Count, Max(seenDates)));
        }

        var settings = Enum.GetValues<ConversationSetting>().Select(s =>
        {
            var dates = talks.Where(t => t.Setting == s).Select(t => t.Date).ToList();
            return new ReachRow(ConversationLabels.For(s), dates.Count, Max(dates), null, null);
        }).ToList();

        // Places by name, case and spacing ignored; shown as first written.
        var places = new Dictionary<string, (string Label, List<DateOnly> Heard, List<DateOnly> Seen)>(StringComparer.OrdinalIgnoreCase);
        (string Label, List<DateOnly> Heard, List<DateOnly> Seen) Place(string name)
        {
            var key = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (!places.TryGetValue(key, out var entry))
                places[key] = entry = (key, [], []);
            return entry;
        }

        foreach (var t in talks.Where(t => !string.IsNullOrWhiteSpace(t.Place)))
            Place(t.Place).Heard.Add(t.Date);
        foreach (var o in seen.Where(o => !string.IsNullOrWhiteSpace(o.PlaceName)))
            Place(o.PlaceName).Seen.Add(o.ObservedOn);
        var placeRows = places.Values
            .Select(p => new ReachRow(p.Label, p.Heard.Count, Max(p.Heard), p.Seen.Count, Max(p.Seen)))
            .OrderBy(p => p.Heard > 0 ? 1 : 0).ThenBy(p => p.Label, StringComparer.CurrentCultureIgnoreCase).ToList();

        await audit.RecordViewAsync(actor, nameof(Conversation), null, approachId, $"Bereik bekeken ({talks.Count} gesprekken, {seen.Count} waarnemingen)", ct);
        return Result<ReachOverview>.Ok(new ReachOverview(groups, settings, placeRows, talks.Count, seen.Count,
            talks.Count(t => string.IsNullOrWhiteSpace(t.Place)), seen.Count(o => string.IsNullOrWhiteSpace(o.PlaceName))));
    }

    private static DateOnly? Max(List<DateOnly> dates) => dates.Count == 0 ? null : dates.Max();
}
