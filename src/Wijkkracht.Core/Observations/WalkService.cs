using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Observations;

/// <summary>Input for a walk (form and API).</summary>
public sealed class WalkInput
{
    public DateOnly? WalkedOn { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    /// <summary>Other members of the approach who walked along (the recorder always takes part).</summary>
    public List<Guid> Participants { get; set; } = [];

    /// <summary>Participants outside the approach, without names ("drie bewoners").</summary>
    public string? OtherParticipants { get; set; }

    public string? Route { get; set; }

    /// <summary>Named places passed, from the places of the approach's observations.</summary>
    public List<string> Places { get; set; } = [];

    public string? Summary { get; set; }

    /// <summary>Saves text that looks like it names a person or an address after the warning.</summary>
    public bool ConfirmPossibleNames { get; set; }

    public Guid? Version { get; set; }

    public static WalkInput From(Walk w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new()
        {
            WalkedOn = w.WalkedOn,
            StartTime = w.StartTime,
            EndTime = w.EndTime,
            Participants = [.. ObservationCodec.DecodeIds(w.ParticipantUserIds)],
            OtherParticipants = w.OtherParticipants,
            Route = w.Route,
            Places = [.. ObservationCodec.Split(w.Places)],
            Summary = w.Summary,
            Version = w.Version,
        };
    }
}

/// <summary>A walk as one reader may see it: the summary only for the core team and the participants.</summary>
public sealed record WalkView(Walk Walk, bool SummaryVisible, bool CanChange, int ObservationCount);

/// <summary>
/// Walks (schouwen) of an approach, with the same rules as observations: every member may record one; every member
/// sees when, who (members and "drie bewoners") and which route; the summary is for the core team and the
/// participants; participants and members with edit rights change or delete it. Changes are audited through
/// <see cref="IAudited"/>, reads of a walk (it names the members who took part) with a view event.
/// </summary>
public sealed class WalkService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, TimeProvider time)
{
    public const string NotYours = "Alleen wie meeliep, of het kernteam, kan deze schouw wijzigen of verwijderen.";

    public async Task<Result<Page<WalkView>>> ListAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<Page<WalkView>>.NotFound();
        var query = db.Set<Walk>().AsNoTracking().Where(w => w.ApproachId == approachId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(w => w.WalkedOn).ThenByDescending(w => w.StartTime).ThenBy(w => w.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var views = await ViewsAsync(items, access, ct);
        return Result<Page<WalkView>>.Ok(new Page<WalkView>(views, page.PageNumber, page.PageSize, total));
    }

    /// <summary>The most recent walks (for the observation form's pick list and the step pages).</summary>
    public async Task<List<WalkView>> RecentAsync(Guid approachId, Actor actor, int count, CancellationToken ct = default)
    {
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return [];
        var items = await db.Set<Walk>().AsNoTracking().Where(w => w.ApproachId == approachId)
            .OrderByDescending(w => w.WalkedOn).ThenByDescending(w => w.StartTime).ThenBy(w => w.Id).Take(count).ToListAsync(ct);
        return await ViewsAsync(items, access, ct);
    }

    public async Task<Result<WalkView>> GetAsync(Guid approachId, Guid walkId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<WalkView>.NotFound();
        var walk = await db.Set<Walk>().AsNoTracking().FirstOrDefaultAsync(w => w.ApproachId == approachId && w.Id == walkId, ct);
        if (walk is null)
            return Result<WalkView>.NotFound();
        await audit.RecordViewAsync(actor, nameof(Walk), walk.Id.ToString(), approachId, $"Schouw van {walk.WalkedOn:d-M-yyyy} bekeken", ct);
        return Result<WalkView>.Ok((await ViewsAsync([walk], access, ct))[0]);
    }

    /// <summary>The observations made on a walk, in time order (free text as the reader may see it).</summary>
    public async Task<Result<List<ObservationView>>> ObservationsAsync(Guid approachId, Guid walkId, Actor actor, ObservationService observations, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null || !await db.Set<Walk>().AnyAsync(w => w.ApproachId == approachId && w.Id == walkId, ct))
            return Result<List<ObservationView>>.NotFound();
        var all = await observations.SelectAsync(approachId, new ObservationFilter { Walk = walkId }, actor, ct);
        return all.IsOk ? Result<List<ObservationView>>.Ok([.. all.Value!.OrderBy(v => v.Observation.ObservedOn).ThenBy(v => v.Observation.ObservedAt)]) : Result<List<ObservationView>>.NotFound();
    }

