using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Evaluation;

/// <summary>Input for the closing of an approach; <see cref="Done"/> and <see cref="Notes"/> per checklist item (0–4).</summary>
public sealed class ClosingInput
{
    public List<bool> Done { get; set; } = [];

    public List<string?> Notes { get; set; } = [];

    public string? HandoverTo { get; set; }

    public string? HandoverNote { get; set; }

    public string? Continuation { get; set; }

    /// <summary>True: close the collaboration now (the approach becomes Afgerond). Only the core team.</summary>
    public bool Close { get; set; }

    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static ClosingInput From(ApproachClosing c, int items) => new()
    {
        Done = Enumerable.Range(0, items).Select(i => c.Checklist.FirstOrDefault(x => x.Item == i)?.Done ?? false).ToList(),
        Notes = Enumerable.Range(0, items).Select(i => (string?)(c.Checklist.FirstOrDefault(x => x.Item == i)?.Note ?? "")).ToList(),
        HandoverTo = c.HandoverTo,
        HandoverNote = c.HandoverNote,
        Continuation = c.Continuation,
        Close = c.ClosedOn is not null,
        Visibility = VisibilityChoice.From(c),
        Version = c.Version,
    };
}

/// <summary>
/// The closing of an approach (issue 13 §6): the guide's five-point checklist, handover and continuation of the network.
/// Members read it as the visibility model allows; the core team (Edit or Decide) records and closes it. Closing needs
/// every checklist point done or explained, and a handover or a continuation; it sets the approach to Afgerond.
/// </summary>
public sealed class ClosingService(WijkkrachtDbContext db, ApproachService approaches, FieldworkGuide guide, TimeProvider time)
{
    public int Items => guide.List(FieldworkGuide.Closing).Questions.Count;

    /// <summary>The closing record, or an empty one (not saved) when nothing was recorded yet.</summary>
    public async Task<Result<ApproachClosing>> GetAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<ApproachClosing>.NotFound();
        var seen = VisibilityRules.For(actor, access.MyRole, access.PartnerType);
        var closing = await db.Set<ApproachClosing>().AsNoTracking().FirstOrDefaultAsync(c => c.ApproachId == approachId, ct);
        if (closing is not null && !VisibilityRules.CanSee(closing, seen))
            return Result<ApproachClosing>.NotFound();
        return Result<ApproachClosing>.Ok(closing ?? new ApproachClosing { ApproachId = approachId, Version = Guid.Empty });
    }

    public static bool CanClose(ApproachAccess access) => EvaluationService.CanClose(access);

    public async Task<Result<ApproachClosing>> SaveAsync(Guid approachId, ClosingInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<ApproachClosing>.NotFound();
        var closing = await db.Set<ApproachClosing>().FirstOrDefaultAsync(c => c.ApproachId == approachId, ct);
        var seen = VisibilityRules.For(actor, access.MyRole, access.PartnerType);
        if (closing is not null && !VisibilityRules.CanSee(closing, seen))
            return Result<ApproachClosing>.NotFound();
        if (!CanClose(access))
            return Result<ApproachClosing>.Forbidden("Alleen het kernteam rondt de samenwerking af.");
        var isNew = closing is null;
        closing ??= new ApproachClosing { ApproachId = approachId };
        if (!isNew && VersionedSave.MissingVersionResult<ApproachClosing>(input.Version) is { } missing)
            return missing;

        var errors = new ValidationErrors();
        var checks = new List<ClosingCheck>();
        for (var i = 0; i < Items; i++)
        {
            var done = i < (input.Done ?? []).Count && input.Done![i];
            var note = ActionText.Optional(errors, $"{nameof(ClosingInput.Notes)}[{i}]", i < (input.Notes ?? []).Count ? input.Notes![i] : null, EvaluationDefaults.Long);
            if (input.Close && !done && note.Length == 0)
                errors.Add($"{nameof(ClosingInput.Notes)}[{i}]", "Vink dit punt af, of leg uit waarom het niet nodig is, voordat u de samenwerking afrondt.");
            checks.Add(new ClosingCheck { Item = i, Done = done, Note = note });
        }

        var handover = ActionText.Optional(errors, nameof(ClosingInput.HandoverTo), input.HandoverTo, EvaluationDefaults.Short);
        var handoverNote = ActionText.Optional(errors, nameof(ClosingInput.HandoverNote), input.HandoverNote, EvaluationDefaults.Long);
        var continuation = ActionText.Optional(errors, nameof(ClosingInput.Continuation), input.Continuation, EvaluationDefaults.Long);
        if (input.Close && handover.Length == 0 && continuation.Length == 0)
            errors.Add(nameof(ClosingInput.HandoverTo), "Aan wie draagt u het werk over, of hoe gaat het netwerk verder? Vul ten minste één van beide in.");
        VisibilityChoice.CheckChange(errors, input.Visibility, closing, nameof(ClosingInput.Visibility), access.Has(ApproachPermission.ManageMembers));
        if (errors.Any)
            return Result<ApproachClosing>.Invalid(errors);

        closing.Checklist = checks;
        closing.HandoverTo = handover;
        closing.HandoverNote = handoverNote;
        closing.Continuation = continuation;
        if (input.Visibility is { } apply && apply.ChangesAnything(closing))
            apply.ApplyTo(closing);
        var approach = await db.Approaches.FirstAsync(a => a.Id == approachId, ct);
        if (input.Close && closing.ClosedOn is null)
        {
            closing.ClosedOn = PlausibleDates.Today(time);
            closing.ClosedByUserId = actor.UserId;
            approach.Status = ApproachStatus.Afgerond;
        }
        else if (!input.Close && closing.ClosedOn is not null)
        {
            // Reopened: the approach is active again.
            closing.ClosedOn = null;
            closing.ClosedByUserId = null;
            if (approach.Status == ApproachStatus.Afgerond)
                approach.Status = ApproachStatus.Actief;
        }

        if (isNew)
        {
            db.Add(closing);
            await db.SaveChangesAsync(ct);
            return Result<ApproachClosing>.Ok(closing);
        }

        return await db.SaveVersionedAsync(closing, input.Version!.Value, closing, ct);
    }
}
