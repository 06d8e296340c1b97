using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Evaluation;

/// <summary>Input for a resistance.</summary>
public sealed class ResistanceInput
{
    public DateOnly? NoticedOn { get; set; }

    public ResistanceSource? Source { get; set; }

    public string? SourceDetail { get; set; }

    /// <summary>One of the guide's expected challenges (verbatim), or empty with <see cref="OwnKind"/>.</summary>
    public string? Kind { get; set; }

    public string? OwnKind { get; set; }

    public string? Description { get; set; }

    public ResistanceResponse? Response { get; set; }

    public string? Handling { get; set; }

    public DateOnly? ReviewOn { get; set; }

    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static ResistanceInput From(Resistance r, FieldworkGuide guide)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(guide);
        var fromGuide = ResistanceAndSuccessService.IsGuideChallenge(guide, r.Source, r.Kind);
        return new()
        {
            NoticedOn = r.NoticedOn,
            Source = r.Source,
            SourceDetail = r.SourceDetail,
            Kind = fromGuide ? r.Kind : "",
            OwnKind = fromGuide ? "" : r.Kind,
            Description = r.Description,
            Response = r.Response,
            Handling = r.Handling,
            ReviewOn = r.ReviewOn,
            Visibility = VisibilityChoice.From(r),
            Version = r.Version,
        };
    }
}

/// <summary>Input for a celebration.</summary>
public sealed class CelebrationInput
{
    public DateOnly? CelebratedOn { get; set; }

    public string? Success { get; set; }

    public string? How { get; set; }

    public string? WithWhom { get; set; }

    public CelebrationAttention? Attention { get; set; }

    public bool AgreedWithNetwork { get; set; }

    public Guid? ActionId { get; set; }

    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static CelebrationInput From(Celebration c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
        {
            CelebratedOn = c.CelebratedOn,
            Success = c.Success,
            How = c.How,
            WithWhom = c.WithWhom,
            Attention = c.Attention,
            AgreedWithNetwork = c.AgreedWithNetwork,
            ActionId = c.ActionId,
            Visibility = VisibilityChoice.From(c),
            Version = c.Version,
        };
    }
}

/// <summary>
/// ESS step 11 "Omgaan met succes, tegenslag en weerstand" (issue 13 §5): the log of resistance met and how it is handled
/// (or left to exist), and the successes celebrated. The core team records resistance; the core team and partners record
/// celebrations (a partner changes their own). Readers follow the visibility model (ADR 0005); only those who manage the
/// members change who may see a record.
/// </summary>
public sealed class ResistanceAndSuccessService(WijkkrachtDbContext db, ApproachService approaches, FieldworkGuide guide, TimeProvider time)
{
    /// <summary>The guide's expected challenges per source (content/fieldwork-questions.yaml).</summary>
    public const string ChallengesMunicipality = "weerstand-gemeente";
    public const string ChallengesCitizens = "weerstand-burgers";
    public const string ResistanceAdvice = "weerstand-advies";
    public const string CelebrateAdvice = "successen-vieren";

