using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Safety;

/// <summary>Input for a check-in. <see cref="Subject"/> is "u:{user id}" for a network member or "a:{actor id}" for a person in the register.</summary>
public sealed class CheckInInput
{
    public string? Subject { get; set; }

    public DateOnly? On { get; set; }

    public string? HowAreYou { get; set; }

    public bool UnsafeSituation { get; set; }

    public bool Incident { get; set; }

    public bool Threatened { get; set; }

    public string? Notes { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>An active resident one can check in with: a network member of the approach or a person in the register.</summary>
public sealed record CheckInSubject(string Key, string Name, bool IsMember, DateOnly? LastOn, string? LastByName);

/// <summary>A check-in as the reader may see it: the answers only for the author, the safety contacts and the coordinators.</summary>
public sealed record CheckInView(CheckIn CheckIn, string SubjectName, string ByName, bool ShowsAnswers, string HowAreYou, string Notes);

/// <summary>
/// Check-ins with active residents (issue 14 §4, the guide's "Open dialoog": "Vraag regelmatig hoe mensen zich voelen.
/// Hebben zich situaties voorgedaan waar iemand zich onveilig voelde? Hebben zich incidenten voorgedaan? Is iemand
/// bedreigd?"). The core team records them and sees who was checked in with when; the answers (encrypted at rest) are
/// read only by the author, the safety contacts and the coordinators. Lists the active residents not checked in with
/// for a number of weeks.
/// </summary>
public sealed class CheckInService(WijkkrachtDbContext db, ApproachService approaches, SafetyReportService reports, AuditService audit, SensitiveText sensitive, TimeProvider time)
{
    public static string MemberKey(Guid userId) => "u:" + userId.ToString();

    public static string ActorKey(Guid actorId) => "a:" + actorId.ToString();

    public static bool CanRecord(ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit);
    }

    /// <summary>
    /// The active residents of the approach with their last check-in: its network members and the persons in the register
    /// who are a member of the network (a "lid sinds" date), protected persons pseudonymised as the network rules say.
    /// </summary>
    public async Task<Result<List<CheckInSubject>>> SubjectsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var (status, network) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok || await approaches.ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<List<CheckInSubject>>.NotFound();
        if (!CanRecord(access))
            return Result<List<CheckInSubject>>.Forbidden("Alleen het kernteam houdt bij hoe het met actieve bewoners gaat.");
        var members = await db.ApproachMembers.Where(m => m.ApproachId == approachId && m.Role == ApproachRole.Netwerklid)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var persons = network!.SeesRegister
            ? await db.Set<NetworkActor>().AsNoTracking().Where(a => a.ApproachId == approachId && a.Kind == ActorKind.Persoon && a.MemberSince != null).ToListAsync(ct)
            : [];
        var last = await db.Set<CheckIn>().AsNoTracking().Where(c => c.ApproachId == approachId)
            .Select(c => new { c.MemberUserId, c.ActorId, c.On, c.ByUserId, c.CreatedAt }).ToListAsync(ct);
        var byIds = last.Select(c => c.ByUserId).Distinct().ToList();
        var names = await db.Users.Where(u => byIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        CheckInSubject Subject(string key, string name, bool member, Func<Guid?, Guid?, bool> match)
        {
            var latest = last.Where(c => match(c.MemberUserId, c.ActorId)).OrderByDescending(c => c.On).ThenByDescending(c => c.CreatedAt).FirstOrDefault();
            return new CheckInSubject(key, name, member, latest?.On, latest is null ? null : names.GetValueOrDefault(latest.ByUserId));
        }

        var subjects = members.Select(m => Subject(MemberKey(m.Id), m.DisplayName, true, (u, _) => u == m.Id))
            .Concat(persons.Select(p => Subject(ActorKey(p.Id), network.View(p).Actor.DisplayName, false, (_, a) => a == p.Id)))
            .OrderBy(s => s.LastOn ?? DateOnly.MinValue).ThenBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        return Result<List<CheckInSubject>>.Ok(subjects);
    }

    /// <summary>The active residents without a check-in in the last <paramref name="weeks"/> weeks (or never).</summary>
    public async Task<Result<List<CheckInSubject>>> OverdueAsync(Guid approachId, int weeks, Actor actor, CancellationToken ct = default)
    {
        var all = await SubjectsAsync(approachId, actor, ct);
        if (!all.IsOk)
            return all;
        var since = PlausibleDates.Today(time).AddDays(-7 * Math.Clamp(weeks, 1, 104));
        return Result<List<CheckInSubject>>.Ok(all.Value!.Where(s => s.LastOn is null || s.LastOn < since).ToList());
    }

    public async Task<Result<List<CheckInView>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<List<CheckInView>>.NotFound();
        if (!CanRecord(access))
            return Result<List<CheckInView>>.Forbidden("Alleen het kernteam ziet de check-ins.");
        var rights = (await reports.RightsAsync(approachId, actor, ct))!;
        var items = await db.Set<CheckIn>().AsNoTracking().Where(c => c.ApproachId == approachId).OrderByDescending(c => c.On).ThenByDescending(c => c.CreatedAt).Take(500).ToListAsync(ct);
        var views = await ViewsAsync(approachId, items, rights, actor, ct);
        if (views.Any(v => v.ShowsAnswers))
            await audit.RecordViewAsync(actor, nameof(CheckIn), null, approachId, "Check-ins met actieve bewoners bekeken", ct);
        return Result<List<CheckInView>>.Ok(views);
    }

