using Wijkkracht.Core.Meetings;

namespace Wijkkracht.Web.Pages.Aanpakken.Afspraken;

/// <summary>
/// The agreements table (partial _AgreementsTable): what, who, by when, status (overdue in words: "Te laat") and,
/// across meetings, the meeting. A row links to its page for editors and for the agreement's owner.
/// </summary>
public sealed record AgreementsTableModel(Guid ApproachId, IReadOnlyList<AgreementRow> Rows, bool ShowMeeting, Guid MyUserId, bool CanEdit, string Caption)
{
    public bool Links(AgreementRow row) => CanEdit || row?.Agreement.OwnerUserId == MyUserId;
}
