using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.GroupSetups;

/// <summary>The guide's questions for a group set-up (content/group-setup-questions.yaml).</summary>
public sealed class GroupSetupGuide(ConversationGuide questions)
{
    public const string FileName = "group-setup-questions.yaml";

    /// <summary>"Wat gebeurt er als we een jongere uit de groep halen?" — the question every set-up answers.</summary>
    public const string RequiredListId = "werkwijzerplus-groepsopstelling";

    public const int RequiredIndex = 1;

    public ConversationGuide Questions { get; } = questions;

    public static GroupSetupGuide Load(string contentPath)
    {
        var guide = new GroupSetupGuide(ConversationGuide.Load(contentPath, FileName));
        if (guide.Questions.Question(RequiredListId, RequiredIndex) is null)
            throw new InvalidDataException($"{FileName}: the list {RequiredListId} must have the question 'Wat gebeurt er als we een jongere uit de groep halen?' at index {RequiredIndex}");
        return guide;
    }
}

/// <summary>One figure in the input (a row of the form; an empty label means an unused row).</summary>
public sealed class SetupFigureInput
{
    public string? Label { get; set; }

    public double? X { get; set; }

    public double? Y { get; set; }

    public string? Position { get; set; }
}

/// <summary>One tie in the input (an empty row is skipped).</summary>
public sealed class SetupTieInput
{
    public string? From { get; set; }

    public string? To { get; set; }

    public SetupTieKind? Kind { get; set; }
}

/// <summary>Input for a group set-up (form and API).</summary>
public sealed class GroupSetupInput
{
    public DateOnly? Date { get; set; }

    public string? Group { get; set; }

    public string? Participants { get; set; }

    public List<SetupFigureInput> Figures { get; set; } = [];

    public List<SetupTieInput> Ties { get; set; } = [];

    public List<ConversationAnswerInput> Answers { get; set; } = [];

    /// <summary>Saves text that looks like it names a person after the warning.</summary>
    public bool ConfirmPossibleNames { get; set; }

    public Guid? Version { get; set; }

    public static GroupSetupInput From(GroupSetup s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new GroupSetupInput
        {
            Date = s.Date,
            Group = s.Group,
            Participants = s.Participants,
            Figures = s.Figures.Select(f => new SetupFigureInput { Label = f.Label, X = f.X, Y = f.Y, Position = f.Position }).ToList(),
            Ties = s.Ties.Select(t => new SetupTieInput { From = t.From, To = t.To, Kind = t.Kind }).ToList(),
            Answers = s.Answers.Select(a => new ConversationAnswerInput { ListId = a.ListId, Index = a.Index, Answer = a.Answer }).ToList(),
            Version = s.Version,
        };
    }
}

/// <summary>
/// Group set-ups of an approach (issue 11 §8). The same rules as conversations: reading needs
/// <see cref="ApproachPermission.ViewStories"/> (the core team), changing also <see cref="ApproachPermission.Edit"/>;
/// every read is audited, changes are audited by the DbContext. Figures are letters, never names: the label must be a
/// capital letter with at most one digit (A, B, … Z, A1), and free text that looks like a name warns before saving.
/// </summary>
public sealed partial class GroupSetupService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, GroupSetupGuide guide, TimeProvider time)
{
    public const int MaxFigures = 26;

    public const int MaxTies = 60;

