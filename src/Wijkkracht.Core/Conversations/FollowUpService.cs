using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Conversations;

/// <summary>Input for a follow-up promised to residents.</summary>
public sealed class FollowUpInput
{
    public Guid? ConversationId { get; set; }

    public string? Issue { get; set; }

    public DateOnly? RaisedOn { get; set; }

    public string? Responsible { get; set; }

    public FollowUpStatus? Status { get; set; }

    public string? Feedback { get; set; }

    public DateOnly? FeedbackOn { get; set; }

    public string? ReasonNotSolved { get; set; }

    public Guid? Version { get; set; }

    public static FollowUpInput From(FollowUp f) => new()
    {
        ConversationId = f.ConversationId,
        Issue = f.Issue,
        RaisedOn = f.RaisedOn,
        Responsible = f.Responsible,
        Status = f.Status,
        Feedback = f.Feedback,
        FeedbackOn = f.FeedbackOn,
        ReasonNotSolved = f.ReasonNotSolved,
        Version = f.Version,
    };
}

/// <summary>
/// Follow-up promised to residents (issue 11 §2): core team only, like the conversations they come from
/// (<see cref="ApproachPermission.ViewStories"/> to read, plus <see cref="ApproachPermission.Edit"/> to change).
/// Reads are audited (they may describe a resident's situation).
/// </summary>
public sealed class FollowUpService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, TimeProvider time)
{
    public async Task<Result<Page<FollowUp>>> ListAsync(Guid approachId, bool openOnly, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<FollowUp>>.Denied(access);
        var query = db.Set<FollowUp>().AsNoTracking().Where(f => f.ApproachId == approachId);
        if (openOnly)
            query = query.Where(f => f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.InBehandeling);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(f => f.Status).ThenBy(f => f.RaisedOn).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        await audit.RecordViewAsync(actor, nameof(FollowUp), null, approachId, $"Terugkoppelingen bekeken ({items.Count} van {total})", ct);
        return Result<Page<FollowUp>>.Ok(new Page<FollowUp>(items, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<FollowUp>> GetAsync(Guid approachId, Guid followUpId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<FollowUp>.Denied(access);
        var followUp = await db.Set<FollowUp>().AsNoTracking().FirstOrDefaultAsync(f => f.ApproachId == approachId && f.Id == followUpId, ct);
        if (followUp is null)
            return Result<FollowUp>.NotFound();
        await audit.RecordViewAsync(actor, nameof(FollowUp), followUp.Id.ToString(), approachId, "Terugkoppeling bekeken", ct);
        return Result<FollowUp>.Ok(followUp);
    }

    public async Task<Result<FollowUp>> CreateAsync(Guid approachId, FollowUpInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<FollowUp>.Denied(access);
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<FollowUp>.Denied(ResultStatus.Forbidden);
        var followUp = new FollowUp { ApproachId = approachId };
        if (await ApplyAsync(followUp, input, ct) is not { } errors)
            return Result<FollowUp>.NotFound();
        if (errors.Any)
            return Result<FollowUp>.Invalid(errors);
        db.Add(followUp);
        await db.SaveChangesAsync(ct);
        return Result<FollowUp>.Ok(followUp);
    }

    public async Task<Result<FollowUp>> UpdateAsync(Guid approachId, Guid followUpId, FollowUpInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<FollowUp>.Denied(access);
        var followUp = await db.Set<FollowUp>().FirstOrDefaultAsync(f => f.ApproachId == approachId && f.Id == followUpId, ct);
        if (followUp is null)
            return Result<FollowUp>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<FollowUp>.Denied(ResultStatus.Forbidden);
        if (VersionedSave.MissingVersionResult<FollowUp>(input.Version) is { } missing)
            return missing;
        if (await ApplyAsync(followUp, input, ct) is not { } errors)
            return Result<FollowUp>.NotFound();
        if (errors.Any)
            return Result<FollowUp>.Invalid(errors);
        return await db.SaveVersionedAsync(followUp, input.Version!.Value, followUp, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid followUpId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<bool>.Denied(access);
        var followUp = await db.Set<FollowUp>().FirstOrDefaultAsync(f => f.ApproachId == approachId && f.Id == followUpId, ct);
        if (followUp is null)
            return Result<bool>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<bool>.Denied(ResultStatus.Forbidden);
        db.Remove(followUp);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Validates and applies; null when the linked conversation is not in this approach (404, like any foreign id).</summary>
    private async Task<ValidationErrors?> ApplyAsync(FollowUp followUp, FollowUpInput input, CancellationToken ct)
    {
        if (input.ConversationId is { } conversationId
            && !await db.Set<Conversation>().AnyAsync(c => c.ApproachId == followUp.ApproachId && c.Id == conversationId, ct))
            return null;
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        var issue = ConversationService.Text(errors, nameof(FollowUpInput.Issue), input.Issue, 1000);
        if (issue.Length == 0)
            errors.Add(nameof(FollowUpInput.Issue), "Beschrijf wat de bewoner vroeg of aankaartte.");
        if (input.RaisedOn is not { } raised)
            errors.Add(nameof(FollowUpInput.RaisedOn), "Vul in wanneer het werd gevraagd.");
        else
            PlausibleDates.Validate(errors, nameof(FollowUpInput.RaisedOn), raised, DateMeaning.Happened, today);
        var responsible = ConversationService.Text(errors, nameof(FollowUpInput.Responsible), input.Responsible, 200);
        if (input.Status is { } s && !Enum.IsDefined(s))
            errors.Add(nameof(FollowUpInput.Status), "Kies een geldige status.");
        var status = input.Status ?? FollowUpStatus.Open;
        var feedback = ConversationService.Text(errors, nameof(FollowUpInput.Feedback), input.Feedback, 2000);
        var reason = ConversationService.Text(errors, nameof(FollowUpInput.ReasonNotSolved), input.ReasonNotSolved, 2000);
        if (input.FeedbackOn is { } feedbackOn)
        {
            PlausibleDates.Validate(errors, nameof(FollowUpInput.FeedbackOn), feedbackOn, DateMeaning.Happened, today);
            if (input.RaisedOn is { } r && feedbackOn < r)
                errors.Add(nameof(FollowUpInput.FeedbackOn), "De terugkoppeling ligt vóór de datum waarop het werd gevraagd.");
        }

        if (status == FollowUpStatus.NietOpgelost && reason.Length == 0)
            errors.Add(nameof(FollowUpInput.ReasonNotSolved), "Schrijf op waarom het niet gelukt is. Die reden geeft u ook terug aan de bewoner.");
        if (errors.Any)
            return errors;
        followUp.ConversationId = input.ConversationId;
        followUp.Issue = issue;
        followUp.RaisedOn = input.RaisedOn!.Value;
        followUp.Responsible = responsible;
        followUp.Status = status;
        followUp.Feedback = feedback;
        followUp.FeedbackOn = input.FeedbackOn;
        followUp.ReasonNotSolved = reason;
        return errors;
    }
}
