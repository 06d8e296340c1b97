using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Bijeenkomsten;

/// <summary>
/// Plan (no meeting id) or change and delete a meeting; for members with edit rights. One form for every kind: the
/// startbijeenkomst's five questions and the after-experiment's experiment appear when the kind asks for them (or is
/// not chosen yet). Works without JavaScript; nothing typed is lost on a validation error.
/// </summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class BijeenkomstModel(ApproachService approaches, MeetingService meetings, ActorService actors, FieldworkGuide guide) : WorkspacePageModel(approaches)
{
    /// <summary>Empty agenda rows offered below the filled ones.</summary>
    public const int EmptyAgendaRows = 3;

    [BindProperty(SupportsGet = true)]
    public Guid? MeetingId { get; set; }

    /// <summary>On "Nieuw": preselects the kind NaExperiment and this experiment.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? ExperimentId { get; set; }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    /// <summary>On "Nieuw": add the open agreements to the agenda.</summary>
    [BindProperty]
    public bool IncludeOpenAgreements { get; set; }

    public string? Conflict { get; private set; }

    public IReadOnlyList<MemberEntry> Members { get; private set; } = [];

    public IReadOnlyList<ActorView> Actors { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Experiments { get; private set; } = [];

    public IReadOnlyList<AgreementRow> OpenAgreements { get; private set; } = [];

    public IReadOnlyList<string> StartQuestions => guide.List(FieldworkGuide.StartMeeting).Questions;

    public string StartQuestionsSource => guide.List(FieldworkGuide.StartMeeting).Source.Section;

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(MeetingDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, MeetingDefaults.Visibility, View.CanManageMembers);

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        [new SelectListItem("Kies een soort", ""), .. Enum.GetValues<MeetingKind>().Select(k => new SelectListItem(MeetingLabels.For(k), k.ToString()))];

    public IReadOnlyList<SelectListItem> ExperimentItems =>
        [new SelectListItem("Kies een experiment", ""), .. Experiments.Select(e => new SelectListItem(e.Title, e.Id.ToString()))];

    /// <summary>Show the five questions: for a startbijeenkomst, or while no kind is chosen.</summary>
    public bool ShowsStartQuestions => Input.Kind is null or MeetingKind.Startbijeenkomst || Input.WorkingAgreements.Any(w => !string.IsNullOrWhiteSpace(w?.Answer));

    /// <summary>Show the experiment: for an after-experiment meeting, or while no kind is chosen (when the approach has experiments).</summary>
    public bool ShowsExperiment => Input.Kind is null or MeetingKind.NaExperiment || Input.ExperimentId is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (MeetingId is { } id)
        {
            var m = await meetings.GetAsync(Id, id, actor, ct);
            if (!m.IsOk)
                return NotFound();
            Input = MeetingInput.From(m.Value!);
            CurrentVisibility = VisibilityChoice.From(m.Value!);
        }
        else if (ExperimentId is { } experiment && Experiments.Any(e => e.Id == experiment))
        {
            Input.Kind = MeetingKind.NaExperiment;
            Input.ExperimentId = experiment;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        if (MeetingId is null && IncludeOpenAgreements)
        {
            var open = await meetings.OpenItemsForAgendaAsync(Id, actor, ct);
            foreach (var row in open.Value ?? [])
            {
                var text = MeetingService.AgendaText(row.Agreement);
                if (!Input.Agenda.Any(a => a?.Text?.Trim() == text))
                    Input.Agenda.Add(new AgendaItem { Text = text });
            }

            // The rows are on the form now; a second submit must not add them again.
            IncludeOpenAgreements = false;
            ModelState.Remove(nameof(IncludeOpenAgreements));
        }

        return await this.SubmitAsync(
            () => MeetingId is { } id ? meetings.UpdateAsync(Id, id, Input, actor, ct) : meetings.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<Meeting>
            {
                SavedFor = m => $"De bijeenkomst van {m.Date:d-M-yyyy} is opgeslagen.",
                Redirect = m => RedirectToPage("/Aanpakken/Bijeenkomsten/Detail", new { id = Id, meetingId = m.Id }),
                ShowAgain = async () =>
                {
                    // Agenda rows added above are not in ModelState yet: clear the agenda keys so the rows show from Input.
                    foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Agenda[", StringComparison.Ordinal) && ModelState[k]!.Errors.Count == 0).ToList())
                        ModelState.Remove(key);
                    return await LoadAsync(ct) ?? Page();
                },
                OnConflict = message => Conflict = message,
                LatestVersion = async () => MeetingId is { } id ? (Input.Version = (await meetings.GetAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (MeetingId is not { } id)
            return NotFound();
        var result = await meetings.DeleteAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De bijeenkomst en haar afspraken zijn verwijderd.";
        return RedirectToPage("/Aanpakken/Bijeenkomsten/Index", new { id = Id });
    }

    /// <summary>The agenda rows to show: the filled ones and at least <see cref="EmptyAgendaRows"/> empty ones.</summary>
    public List<AgendaItem> AgendaRows()
    {
        var rows = Input.Agenda.Select(a => a ?? new AgendaItem()).ToList();
        while (rows.Count(r => string.IsNullOrWhiteSpace(r.Text)) < EmptyAgendaRows)
            rows.Add(new AgendaItem());
        return rows;
    }

    /// <summary>The typed answer to question <paramref name="question"/> of the startbijeenkomst.</summary>
    public string AnswerTo(int question) => Input.WorkingAgreements.FirstOrDefault(w => w?.Question == question)?.Answer ?? "";

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("bijeenkomsten", ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        var actor = HttpContext.GetActor();
        Members = ((await Approaches.ListMembersAsync(Id, actor, ct)).Value ?? []).Where(m => m.UserId is not null).ToList();
        var visibleActors = await actors.AllAsync(Id, actor, ct);
        Actors = visibleActors.IsOk ? visibleActors.Value! : [];
        Experiments = await meetings.ExperimentsAsync(Id, actor, ct);
        if (MeetingId is null)
            OpenAgreements = (await meetings.OpenItemsForAgendaAsync(Id, actor, ct)).Value ?? [];
        return null;
    }
}