    public async Task<Result<CheckInView>> GetAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !CanRecord(access))
            return Result<CheckInView>.NotFound();
        var rights = (await reports.RightsAsync(approachId, actor, ct))!;
        if (await db.Set<CheckIn>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.ApproachId == approachId, ct) is not { } item)
            return Result<CheckInView>.NotFound();
        var view = (await ViewsAsync(approachId, [item], rights, actor, ct))[0];
        if (view.ShowsAnswers)
            await audit.RecordViewAsync(actor, nameof(CheckIn), id.ToString(), approachId, "Check-in met een actieve bewoner bekeken", ct);
        return Result<CheckInView>.Ok(view);
    }

    private async Task<List<CheckInView>> ViewsAsync(Guid approachId, List<CheckIn> items, SafetyRights rights, Actor actor, CancellationToken ct)
    {
        var subjects = (await SubjectsAsync(approachId, actor, ct)).Value ?? [];
        var names = subjects.ToDictionary(s => s.Key, s => s.Name, StringComparer.Ordinal);
        var byIds = items.Select(c => c.ByUserId).Distinct().ToList();
        var users = await db.Users.Where(u => byIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return items.Select(c =>
        {
            var key = c.MemberUserId is { } u ? MemberKey(u) : ActorKey(c.ActorId!.Value);
            var shows = rights.FollowsUp || c.ByUserId == actor.UserId;
            return new CheckInView(c, names.GetValueOrDefault(key, "Persoon niet meer in het netwerk"), users.GetValueOrDefault(c.ByUserId, "onbekend"), shows,
                shows ? sensitive.Unprotect(c.HowAreYouProtected) : "", shows ? sensitive.Unprotect(c.NotesProtected) : "");
        }).ToList();
    }

    public async Task<Result<CheckIn>> CreateAsync(Guid approachId, CheckInInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<CheckIn>.NotFound();
        if (!CanRecord(access))
            return Result<CheckIn>.Forbidden("Alleen het kernteam legt check-ins vast.");
        var record = new CheckIn { ApproachId = approachId, ByUserId = actor.UserId };
        var errors = await ApplyAsync(record, input, actor, ct);
        if (errors.Any)
            return Result<CheckIn>.Invalid(errors);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Result<CheckIn>.Ok(record);
    }

    /// <summary>Only the author changes a check-in (the answers are theirs to correct).</summary>
    public async Task<Result<CheckIn>> UpdateAsync(Guid approachId, Guid id, CheckInInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !CanRecord(access)
            || await db.Set<CheckIn>().FirstOrDefaultAsync(c => c.Id == id && c.ApproachId == approachId, ct) is not { } record)
            return Result<CheckIn>.NotFound();
        if (record.ByUserId != actor.UserId)
            return Result<CheckIn>.Forbidden("Alleen wie de check-in deed, kan hem wijzigen.");
        if (VersionedSave.MissingVersionResult<CheckIn>(input.Version) is { } missing)
            return missing;
        var errors = await ApplyAsync(record, input, actor, ct);
        if (errors.Any)
            return Result<CheckIn>.Invalid(errors);
        return await db.SaveVersionedAsync(record, input.Version!.Value, record, ct);
    }

    private async Task<ValidationErrors> ApplyAsync(CheckIn record, CheckInInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var subjects = (await SubjectsAsync(record.ApproachId, actor, ct)).Value ?? [];
        var key = (input.Subject ?? "").Trim();
        if (key.Length == 0)
            errors.Add(nameof(CheckInInput.Subject), "Kies met wie u sprak.");
        else if (!subjects.Any(s => s.Key == key))
            errors.Add(nameof(CheckInInput.Subject), "Kies een netwerklid of een persoon uit het netwerk van deze aanpak.");
        if (input.On is null)
            errors.Add(nameof(CheckInInput.On), "Vul de datum van het gesprek in.");
        PlausibleDates.Validate(errors, nameof(CheckInInput.On), input.On, DateMeaning.Happened, PlausibleDates.Today(time));
        var how = ActionText.Required(errors, nameof(CheckInInput.HowAreYou), input.HowAreYou, SafetyDefaults.Long, "Schrijf kort op hoe het met de bewoner gaat.");
        var notes = ActionText.Optional(errors, nameof(CheckInInput.Notes), input.Notes, SafetyDefaults.Long);
        if (errors.Any)
            return errors;
        var id = Guid.Parse(key[2..], System.Globalization.CultureInfo.InvariantCulture);
        record.MemberUserId = key.StartsWith("u:", StringComparison.Ordinal) ? id : null;
        record.ActorId = key.StartsWith("a:", StringComparison.Ordinal) ? id : null;
        record.On = input.On!.Value;
        record.HowAreYouProtected = sensitive.Protect(how);
        record.UnsafeSituation = input.UnsafeSituation;
        record.Incident = input.Incident;
        record.Threatened = input.Threatened;
        record.NotesProtected = sensitive.Protect(notes);
        return errors;
    }
}
