using Wijkkracht.Core.Privacy;

namespace Wijkkracht.Web.Pages.Shared;

/// <summary>The sharing ledger table (partial _SharingLedger): the lines, and the approach titles when it spans approaches.</summary>
public sealed record SharingLedgerView(IReadOnlyList<SharingRecord> Lines, IReadOnlyDictionary<Guid, string>? ApproachTitles);