    public async Task<Result<Walk>> CreateAsync(Guid approachId, WalkInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<Walk>.NotFound();
        if (!ObservationService.CanRecord(access))
            return Result<Walk>.Forbidden("Alleen leden van deze aanpak kunnen een schouw vastleggen.");
        var walk = new Walk { ApproachId = approachId, RecordedByUserId = actor.UserId };
        var errors = await ApplyAsync(walk, input, actor, ct);
        if (errors.Any)
            return Result<Walk>.Invalid(errors);
        db.Add(walk);
        await db.SaveChangesAsync(ct);
        return Result<Walk>.Ok(walk);
    }

    public async Task<Result<Walk>> UpdateAsync(Guid approachId, Guid walkId, WalkInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<Walk>.NotFound();
        var walk = await db.Set<Walk>().FirstOrDefaultAsync(w => w.ApproachId == approachId && w.Id == walkId, ct);
        if (walk is null)
            return Result<Walk>.NotFound();
        if (!CanChange(walk, access))
            return Result<Walk>.Forbidden(NotYours);
        if (VersionedSave.MissingVersionResult<Walk>(input.Version) is { } missingVersion)
            return missingVersion;
        var errors = await ApplyAsync(walk, input, actor, ct);
        if (errors.Any)
            return Result<Walk>.Invalid(errors);
        return await db.SaveVersionedAsync(walk, input.Version!.Value, walk, ct);
    }

