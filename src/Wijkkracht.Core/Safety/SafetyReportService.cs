using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Notifications;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Safety;

/// <summary>Input for a report of a threat or incident.</summary>
public sealed class SafetyReportInput
{
    public SafetyReportKind? Kind { get; set; }

    public DateOnly? HappenedOn { get; set; }

    public string? WhatHappened { get; set; }

    public string? Where { get; set; }

    public SafetyFeeling? Feeling { get; set; }

    public PoliceAware? PoliceAware { get; set; }

    public ContactPreference? ContactPreference { get; set; }

    public string? ContactDetails { get; set; }

    public bool OnBehalfOf { get; set; }

    public string? OnBehalfOfWho { get; set; }
}

/// <summary>Input for a step in the follow-up.</summary>
public sealed class FollowUpInput
{
    public DateOnly? On { get; set; }

    public FollowUpKind? Kind { get; set; }

    public string? Text { get; set; }
}

/// <summary>Input for closing a report: the evaluation of the follow-up.</summary>
public sealed class CloseReportInput
{
    public string? Evaluation { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>Input for the safety contacts of an approach.</summary>
public sealed class SafetySetupInput
{
    public Guid? ResponsibleUserId { get; set; }

    public Guid? PoliceContactUserId { get; set; }

    public int? FirstContactHours { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>Input for linking a report to a person in the network register, or lowering that person's protection.</summary>
public sealed class ReportPersonInput
{
    public Guid? ActorId { get; set; }

    public ProtectionLevel? Protection { get; set; }
}

/// <summary>What the reporter (and only the reporter) sees of their own report after sending it: never more than its status.</summary>
public sealed record SafetyReportStatusView(Guid Id, SafetyReportKind Kind, DateOnly HappenedOn, DateTimeOffset ReportedAt, SafetyReportStatus Status, bool FirstContactMade);

/// <summary>One step of the follow-up, decrypted, for a safety contact or coordinator.</summary>
public sealed record FollowUpView(Guid Id, DateOnly On, FollowUpKind Kind, string Text, string ByName, DateTimeOffset CreatedAt);

/// <summary>A whole report, decrypted, for a safety contact or coordinator.</summary>
public sealed record SafetyReportView(
    SafetyReport Report,
    string WhatHappened,
    string Where,
    string ContactDetails,
    string OnBehalfOfWho,
    string Evaluation,
    string ReporterName,
    IReadOnlyList<FollowUpView> FollowUps,
    string? ConcernsActorName,
    ProtectionLevel? ConcernsActorProtection,
    bool FirstContactOverdue);

/// <summary>A report in the list of a safety contact or coordinator (no free text).</summary>
public sealed record SafetyReportListItem(SafetyReport Report, string ReporterName, bool FirstContactOverdue);

/// <summary>The safety contacts of an approach with their names.</summary>
public sealed record SafetySetupView(SafetySetup? Setup, string? ResponsibleName, string? PoliceContactName)
{
    public int FirstContactHours => Setup?.FirstContactHours ?? SafetyDefaults.FirstContactHours;
}

/// <summary>What one reader may do with safety reports in one approach.</summary>
public sealed record SafetyRights(ApproachAccess Access, SafetySetup? Setup)
{
    public Guid UserId => Access.Actor.UserId;

    /// <summary>The organisation's coordinators (account kind Coördinator) see and follow up every report.</summary>
    public bool IsCoordinator => Access.Actor.Role == OrgRole.Coordinator;

    public bool IsSafetyContact => Setup is { } s && (s.ResponsibleUserId == UserId || s.PoliceContactUserId == UserId);

    /// <summary>Reads whole reports and writes the follow-up: the safety contacts and the coordinators.</summary>
    public bool FollowsUp => IsSafetyContact || IsCoordinator;

    /// <summary>Names the safety contacts: those who manage the approach, and the coordinators.</summary>
    public bool ManagesContacts => IsCoordinator || Access.Has(ApproachPermission.ManageMembers);

    /// <summary>Everyone who can see the approach can report.</summary>
    public bool CanReport => Access.Has(ApproachPermission.View);
}

/// <summary>
/// Reports of threats and incidents and their follow-up (issue 14 §1–2). Everyone in an approach can report; a report is
/// readable only by its reporter (status only), the approach's safety contacts and the organisation's coordinators —
/// others get "not found", and reports never appear in exports or general reports. New reports notify the safety
/// contacts without their content; a missed first-contact deadline escalates to the coordinators
/// (<see cref="SafetyDeadlineService"/>). The free text is encrypted at rest (<see cref="SensitiveText"/>).
/// </summary>
public sealed class SafetyReportService(
    WijkkrachtDbContext db, ApproachService approaches, AuditService audit, NoticeService notices, SensitiveText sensitive, TimeProvider time)
{
    public async Task<SafetyRights?> RightsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return null;
        var setup = await db.Set<SafetySetup>().AsNoTracking().FirstOrDefaultAsync(s => s.ApproachId == approachId, ct);
        return new SafetyRights(access, setup);
    }

    public async Task<Result<SafetySetupView>> SetupAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await RightsAsync(approachId, actor, ct) is not { } rights)
            return Result<SafetySetupView>.NotFound();
        return Result<SafetySetupView>.Ok(await SetupViewAsync(rights.Setup, ct));
    }

    private async Task<SafetySetupView> SetupViewAsync(SafetySetup? setup, CancellationToken ct)
    {
        if (setup is null)
            return new SafetySetupView(null, null, null);
        var ids = new[] { setup.ResponsibleUserId, setup.PoliceContactUserId ?? Guid.Empty };
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new SafetySetupView(setup, names.GetValueOrDefault(setup.ResponsibleUserId), setup.PoliceContactUserId is { } p ? names.GetValueOrDefault(p) : null);
    }

    /// <summary>The members who can be named: the responsible ambtenaar from the municipal roles, the police contact from every professional.</summary>
    public async Task<List<(Guid UserId, string Name, ApproachRole Role)>> CandidatesAsync(Guid approachId, CancellationToken ct = default)
    {
        var members = await db.ApproachMembers.Where(m => m.ApproachId == approachId && m.Role != ApproachRole.Netwerklid)
            .Join(db.Users.Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, m.Role })
            .ToListAsync(ct);
        return members.Select(m => (m.Id, m.DisplayName, m.Role)).OrderBy(m => m.DisplayName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The approach roles an ambtenaar has: everyone in the approach except partners and network members.</summary>
    public static bool IsMunicipalRole(ApproachRole role) => role is not (ApproachRole.Partner or ApproachRole.Netwerklid);

    public async Task<Result<SafetySetup>> SaveSetupAsync(Guid approachId, SafetySetupInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await RightsAsync(approachId, actor, ct) is not { } rights)
            return Result<SafetySetup>.NotFound();
        if (!rights.ManagesContacts)
            return Result<SafetySetup>.Forbidden("Alleen wie de aanpak leidt of een coördinator wijst de contactpersonen voor veiligheid aan.");
        var setup = await db.Set<SafetySetup>().FirstOrDefaultAsync(s => s.ApproachId == approachId, ct);
        if (setup is not null && VersionedSave.MissingVersionResult<SafetySetup>(input.Version) is { } missing)
            return missing;
        var candidates = await CandidatesAsync(approachId, ct);
        var errors = new ValidationErrors();
        if (input.ResponsibleUserId is not { } responsible)
            errors.Add(nameof(SafetySetupInput.ResponsibleUserId), "Kies de verantwoordelijke ambtenaar. De handreiking vraagt dat een ambtenaar de meldingen opvolgt.");
        else if (!candidates.Any(c => c.UserId == responsible && IsMunicipalRole(c.Role)))
            errors.Add(nameof(SafetySetupInput.ResponsibleUserId), "Kies iemand van de gemeente die lid is van deze aanpak (geen partner of netwerklid).");
        if (input.PoliceContactUserId is { } police && police != Guid.Empty && !candidates.Any(c => c.UserId == police))
            errors.Add(nameof(SafetySetupInput.PoliceContactUserId), "Kies een professional die lid is van deze aanpak, of niemand.");
        else if (input.PoliceContactUserId is { } same && same == input.ResponsibleUserId)
            errors.Add(nameof(SafetySetupInput.PoliceContactUserId), "De wijkagent is iemand anders dan de verantwoordelijke ambtenaar. Kies iemand anders of niemand.");
        var hours = input.FirstContactHours ?? SafetyDefaults.FirstContactHours;
        if (hours is < 1 or > 168)
            errors.Add(nameof(SafetySetupInput.FirstContactHours), "Vul een termijn in van 1 tot en met 168 uur (een week).");
        if (errors.Any)
            return Result<SafetySetup>.Invalid(errors);
        var isNew = setup is null;
        setup ??= new SafetySetup { ApproachId = approachId };
        setup.ResponsibleUserId = input.ResponsibleUserId!.Value;
        setup.PoliceContactUserId = input.PoliceContactUserId is { } p2 && p2 != Guid.Empty ? p2 : null;
        setup.FirstContactHours = hours;
        if (isNew)
        {
            db.Add(setup);
            await db.SaveChangesAsync(ct);
            return Result<SafetySetup>.Ok(setup);
        }

        return await db.SaveVersionedAsync(setup, input.Version!.Value, setup, ct);
    }

    public async Task<Result<SafetyReport>> ReportAsync(Guid approachId, SafetyReportInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await RightsAsync(approachId, actor, ct) is not { } rights)
            return Result<SafetyReport>.NotFound();
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(SafetyReportInput.Kind), "Kies wat er aan de hand is.");
        if (input.HappenedOn is null)
            errors.Add(nameof(SafetyReportInput.HappenedOn), "Vul in wanneer het gebeurde.");
        PlausibleDates.Validate(errors, nameof(SafetyReportInput.HappenedOn), input.HappenedOn, DateMeaning.Happened, today);
        var what = ActionText.Required(errors, nameof(SafetyReportInput.WhatHappened), input.WhatHappened, SafetyDefaults.Long, "Beschrijf kort wat er gebeurde.");
        var where = ActionText.Optional(errors, nameof(SafetyReportInput.Where), input.Where, SafetyDefaults.Short);
        if (input.Feeling is not { } feeling || !Enum.IsDefined(feeling))
            errors.Add(nameof(SafetyReportInput.Feeling), "Kies hoe veilig u zich nu voelt.");
        if (input.PoliceAware is not { } police || !Enum.IsDefined(police))
            errors.Add(nameof(SafetyReportInput.PoliceAware), "Kies of de politie het al weet.");
        if (input.ContactPreference is not { } contact || !Enum.IsDefined(contact))
            errors.Add(nameof(SafetyReportInput.ContactPreference), "Kies hoe we contact met u opnemen.");
        var details = ActionText.Optional(errors, nameof(SafetyReportInput.ContactDetails), input.ContactDetails, SafetyDefaults.Short);
        if (input.ContactPreference is ContactPreference.Telefoon && details.Length == 0)
            errors.Add(nameof(SafetyReportInput.ContactDetails), "Vul het telefoonnummer in waarop we u kunnen bellen, en eventueel wanneer.");
        var who = ActionText.Optional(errors, nameof(SafetyReportInput.OnBehalfOfWho), input.OnBehalfOfWho, SafetyDefaults.Short);
        if (input.OnBehalfOf && who.Length == 0)
            errors.Add(nameof(SafetyReportInput.OnBehalfOfWho), "Vul in voor wie u de melding doet, bijvoorbeeld 'een buurvrouw van de koffietafel'.");
        if (errors.Any)
            return Result<SafetyReport>.Invalid(errors);

