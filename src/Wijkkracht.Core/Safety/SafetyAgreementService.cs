using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Safety;

/// <summary>Input for a safety agreement.</summary>
public sealed class SafetyAgreementInput
{
    public Guid? ActionId { get; set; }

    public string? Title { get; set; }

    public string? Agreed { get; set; }

    public List<SafetyParty> Parties { get; set; } = [];

    public string? OtherParties { get; set; }

    public DateOnly? AgreedOn { get; set; }

    public DateOnly? ReviewOn { get; set; }

    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static SafetyAgreementInput From(SafetyAgreement a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new()
        {
            ActionId = a.ActionId,
            Title = a.Title,
            Agreed = a.Agreed,
            Parties = SafetyAgreementService.Split(a.Parties),
            OtherParties = a.OtherParties,
            AgreedOn = a.AgreedOn,
            ReviewOn = a.ReviewOn,
            Visibility = VisibilityChoice.From(a),
            Version = a.Version,
        };
    }
}

/// <summary>
/// Safety agreements (issue 14 §3): per approach or per risky activity, with the parties (police, veiligheidshuis,
/// wijkagent …), what was agreed and a review date ("Evalueer de afspraken periodiek"); the scheduled job reminds the
/// safety contacts when the date comes. The core team records them; readers follow the visibility model.
/// </summary>
public sealed class SafetyAgreementService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    public static List<SafetyParty> Split(SafetyParty parties) =>
        Enum.GetValues<SafetyParty>().Where(p => p != SafetyParty.Geen && parties.HasFlag(p)).ToList();

    public async Task<Result<List<SafetyAgreement>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await approaches.VisibleRecordsAsync<SafetyAgreement>(approachId, actor, ct) is { } visible
            ? Result<List<SafetyAgreement>>.Ok(await visible.Records.AsNoTracking().OrderBy(a => a.ReviewOn).ThenBy(a => a.Title).ToListAsync(ct))
            : Result<List<SafetyAgreement>>.NotFound();

    public async Task<Result<SafetyAgreement>> GetAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default) =>
        await approaches.VisibleRecordsAsync<SafetyAgreement>(approachId, actor, ct) is { } visible
        && await visible.Records.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } found
            ? Result<SafetyAgreement>.Ok(found)
            : Result<SafetyAgreement>.NotFound();

    public static bool CanRecord(ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit);
    }

    public async Task<Result<SafetyAgreement>> CreateAsync(Guid approachId, SafetyAgreementInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<SafetyAgreement>.NotFound();
        if (!CanRecord(access))
            return Result<SafetyAgreement>.Forbidden("Alleen het kernteam legt veiligheidsafspraken vast.");
        var record = new SafetyAgreement { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var errors = await ApplyAsync(record, input, access, ct);
        if (errors.Any)
            return Result<SafetyAgreement>.Invalid(errors);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Result<SafetyAgreement>.Ok(record);
    }

    public async Task<Result<SafetyAgreement>> UpdateAsync(Guid approachId, Guid id, SafetyAgreementInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (record, access, denied) = await FindAsync(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<SafetyAgreement>.Denied(status);
        if (!CanRecord(access!))
            return Result<SafetyAgreement>.Forbidden("Alleen het kernteam wijzigt veiligheidsafspraken.");
        if (VersionedSave.MissingVersionResult<SafetyAgreement>(input.Version) is { } missing)
            return missing;
        var errors = await ApplyAsync(record!, input, access!, ct);
        if (errors.Any)
            return Result<SafetyAgreement>.Invalid(errors);
        return await db.SaveVersionedAsync(record!, input.Version!.Value, record!, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (record, access, denied) = await FindAsync(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        if (!CanRecord(access!))
            return Result<bool>.Forbidden("Alleen het kernteam verwijdert veiligheidsafspraken.");
        db.Remove(record!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private async Task<(SafetyAgreement? Record, ApproachAccess? Access, ResultStatus? Denied)> FindAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct)
    {
        if (await approaches.VisibleRecordsAsync<SafetyAgreement>(approachId, actor, ct) is not { } visible
            || await visible.Records.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } record)
            return (null, null, ResultStatus.NotFound);
        return (record, visible.Access, null);
    }

    private async Task<ValidationErrors> ApplyAsync(SafetyAgreement record, SafetyAgreementInput input, ApproachAccess access, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        var title = ActionText.Required(errors, nameof(SafetyAgreementInput.Title), input.Title, SafetyDefaults.Short,
            "Geef de afspraak een korte titel, bijvoorbeeld 'Veilig werken tijdens de buurtschouw'.");
        var agreed = ActionText.Required(errors, nameof(SafetyAgreementInput.Agreed), input.Agreed, SafetyDefaults.Long, "Beschrijf wat er is afgesproken.");
        var parties = SafetyParty.Geen;
        foreach (var party in input.Parties ?? [])
        {
            if (party == SafetyParty.Geen || !Enum.IsDefined(party))
                errors.Add(nameof(SafetyAgreementInput.Parties), "Kies de partijen uit de lijst.");
            else
                parties |= party;
        }

        if (parties == SafetyParty.Geen)
            errors.Add(nameof(SafetyAgreementInput.Parties), "Kies met wie de afspraak is gemaakt, bijvoorbeeld de politie of het veiligheidshuis.");
        var other = ActionText.Optional(errors, nameof(SafetyAgreementInput.OtherParties), input.OtherParties, SafetyDefaults.Short);
        if (parties.HasFlag(SafetyParty.Anders) && other.Length == 0)
            errors.Add(nameof(SafetyAgreementInput.OtherParties), "Vul in wie de andere partij is.");
        if (input.AgreedOn is null)
            errors.Add(nameof(SafetyAgreementInput.AgreedOn), "Vul in wanneer de afspraak is gemaakt.");
        PlausibleDates.Validate(errors, nameof(SafetyAgreementInput.AgreedOn), input.AgreedOn, DateMeaning.Happened, today);
        if (input.ReviewOn is null)
            errors.Add(nameof(SafetyAgreementInput.ReviewOn), "Vul in wanneer u de afspraak opnieuw bekijkt. De handreiking vraagt de afspraken periodiek te evalueren.");
        PlausibleDates.Validate(errors, nameof(SafetyAgreementInput.ReviewOn), input.ReviewOn, DateMeaning.Planned, today);
        if (input.AgreedOn is { } from && input.ReviewOn is { } review && review <= from)
            errors.Add(nameof(SafetyAgreementInput.ReviewOn), "De herzieningsdatum ligt na de datum van de afspraak.");
        if (input.ActionId is { } actionId && actionId != Guid.Empty
            && !await db.Set<NeighbourhoodAction>().AnyAsync(a => a.Id == actionId && a.ApproachId == record.ApproachId, ct))
            errors.Add(nameof(SafetyAgreementInput.ActionId), "Kies een actie uit deze aanpak, of geen.");
        VisibilityChoice.CheckChange(errors, input.Visibility, record, nameof(SafetyAgreementInput.Visibility), access.Has(ApproachPermission.ManageMembers));
        if (errors.Any)
            return errors;
        record.Title = title;
        record.Agreed = agreed;
        record.Parties = parties;
        record.OtherParties = parties.HasFlag(SafetyParty.Anders) ? other : "";
        record.AgreedOn = input.AgreedOn!.Value;
        if (record.ReviewOn != input.ReviewOn!.Value)
            record.RemindedFor = null;
        record.ReviewOn = input.ReviewOn!.Value;
        record.ActionId = input.ActionId is { } id && id != Guid.Empty ? id : null;
        if (input.Visibility is { } apply && apply.ChangesAnything(record))
            apply.ApplyTo(record);
        return errors;
    }
}