    /// <summary>The guide's expected challenges for a source; none for partners and others.</summary>
    public static IReadOnlyList<string> Challenges(FieldworkGuide guide, ResistanceSource? source)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return source switch
        {
            ResistanceSource.Gemeente => guide.List(ChallengesMunicipality).Questions,
            ResistanceSource.Burgers => guide.List(ChallengesCitizens).Questions,
            _ => [],
        };
    }

    public static bool IsGuideChallenge(FieldworkGuide guide, ResistanceSource? source, string? kind) =>
        !string.IsNullOrEmpty(kind) && Challenges(guide, source).Contains(kind, StringComparer.Ordinal);

    public async Task<Result<List<Resistance>>> ResistancesAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await ReadableAsync<Resistance>(approachId, actor, ct) is { } query
            ? Result<List<Resistance>>.Ok(await query.OrderByDescending(r => r.NoticedOn).ThenBy(r => r.Kind).ToListAsync(ct))
            : Result<List<Resistance>>.NotFound();

    public async Task<Result<Resistance>> ResistanceAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default) =>
        await ReadableAsync<Resistance>(approachId, actor, ct) is { } query && await query.FirstOrDefaultAsync(r => r.Id == id, ct) is { } found
            ? Result<Resistance>.Ok(found) : Result<Resistance>.NotFound();

    public async Task<Result<List<Celebration>>> CelebrationsAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await ReadableAsync<Celebration>(approachId, actor, ct) is { } query
            ? Result<List<Celebration>>.Ok(await query.OrderByDescending(c => c.CelebratedOn).ThenBy(c => c.Success).ToListAsync(ct))
            : Result<List<Celebration>>.NotFound();

    public async Task<Result<Celebration>> CelebrationAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default) =>
        await ReadableAsync<Celebration>(approachId, actor, ct) is { } query && await query.FirstOrDefaultAsync(c => c.Id == id, ct) is { } found
            ? Result<Celebration>.Ok(found) : Result<Celebration>.NotFound();

    /// <summary>Only the core team records and changes resistance.</summary>
    public static bool CanRecordResistance(ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit);
    }

    /// <summary>The core team changes every celebration; a partner the ones they recorded.</summary>
    public static bool CanEdit(ApproachAccess access, Celebration celebration)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(celebration);
        return access.Has(ApproachPermission.Edit) || (access.MyRole == ApproachRole.Partner && celebration.CreatedByUserId == access.Actor.UserId);
    }

    public async Task<Result<Resistance>> CreateResistanceAsync(Guid approachId, ResistanceInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<Resistance>.NotFound();
        if (!CanRecordResistance(access))
            return Result<Resistance>.Forbidden("Alleen het kernteam legt weerstanden vast.");
        var record = new Resistance { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var errors = Apply(record, input, access);
        if (errors.Any)
            return Result<Resistance>.Invalid(errors);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Result<Resistance>.Ok(record);
    }

    public async Task<Result<Resistance>> UpdateResistanceAsync(Guid approachId, Guid id, ResistanceInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (record, access, denied) = await FindAsync<Resistance>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<Resistance>.Denied(status);
        if (!CanRecordResistance(access!))
            return Result<Resistance>.Forbidden("Alleen het kernteam wijzigt weerstanden.");
        if (VersionedSave.MissingVersionResult<Resistance>(input.Version) is { } missing)
            return missing;
        var errors = Apply(record!, input, access!);
        if (errors.Any)
            return Result<Resistance>.Invalid(errors);
        return await db.SaveVersionedAsync(record!, input.Version!.Value, record!, ct);
    }

    public async Task<Result<bool>> DeleteResistanceAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (record, access, denied) = await FindAsync<Resistance>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        if (!CanRecordResistance(access!))
            return Result<bool>.Forbidden("Alleen het kernteam verwijdert weerstanden.");
        db.Remove(record!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    public async Task<Result<Celebration>> CreateCelebrationAsync(Guid approachId, CelebrationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<Celebration>.NotFound();
        if (!ActionService.CanCreate(access))
            return Result<Celebration>.Forbidden("Alleen het kernteam en partners leggen successen vast.");
        var record = new Celebration { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var errors = await ApplyAsync(record, input, access, ct);
        if (errors.Any)
            return Result<Celebration>.Invalid(errors);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Result<Celebration>.Ok(record);
    }

    public async Task<Result<Celebration>> UpdateCelebrationAsync(Guid approachId, Guid id, CelebrationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (record, access, denied) = await FindAsync<Celebration>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<Celebration>.Denied(status);
        if (!CanEdit(access!, record!))
            return Result<Celebration>.Forbidden("U kunt alleen de successen wijzigen die u zelf vastlegde.");
        if (VersionedSave.MissingVersionResult<Celebration>(input.Version) is { } missing)
            return missing;
        var errors = await ApplyAsync(record!, input, access!, ct);
        if (errors.Any)
            return Result<Celebration>.Invalid(errors);
        return await db.SaveVersionedAsync(record!, input.Version!.Value, record!, ct);
    }

    public async Task<Result<bool>> DeleteCelebrationAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (record, access, denied) = await FindAsync<Celebration>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        if (!CanEdit(access!, record!))
            return Result<bool>.Forbidden("U kunt alleen de successen verwijderen die u zelf vastlegde.");
        db.Remove(record!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private async Task<IQueryable<T>?> ReadableAsync<T>(Guid approachId, Actor actor, CancellationToken ct)
        where T : class, IHasVisibility, IApproachScoped =>
        (await approaches.VisibleRecordsAsync<T>(approachId, actor, ct))?.Records.AsNoTracking();

    private async Task<(T? Record, ApproachAccess? Access, ResultStatus? Denied)> FindAsync<T>(Guid approachId, Guid id, Actor actor, CancellationToken ct)
        where T : class, IHasVisibility, IApproachScoped
    {
        if (await approaches.VisibleRecordsAsync<T>(approachId, actor, ct) is not { } visible
            || await visible.Records.FirstOrDefaultAsync(r => EF.Property<Guid>(r, "Id") == id, ct) is not { } record)
            return (null, null, ResultStatus.NotFound);
        return (record, visible.Access, null);
    }

    private ValidationErrors Apply(Resistance record, ResistanceInput input, ApproachAccess access)
    {
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        if (input.NoticedOn is null)
            errors.Add(nameof(ResistanceInput.NoticedOn), "Vul in wanneer u de weerstand merkte.");
        else
            PlausibleDates.Validate(errors, nameof(ResistanceInput.NoticedOn), input.NoticedOn, DateMeaning.Happened, today);
        if (input.Source is not { } source || !Enum.IsDefined(source))
            errors.Add(nameof(ResistanceInput.Source), "Kies waar de weerstand vandaan komt.");
        var detail = ActionText.Optional(errors, nameof(ResistanceInput.SourceDetail), input.SourceDetail, EvaluationDefaults.Short);
        var kind = (input.Kind ?? "").Trim();
        var own = ActionText.Optional(errors, nameof(ResistanceInput.OwnKind), input.OwnKind, EvaluationDefaults.Short);
        if (kind.Length > 0 && !IsGuideChallenge(guide, input.Source, kind))
            errors.Add(nameof(ResistanceInput.Kind), "Kies een uitdaging uit de lijst die bij de bron past, of beschrijf hem in eigen woorden.");
        else if (kind.Length == 0 && own.Length == 0)
            errors.Add(nameof(ResistanceInput.OwnKind), "Kies een uitdaging uit de lijst of beschrijf in eigen woorden wat voor weerstand het is.");
        else if (kind.Length > 0 && own.Length > 0)
            errors.Add(nameof(ResistanceInput.OwnKind), "Kies een uitdaging uit de lijst óf beschrijf hem in eigen woorden, niet allebei.");
        var description = ActionText.Optional(errors, nameof(ResistanceInput.Description), input.Description, EvaluationDefaults.Long);
        var response = input.Response ?? ResistanceResponse.NogNietBesloten;
        if (!Enum.IsDefined(response))
            errors.Add(nameof(ResistanceInput.Response), "Kies wat u met de weerstand doet.");
        var handling = ActionText.Optional(errors, nameof(ResistanceInput.Handling), input.Handling, EvaluationDefaults.Long);
        if (response == ResistanceResponse.Aanpakken && handling.Length == 0)
            errors.Add(nameof(ResistanceInput.Handling), "Beschrijf hoe u de weerstand aanpakt, bijvoorbeeld 'open gesprek met de ondernemers op 12 mei'.");
        else if (response == ResistanceResponse.LatenBestaan && handling.Length == 0)
            errors.Add(nameof(ResistanceInput.Handling), "Leg uit waarom u de weerstand laat bestaan, zodat het team dat later terugleest.");
        if (input.ReviewOn is { } review)
            PlausibleDates.Validate(errors, nameof(ResistanceInput.ReviewOn), review, DateMeaning.Planned, today);
        VisibilityChoice.CheckChange(errors, input.Visibility, record, nameof(ResistanceInput.Visibility), access.Has(ApproachPermission.ManageMembers));
        if (errors.Any)
            return errors;
        record.NoticedOn = input.NoticedOn!.Value;
        record.Source = input.Source!.Value;
        record.SourceDetail = detail;
        record.Kind = kind.Length > 0 ? kind : own;
        record.Description = description;
        record.Response = response;
        record.Handling = handling;
        record.ReviewOn = input.ReviewOn;
        if (input.Visibility is { } apply && apply.ChangesAnything(record))
            apply.ApplyTo(record);
        return errors;
    }

    private async Task<ValidationErrors> ApplyAsync(Celebration record, CelebrationInput input, ApproachAccess access, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        if (input.CelebratedOn is null)
            errors.Add(nameof(CelebrationInput.CelebratedOn), "Vul de datum in waarop u het succes vierde (of gaat vieren).");
        else
            PlausibleDates.Validate(errors, nameof(CelebrationInput.CelebratedOn), input.CelebratedOn, DateMeaning.Planned, today);
        var success = ActionText.Required(errors, nameof(CelebrationInput.Success), input.Success, EvaluationDefaults.Short, "Beschrijf welk succes u viert, bijvoorbeeld 'Tien weken koffietafel op het plein'.");
        var how = ActionText.Required(errors, nameof(CelebrationInput.How), input.How, EvaluationDefaults.Long, "Beschrijf hoe u het succes viert; het hoeft niet groots, een bos bloemen of iets lekkers kan ook.");
        var withWhom = ActionText.Optional(errors, nameof(CelebrationInput.WithWhom), input.WithWhom, EvaluationDefaults.Short);
        var attention = input.Attention ?? CelebrationAttention.Geen;
        if (!Enum.IsDefined(attention))
            errors.Add(nameof(CelebrationInput.Attention), "Kies of er bestuurlijke of media-aandacht bij komt.");
        else if (attention != CelebrationAttention.Geen && !input.AgreedWithNetwork)
            errors.Add(nameof(CelebrationInput.AgreedWithNetwork), "Overleg eerst met het netwerk of bestuurlijke of media-aandacht gewenst is, en vink dat hier aan.");
        if (input.ActionId is { } actionId && !await db.Set<NeighbourhoodAction>().AnyAsync(a => a.ApproachId == record.ApproachId && a.Id == actionId, ct))
            errors.Add(nameof(CelebrationInput.ActionId), "Kies een actie van deze aanpak.");
        VisibilityChoice.CheckChange(errors, input.Visibility, record, nameof(CelebrationInput.Visibility), access.Has(ApproachPermission.ManageMembers));
        if (errors.Any)
            return errors;
        record.CelebratedOn = input.CelebratedOn!.Value;
        record.Success = success;
        record.How = how;
        record.WithWhom = withWhom;
        record.Attention = attention;
        record.AgreedWithNetwork = input.AgreedWithNetwork;
        record.ActionId = input.ActionId;
        if (input.Visibility is { } apply && apply.ChangesAnything(record))
            apply.ApplyTo(record);
        return errors;
    }
}