        var now = time.GetUtcNow();
        var report = new SafetyReport
        {
            ApproachId = approachId,
            Kind = input.Kind!.Value,
            HappenedOn = input.HappenedOn!.Value,
            WhatHappenedProtected = sensitive.Protect(what),
            WhereProtected = sensitive.Protect(where),
            Feeling = input.Feeling!.Value,
            PoliceAware = input.PoliceAware!.Value,
            ContactPreference = input.ContactPreference!.Value,
            ContactDetailsProtected = sensitive.Protect(details),
            OnBehalfOf = input.OnBehalfOf,
            OnBehalfOfProtected = input.OnBehalfOf ? sensitive.Protect(who) : "",
            ReportedByUserId = actor.UserId,
            ReportedAt = now,
            FirstContactDueAt = now.AddHours(rights.Setup?.FirstContactHours ?? SafetyDefaults.FirstContactHours),
        };
        db.Add(report);
        var recipients = await RecipientsAsync(rights.Access.Approach, rights.Setup, ct);
        var added = await notices.AddAsync(rights.Access.Approach.OrganisationId, recipients.Where(r => r != actor.UserId),
            $"Nieuwe veiligheidsmelding in '{Shorten(rights.Access.Approach.Title)}'. Neem binnen {rights.Setup?.FirstContactHours ?? SafetyDefaults.FirstContactHours} uur contact op.",
            ReportPath(approachId, report.Id), ct);
        await db.SaveChangesAsync(ct);
        LastNotices = added;
        return Result<SafetyReport>.Ok(report);
    }

    /// <summary>The notices added by the last <see cref="ReportAsync"/> (the caller sends their e-mail copies after the response is ready).</summary>
    public IReadOnlyList<Notice> LastNotices { get; private set; } = [];

    /// <summary>Who is told of a new report: the safety contacts; without them the coordinators and those who manage the approach.</summary>
    private async Task<List<Guid>> RecipientsAsync(Approach approach, SafetySetup? setup, CancellationToken ct)
    {
        if (setup is not null)
            return setup.ContactUserIds();
        var coordinators = await CoordinatorsAsync(approach.OrganisationId, ct);
        var leads = await db.ApproachMembers.Where(m => m.ApproachId == approach.Id && (m.Role == ApproachRole.Gemeenteverbinder || m.Role == ApproachRole.Procesregisseur))
            .Select(m => m.UserId).ToListAsync(ct);
        return [.. coordinators, .. leads];
    }

    public async Task<List<Guid>> CoordinatorsAsync(Guid organisationId, CancellationToken ct = default) =>
        await db.Users.Where(u => u.OrganisationId == organisationId && u.IsActive && u.Role == OrgRole.Coordinator).Select(u => u.Id).ToListAsync(ct);

    public static string ReportPath(Guid approachId, Guid reportId) => $"/aanpakken/{approachId}/veiligheid/meldingen/{reportId}";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    /// <summary>The reports the actor made in the approach, status only.</summary>
    public async Task<Result<List<SafetyReportStatusView>>> MineAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await RightsAsync(approachId, actor, ct) is null)
            return Result<List<SafetyReportStatusView>>.NotFound();
        var mine = await db.Set<SafetyReport>().AsNoTracking().Where(r => r.ApproachId == approachId && r.ReportedByUserId == actor.UserId)
            .OrderByDescending(r => r.ReportedAt).ToListAsync(ct);
        return Result<List<SafetyReportStatusView>>.Ok(mine.Select(StatusOf).ToList());
    }

    public static SafetyReportStatusView StatusOf(SafetyReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Kind, r.HappenedOn, r.ReportedAt, r.Status, r.FirstContactAt is not null);
    }

    /// <summary>Every report of the approach, for a safety contact or coordinator; forbidden for others (who use <see cref="MineAsync"/>).</summary>
    public async Task<Result<List<SafetyReportListItem>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await RightsAsync(approachId, actor, ct) is not { } rights)
            return Result<List<SafetyReportListItem>>.NotFound();
        if (!rights.FollowsUp)
            return Result<List<SafetyReportListItem>>.Forbidden("Alleen de contactpersonen voor veiligheid en de coördinatoren zien de meldingen.");
        var reports = await db.Set<SafetyReport>().AsNoTracking().Where(r => r.ApproachId == approachId)
            .OrderBy(r => r.Status == SafetyReportStatus.Afgesloten).ThenByDescending(r => r.ReportedAt).ToListAsync(ct);
        var names = await NamesAsync(reports.Select(r => r.ReportedByUserId), ct);
        var now = time.GetUtcNow();
        return Result<List<SafetyReportListItem>>.Ok(reports.Select(r => new SafetyReportListItem(r, names.GetValueOrDefault(r.ReportedByUserId, "onbekend"), Overdue(r, now))).ToList());
    }

    public static bool Overdue(SafetyReport r, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.FirstContactAt is null && r.Status != SafetyReportStatus.Afgesloten && r.FirstContactDueAt <= now;
    }

    /// <summary>
    /// The status of one report for its reporter, or the whole report for a safety contact or coordinator (then the read
    /// is audited). Anyone else: not found.
    /// </summary>
    public async Task<Result<SafetyReportStatusView>> StatusAsync(Guid approachId, Guid reportId, Actor actor, CancellationToken ct = default)
    {
        if (await RightsAsync(approachId, actor, ct) is not { } rights)
            return Result<SafetyReportStatusView>.NotFound();
        var report = await db.Set<SafetyReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId && r.ApproachId == approachId, ct);
        return report is not null && (rights.FollowsUp || report.ReportedByUserId == actor.UserId)
            ? Result<SafetyReportStatusView>.Ok(StatusOf(report))
            : Result<SafetyReportStatusView>.NotFound();
    }

    public async Task<Result<SafetyReportView>> GetAsync(Guid approachId, Guid reportId, Actor actor, CancellationToken ct = default)
    {
        var (report, _, denied) = await FindAsync(approachId, reportId, actor, tracked: false, ct);
        if (denied is { } status)
            return Result<SafetyReportView>.Denied(status);
        var view = await ViewAsync(report!, actor, ct);
        await audit.RecordViewAsync(actor, nameof(SafetyReport), reportId.ToString(), approachId, "Veiligheidsmelding bekeken", ct);
        return Result<SafetyReportView>.Ok(view);
    }

    private async Task<SafetyReportView> ViewAsync(SafetyReport report, Actor reader, CancellationToken ct)
    {
        var followUps = await db.Set<SafetyFollowUp>().AsNoTracking().Where(f => f.ReportId == report.Id).OrderBy(f => f.On).ThenBy(f => f.CreatedAt).ToListAsync(ct);
        var names = await NamesAsync(followUps.Select(f => f.ByUserId).Append(report.ReportedByUserId), ct);
        NetworkActor? person = report.ConcernsActorId is { } actorId
            ? await db.Set<NetworkActor>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == actorId, ct)
            : null;
        var personName = person is null ? null
            : (await NetworkAccess.ResolveAsync(approaches, report.ApproachId, reader, ct)).Access is { } network ? network.View(person).Actor.DisplayName
            : NetworkAccess.Pseudonym(person.Id);
        return new SafetyReportView(
            report,
            sensitive.Unprotect(report.WhatHappenedProtected),
            sensitive.Unprotect(report.WhereProtected),
            sensitive.Unprotect(report.ContactDetailsProtected),
            sensitive.Unprotect(report.OnBehalfOfProtected),
            sensitive.Unprotect(report.EvaluationProtected),
            names.GetValueOrDefault(report.ReportedByUserId, "onbekend"),
            followUps.Select(f => new FollowUpView(f.Id, f.On, f.Kind, sensitive.Unprotect(f.TextProtected), names.GetValueOrDefault(f.ByUserId, "onbekend"), f.CreatedAt)).ToList(),
            personName,
            person?.Protection,
            Overdue(report, time.GetUtcNow()));
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Users.Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    public async Task<Result<FollowUpView>> AddFollowUpAsync(Guid approachId, Guid reportId, FollowUpInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (report, _, denied) = await FindAsync(approachId, reportId, actor, tracked: true, ct);
        if (denied is { } status)
            return Result<FollowUpView>.Denied(status);
        if (report!.Status == SafetyReportStatus.Afgesloten)
            return Result<FollowUpView>.Conflict("Deze melding is afgesloten. Open een nieuwe melding als er iets nieuws is gebeurd.");
        var errors = new ValidationErrors();
        if (input.On is null)
            errors.Add(nameof(FollowUpInput.On), "Vul de datum in.");
        PlausibleDates.Validate(errors, nameof(FollowUpInput.On), input.On, DateMeaning.Happened, PlausibleDates.Today(time));
        if (input.On is { } on && on < report.HappenedOn && on < DateOnly.FromDateTime(report.ReportedAt.UtcDateTime))
            errors.Add(nameof(FollowUpInput.On), "Deze datum ligt vóór de melding.");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(FollowUpInput.Kind), "Kies wat voor stap het is.");
        var text = ActionText.Required(errors, nameof(FollowUpInput.Text), input.Text, SafetyDefaults.Long, "Beschrijf wat er is gedaan of afgesproken.");
        if (errors.Any)
            return Result<FollowUpView>.Invalid(errors);
        var step = new SafetyFollowUp
        {
            ApproachId = approachId,
            ReportId = reportId,
            On = input.On!.Value,
            Kind = input.Kind!.Value,
            TextProtected = sensitive.Protect(text),
            ByUserId = actor.UserId,
        };
        db.Add(step);
        var now = time.GetUtcNow();
        report.FirstContactAt ??= now;
        if (step.Kind == FollowUpKind.Politie)
            report.PoliceInvolved = true;
        if (report.Status == SafetyReportStatus.Nieuw)
            report.Status = SafetyReportStatus.InBehandeling;
        report.Version = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return Result<FollowUpView>.Ok(new FollowUpView(step.Id, step.On, step.Kind, text, actor.DisplayName, step.CreatedAt));
    }

    public async Task<Result<SafetyReport>> CloseAsync(Guid approachId, Guid reportId, CloseReportInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (report, _, denied) = await FindAsync(approachId, reportId, actor, tracked: true, ct);
        if (denied is { } status)
            return Result<SafetyReport>.Denied(status);
        if (VersionedSave.MissingVersionResult<SafetyReport>(input.Version) is { } missing)
            return missing;
        if (report!.Status == SafetyReportStatus.Afgesloten)
            return Result<SafetyReport>.Conflict("Deze melding is al afgesloten.");
        var errors = new ValidationErrors();
        var evaluation = ActionText.Required(errors, nameof(CloseReportInput.Evaluation), input.Evaluation, SafetyDefaults.Long,
            "Evalueer de opvolging voordat u de melding afsluit: wat ging goed, wat kan beter, en is de melder tevreden?");
        if (errors.Any)
            return Result<SafetyReport>.Invalid(errors);
        report.EvaluationProtected = sensitive.Protect(evaluation);
        report.Status = SafetyReportStatus.Afgesloten;
        report.ClosedAt = time.GetUtcNow();
        report.FirstContactAt ??= report.ClosedAt;
        return await db.SaveVersionedAsync(report, input.Version!.Value, report, ct);
    }

    /// <summary>
    /// Links the report to the person in the network register it concerns and raises that person's protection to
    /// bedreigd (issue 14 §2), or — with a lower <see cref="ReportPersonInput.Protection"/> and the person already
    /// linked — lowers it again. Only safety contacts and coordinators.
    /// </summary>
    public async Task<Result<SafetyReport>> SetPersonAsync(Guid approachId, Guid reportId, ReportPersonInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (report, _, denied) = await FindAsync(approachId, reportId, actor, tracked: true, ct);
        if (denied is { } status)
            return Result<SafetyReport>.Denied(status);
        if (input.Protection is { } lower)
        {
            if (report!.ConcernsActorId is not { } linked || await db.Set<NetworkActor>().FirstOrDefaultAsync(a => a.Id == linked && a.ApproachId == approachId, ct) is not { } person)
                return Result<SafetyReport>.Invalid(nameof(ReportPersonInput.Protection), "Deze melding is niet gekoppeld aan een persoon in het netwerk.");
            if (!Enum.IsDefined(lower) || lower == ProtectionLevel.Bedreigd)
                return Result<SafetyReport>.Invalid(nameof(ReportPersonInput.Protection), "Kies een lager beschermingsniveau: normaal, afgeschermd of minderjarig.");
            person.Protection = lower;
            report.Version = Guid.NewGuid();
            await db.SaveChangesAsync(ct);
            return Result<SafetyReport>.Ok(report);
        }

        if (input.ActorId is not { } actorId
            || await db.Set<NetworkActor>().FirstOrDefaultAsync(a => a.Id == actorId && a.ApproachId == approachId && a.Kind == ActorKind.Persoon, ct) is not { } target)
            return Result<SafetyReport>.Invalid(nameof(ReportPersonInput.ActorId), "Kies een persoon uit het netwerkregister van deze aanpak.");
        if (report!.ConcernsActorId is not null && report.ConcernsActorId != actorId)
            return Result<SafetyReport>.Invalid(nameof(ReportPersonInput.ActorId), "Deze melding is al aan een andere persoon gekoppeld.");
        if (report.ConcernsActorId is null)
            report.ActorPreviousProtection = target.Protection;
        report.ConcernsActorId = actorId;
        target.Protection = ProtectionLevel.Bedreigd;
        report.Version = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return Result<SafetyReport>.Ok(report);
    }

    /// <summary>
    /// The persons in the register the report can be linked to, named as the network rules let the reader see them
    /// (protected persons pseudonymised without need-to-know); empty for readers who do not see the register.
    /// </summary>
    public async Task<List<(Guid Id, string Name)>> PersonsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var (status, network) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok || !network!.SeesRegister)
            return [];
        var persons = await db.Set<NetworkActor>().AsNoTracking().Where(a => a.ApproachId == approachId && a.Kind == ActorKind.Persoon).ToListAsync(ct);
        return persons.Select(p => (p.Id, Name: network.View(p).Actor.DisplayName)).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
    }

    private async Task<(SafetyReport? Report, SafetyRights? Rights, ResultStatus? Denied)> FindAsync(Guid approachId, Guid reportId, Actor actor, bool tracked, CancellationToken ct)
    {
        if (await RightsAsync(approachId, actor, ct) is not { } rights)
            return (null, null, ResultStatus.NotFound);
        // Whoever does not follow up reports gets "not found", the reporter included: they see the status only.
        if (!rights.FollowsUp)
            return (null, rights, ResultStatus.NotFound);
        var query = db.Set<SafetyReport>().Where(r => r.Id == reportId && r.ApproachId == approachId);
        var report = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        return report is null ? (null, rights, ResultStatus.NotFound) : (report, rights, null);
    }
}
