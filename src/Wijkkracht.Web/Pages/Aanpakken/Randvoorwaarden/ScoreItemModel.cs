using Wijkkracht.Core.Preconditions;

namespace Wijkkracht.Web.Pages.Aanpakken.Randvoorwaarden;

/// <summary>One scored item of the check form.</summary>
public sealed record ScoreItemModel(int Index, string PreconditionId, int AskIndex, string Question, PreconditionScore? Score, string? Explanation);