    public async Task<Result<Page<GroupSetup>>> ListAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<GroupSetup>>.Denied(access);
        var query = db.Set<GroupSetup>().AsNoTracking().Where(s => s.ApproachId == approachId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(s => s.Date).ThenByDescending(s => s.CreatedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        if (items.Count > 0)
            await audit.RecordViewAsync(actor, nameof(GroupSetup), null, approachId, $"Groepsopstellingen bekeken ({items.Count} van {total})", ct);
        return Result<Page<GroupSetup>>.Ok(new Page<GroupSetup>(items, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<GroupSetup>> GetAsync(Guid approachId, Guid setupId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<GroupSetup>.Denied(access);
        var setup = await db.Set<GroupSetup>().AsNoTracking().FirstOrDefaultAsync(s => s.ApproachId == approachId && s.Id == setupId, ct);
        if (setup is null)
            return Result<GroupSetup>.NotFound();
        await audit.RecordViewAsync(actor, nameof(GroupSetup), setup.Id.ToString(), approachId, $"Groepsopstelling van {setup.Date:d-M-yyyy} bekeken", ct);
        return Result<GroupSetup>.Ok(setup);
    }

    /// <summary>Whether <paramref name="actor"/> may record and change set-ups in the approach (core team with edit rights).</summary>
    public async Task<bool> CanChangeAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await WriteAccessAsync(approachId, actor, ct) is null;

    public async Task<Result<GroupSetup>> CreateAsync(Guid approachId, GroupSetupInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (await WriteAccessAsync(approachId, actor, ct) is { } denied)
            return Result<GroupSetup>.Denied(denied);
        var setup = new GroupSetup { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var errors = Apply(setup, input);
        if (errors.Any)
            return Result<GroupSetup>.Invalid(errors);
        db.Add(setup);
        await db.SaveChangesAsync(ct);
        return Result<GroupSetup>.Ok(setup);
    }

    public async Task<Result<GroupSetup>> UpdateAsync(Guid approachId, Guid setupId, GroupSetupInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<GroupSetup>.Denied(access);
        var setup = await db.Set<GroupSetup>().FirstOrDefaultAsync(s => s.ApproachId == approachId && s.Id == setupId, ct);
        if (setup is null)
            return Result<GroupSetup>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<GroupSetup>.Denied(ResultStatus.Forbidden);
        if (VersionedSave.MissingVersionResult<GroupSetup>(input.Version) is { } missing)
            return missing;
        var errors = Apply(setup, input);
        if (errors.Any)
            return Result<GroupSetup>.Invalid(errors);
        return await db.SaveVersionedAsync(setup, input.Version!.Value, setup, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid setupId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return Result<bool>.Denied(access);
        var setup = await db.Set<GroupSetup>().FirstOrDefaultAsync(s => s.ApproachId == approachId && s.Id == setupId, ct);
        if (setup is null)
            return Result<bool>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<bool>.Denied(ResultStatus.Forbidden);
        db.Remove(setup);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private async Task<ResultStatus?> WriteAccessAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewStories, ct);
        if (access != ResultStatus.Ok)
            return access;
        return await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct) ? null : ResultStatus.Forbidden;
    }

    [GeneratedRegex("^[A-Z][0-9]?$")]
    private static partial Regex LabelPattern();

    private ValidationErrors Apply(GroupSetup setup, GroupSetupInput input)
    {
        var errors = new ValidationErrors();
        if (input.Date is not { } date)
            errors.Add(nameof(GroupSetupInput.Date), "Vul de datum van de groepsopstelling in.");
        else
            PlausibleDates.Validate(errors, nameof(GroupSetupInput.Date), date, DateMeaning.Happened, PlausibleDates.Today(time));
        var group = ConversationService.Text(errors, nameof(GroupSetupInput.Group), TextInput.Clean(input.Group ?? ""), 200);
        if (group.Length == 0)
            errors.Add(nameof(GroupSetupInput.Group), "Beschrijf om welke groep het gaat, zonder namen (bijvoorbeeld 'jeugdgroep bij het winkelcentrum, 14 tot 17 jaar').");
        var participants = ConversationService.Text(errors, nameof(GroupSetupInput.Participants), TextInput.Clean(input.Participants ?? ""), 500);

        var figures = new List<SetupFigure>();
        for (var i = 0; i < input.Figures.Count; i++)
        {
            var f = input.Figures[i];
            var label = (f.Label ?? "").Trim().ToUpperInvariant();
            var prefix = $"{nameof(GroupSetupInput.Figures)}[{i}].";
            if (label.Length == 0)
            {
                if (!string.IsNullOrWhiteSpace(f.Position) || f.X is not null || f.Y is not null)
                    errors.Add(prefix + nameof(SetupFigureInput.Label), "Geef dit poppetje een letter (A, B, C …), of maak de rij leeg.");
                continue;
            }

            if (!LabelPattern().IsMatch(label))
                errors.Add(prefix + nameof(SetupFigureInput.Label), "Een poppetje heet A tot en met Z, eventueel met één cijfer (A1). Gebruik nooit de naam van een jongere.");
            else if (figures.Any(x => x.Label == label))
                errors.Add(prefix + nameof(SetupFigureInput.Label), $"De letter {label} is al gebruikt.");
            var x = f.X ?? 50;
            var y = f.Y ?? 50;
            if (double.IsNaN(x) || x is < 0 or > 100)
                errors.Add(prefix + nameof(SetupFigureInput.X), "Een plek op de schets is een percentage van 0 tot en met 100.");
            if (double.IsNaN(y) || y is < 0 or > 100)
                errors.Add(prefix + nameof(SetupFigureInput.Y), "Een plek op de schets is een percentage van 0 tot en met 100.");
            var position = ConversationService.Text(errors, prefix + nameof(SetupFigureInput.Position), TextInput.Clean(f.Position ?? ""), 100);
            figures.Add(new SetupFigure { Label = label, X = Math.Round(x, 1), Y = Math.Round(y, 1), Position = position });
        }

        if (figures.Count == 0)
            errors.Add(nameof(GroupSetupInput.Figures), "Zet ten minste één poppetje in de opstelling.");
        else if (figures.Count > MaxFigures)
            errors.Add(nameof(GroupSetupInput.Figures), $"Hoogstens {MaxFigures} poppetjes.");

        var ties = new List<SetupTie>();
        for (var i = 0; i < input.Ties.Count; i++)
        {
            var t = input.Ties[i];
            var from = (t.From ?? "").Trim().ToUpperInvariant();
            var to = (t.To ?? "").Trim().ToUpperInvariant();
            var prefix = $"{nameof(GroupSetupInput.Ties)}[{i}].";
            if (from.Length == 0 && to.Length == 0 && t.Kind is null)
                continue;
            if (figures.All(f => f.Label != from))
                errors.Add(prefix + nameof(SetupTieInput.From), "Kies een poppetje uit de opstelling.");
            if (figures.All(f => f.Label != to))
                errors.Add(prefix + nameof(SetupTieInput.To), "Kies een poppetje uit de opstelling.");
            else if (from == to)
                errors.Add(prefix + nameof(SetupTieInput.To), "Kies twee verschillende poppetjes.");
            if (t.Kind is not { } kind || !Enum.IsDefined(kind))
                errors.Add(prefix + nameof(SetupTieInput.Kind), "Kies hoe de twee zich tot elkaar verhouden.");
            else if (ties.Any(x => x.Kind == kind && ((x.From == from && x.To == to) || (x.From == to && x.To == from))))
                errors.Add(prefix + nameof(SetupTieInput.Kind), "Deze verbinding staat er al.");
            else
                ties.Add(new SetupTie { From = from, To = to, Kind = kind });
        }

        if (ties.Count > MaxTies)
            errors.Add(nameof(GroupSetupInput.Ties), $"Hoogstens {MaxTies} verbindingen.");

        var answers = new List<ConversationAnswer>();
        for (var i = 0; i < input.Answers.Count; i++)
        {
            var a = input.Answers[i];
            var text = TextInput.Clean(a.Answer?.Trim() ?? "");
            if (text.Length == 0)
                continue;
            var field = $"{nameof(GroupSetupInput.Answers)}[{i}].{nameof(ConversationAnswerInput.Answer)}";
            if (guide.Questions.Question(a.ListId ?? "", a.Index) is null)
                errors.Add(field, "Deze vraag hoort niet bij een groepsopstelling.");
            else if (text.Length > 2000)
                errors.Add(field, "Maximaal 2000 tekens.");
            else if (answers.Any(x => x.ListId == a.ListId && x.Index == a.Index))
                errors.Add(field, "Deze vraag is al beantwoord.");
            else
                answers.Add(new ConversationAnswer { ListId = a.ListId!, Index = a.Index, Answer = text });
        }

        if (!answers.Any(a => a.ListId == GroupSetupGuide.RequiredListId && a.Index == GroupSetupGuide.RequiredIndex))
        {
            var at = input.Answers.FindIndex(a => a.ListId == GroupSetupGuide.RequiredListId && a.Index == GroupSetupGuide.RequiredIndex);
            errors.Add(at >= 0 ? $"{nameof(GroupSetupInput.Answers)}[{at}].{nameof(ConversationAnswerInput.Answer)}" : nameof(GroupSetupInput.Answers),
                "Beschrijf wat er gebeurt als een jongere uit de groep gehaald wordt: dat is de kern van de groepsopstelling.");
        }

        var hits = new[] { group, participants }.Concat(figures.Select(f => f.Position)).Concat(answers.Select(a => a.Answer))
            .SelectMany(Privacy.NameDetector.Find).Distinct(StringComparer.Ordinal)
            .Except(new[] { setup.Group, setup.Participants }.Concat(setup.Figures.Select(f => f.Position)).Concat(setup.Answers.Select(a => a.Answer)).SelectMany(Privacy.NameDetector.Find), StringComparer.Ordinal)
            .ToList();
        if (hits.Count > 0 && !input.ConfirmPossibleNames && !errors.Any)
            errors.Add(nameof(GroupSetupInput.ConfirmPossibleNames), Privacy.NameDetector.Warning(hits));

        if (errors.Any)
            return errors;
        setup.Date = input.Date!.Value;
        setup.Group = group;
        setup.Participants = participants;
        setup.Figures = figures;
        setup.Ties = ties;
        setup.Answers = answers;
        return errors;
    }
}
