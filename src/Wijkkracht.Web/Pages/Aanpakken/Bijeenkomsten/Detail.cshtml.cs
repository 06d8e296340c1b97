using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Bijeenkomsten;

/// <summary>
/// One meeting: attendees (names only as far as the reader may see members and actors), agenda with the pre-briefing
/// marker, notes, signals, decisions, the working agreements with the guide's questions, and the agreements; members
/// with edit rights add agreements here.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class DetailModel(ApproachService approaches, MeetingService meetings, ActorService actors, FieldworkGuide guide) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid MeetingId { get; set; }

    /// <summary>The "Afspraak toevoegen" form.</summary>
    [BindProperty]
    public AgreementInput Afspraak { get; set; } = new();

    public Meeting Meeting { get; private set; } = null!;

    public Guid MyUserId => HttpContext.GetActor().UserId;

    public IReadOnlyList<AgreementRow> Agreements { get; private set; } = [];

    /// <summary>Names of the attending members the reader may see.</summary>
    public IReadOnlyList<string> MemberNames { get; private set; } = [];

    /// <summary>Names of the attending actors the reader may see (protected persons pseudonymised).</summary>
    public IReadOnlyList<string> ActorNames { get; private set; } = [];

    /// <summary>Attendees the reader may not see by name.</summary>
    public int OtherAttendees { get; private set; }

    public string? ExperimentTitle { get; private set; }

    public IReadOnlyList<MemberEntry> Members { get; private set; } = [];

    public IReadOnlyList<string> StartQuestions => guide.List(FieldworkGuide.StartMeeting).Questions;

    public IReadOnlyList<SelectListItem> OwnerItems =>
        [new SelectListItem("Geen lid: vul hieronder een naam of groep in", ""), .. Members.Select(m => new SelectListItem(m.DisplayName, m.UserId!.Value.ToString()))];

    public static IReadOnlyList<SelectListItem> StatusItems { get; } =
        Enum.GetValues<AgreementStatus>().Select(s => new SelectListItem(MeetingLabels.For(s), s.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAfspraakAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return await this.SubmitAsync(
            () => meetings.CreateAgreementAsync(Id, MeetingId, Afspraak, actor, ct),
            new FormOutcome<MeetingAgreement>
            {
                Prefix = nameof(Afspraak),
                SavedFor = a => $"De afspraak '{a.What}' is toegevoegd.",
                Redirect = _ => RedirectToPage("/Aanpakken/Bijeenkomsten/Detail", null, new { id = Id, meetingId = MeetingId }, "afspraken"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("bijeenkomsten", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var result = await meetings.GetAsync(Id, MeetingId, actor, ct);
        if (!result.IsOk)
            return result.Status == ResultStatus.Forbidden ? Forbid() : NotFound();
        Meeting = result.Value!;
        Agreements = (await meetings.AgreementsOfMeetingAsync(Id, MeetingId, actor, ct)).Value ?? [];
        var members = (await Approaches.ListMembersAsync(Id, actor, ct)).Value ?? [];
        Members = members.Where(m => m.UserId is not null).ToList();
        var memberNames = Members.Where(m => Meeting.AttendeeUserIds.Contains(m.UserId!.Value)).Select(m => m.DisplayName).ToList();
        var actorNames = new List<string>();
        if (Meeting.AttendeeActorIds.Count > 0)
        {
            var visible = await actors.AllAsync(Id, actor, ct);
            if (visible.IsOk)
                actorNames = visible.Value!.Where(v => Meeting.AttendeeActorIds.Contains(v.Actor.Id)).Select(v => v.Actor.DisplayName).ToList();
        }

        MemberNames = memberNames;
        ActorNames = actorNames;
        OtherAttendees = Meeting.AttendeeUserIds.Count + Meeting.AttendeeActorIds.Count - memberNames.Count - actorNames.Count;
        if (Meeting.ExperimentId is { } experiment)
            ExperimentTitle = (await meetings.ExperimentsAsync(Id, actor, ct)).FirstOrDefault(e => e.Id == experiment).Title;
        return null;
    }
}