    /// <summary>Deletes a walk; its observations stay, without the link (each change audited).</summary>
    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid walkId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<bool>.NotFound();
        var walk = await db.Set<Walk>().FirstOrDefaultAsync(w => w.ApproachId == approachId && w.Id == walkId, ct);
        if (walk is null)
            return Result<bool>.NotFound();
        if (!CanChange(walk, access))
            return Result<bool>.Forbidden(NotYours);
        foreach (var o in await db.Set<Observation>().Where(o => o.ApproachId == approachId && o.WalkId == walkId).ToListAsync(ct))
            o.WalkId = null;
        db.Remove(walk);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Participants (the recorder and the others) and members with edit rights change a walk.</summary>
    public static bool CanChange(Walk walk, ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(walk);
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit) || IsParticipant(walk, access.Actor.UserId);
    }

    public static bool IsParticipant(Walk walk, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(walk);
        return walk.RecordedByUserId == userId || ObservationCodec.DecodeIds(walk.ParticipantUserIds).Contains(userId);
    }

    /// <summary>The named places of the approach so far (from its observations and walks), for the pick list.</summary>
    public async Task<List<string>> KnownPlacesAsync(Guid approachId, CancellationToken ct = default)
    {
        var names = await db.Set<Observation>().AsNoTracking().Where(o => o.ApproachId == approachId && o.PlaceName != "")
            .Select(o => o.PlaceName).Distinct().Take(200).ToListAsync(ct);
        return [.. names.Order(StringComparer.CurrentCulture)];
    }

    private async Task<List<WalkView>> ViewsAsync(List<Walk> walks, ApproachAccess access, CancellationToken ct)
    {
        if (walks.Count == 0)
            return [];
        var ids = walks.Select(w => (Guid?)w.Id).ToList();
        var counts = await db.Set<Observation>().AsNoTracking().Where(o => o.ApproachId == access.ApproachId && ids.Contains(o.WalkId))
            .GroupBy(o => o.WalkId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var visibility = await approaches.VisibilityAsync(access.ApproachId, access.Actor, ct);
        return walks.Select(w =>
        {
            var visible = visibility.CoreTeam || IsParticipant(w, access.Actor.UserId);
            if (!visible)
                w.Summary = "";
            return new WalkView(w, visible, CanChange(w, access), counts.FirstOrDefault(c => c.Key == w.Id)?.Count ?? 0);
        }).ToList();
    }

    private async Task<ValidationErrors> ApplyAsync(Walk walk, WalkInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.WalkedOn is not { } date)
            errors.Add(nameof(WalkInput.WalkedOn), "Vul de datum van de schouw in.");
        else
            PlausibleDates.Validate(errors, nameof(WalkInput.WalkedOn), date, DateMeaning.Happened, PlausibleDates.Today(time));
        if (input.StartTime is null)
            errors.Add(nameof(WalkInput.StartTime), "Vul de begintijd in, bijvoorbeeld 19:30.");
        else if (input.EndTime is { } end && end <= input.StartTime.Value)
            errors.Add(nameof(WalkInput.EndTime), "De eindtijd ligt vóór de begintijd. Vul een eindtijd na de begintijd in, of laat het veld leeg.");

        string Text(string field, string? value, int max)
        {
            var text = TextInput.Clean(value?.Trim() ?? "");
            if (text.Length > max)
                errors.Add(field, $"Maximaal {max} tekens.");
            return text;
        }

        var others = Text(nameof(WalkInput.OtherParticipants), input.OtherParticipants, 200);
        var route = Text(nameof(WalkInput.Route), input.Route, 2000);
        var summary = Text(nameof(WalkInput.Summary), input.Summary, 4000);
        if (route.Length == 0)
            errors.Add(nameof(WalkInput.Route), "Beschrijf de route, bijvoorbeeld 'Van het buurthuis via de Parklaan naar het Europaplein'.");

        var places = (input.Places ?? []).Select(p => TextInput.Clean(p?.Trim() ?? "")).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (places.Count > 30)
            errors.Add(nameof(WalkInput.Places), "Kies hoogstens dertig plekken.");
        else if (places.Count > 0)
        {
            var known = new HashSet<string>(await KnownPlacesAsync(walk.ApproachId, ct), StringComparer.Ordinal);
            known.UnionWith(ObservationCodec.Split(walk.Places));
            var unknown = places.Where(p => !known.Contains(p) || p.Contains('|', StringComparison.Ordinal)).ToList();
            if (unknown.Count > 0)
                errors.Add(nameof(WalkInput.Places), $"Onbekende plek '{unknown[0]}'. Kies plekken uit de lijst; een nieuwe plek beschrijft u in de route.");
        }

        var participants = (input.Participants ?? []).Where(id => id != Guid.Empty && id != walk.RecordedByUserId).Distinct().ToList();
        if (participants.Count > 20)
            errors.Add(nameof(WalkInput.Participants), "Kies hoogstens twintig deelnemers.");
        else if (participants.Count > 0)
        {
            var members = await db.ApproachMembers.AsNoTracking()
                .Where(m => m.ApproachId == walk.ApproachId && participants.Contains(m.UserId) && m.User!.IsActive && m.User.OrganisationId == actor.OrganisationId)
                .Select(m => m.UserId).ToListAsync(ct);
            if (members.Count != participants.Count)
                errors.Add(nameof(WalkInput.Participants), "Kies deelnemers die lid zijn van deze aanpak.");
        }

        var hits = new[] { others, route, summary }.SelectMany(NameDetector.Find).Distinct(StringComparer.Ordinal).ToList();
        if (hits.Count > 0 && !input.ConfirmPossibleNames && !errors.Any)
            errors.Add(nameof(WalkInput.ConfirmPossibleNames), NameDetector.Warning(hits));
        if (errors.Any)
            return errors;

        walk.WalkedOn = input.WalkedOn!.Value;
        walk.StartTime = input.StartTime!.Value;
        walk.EndTime = input.EndTime;
        walk.ParticipantUserIds = ObservationCodec.EncodeList(participants.Select(id => id.ToString()));
        walk.OtherParticipants = others;
        walk.Route = route;
        walk.Places = ObservationCodec.EncodeList(places);
        walk.Summary = summary;
        return errors;
    }
}
