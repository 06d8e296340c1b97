using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Reports;

namespace Wijkkracht.Core.Conversations;

/// <summary>Adds the newest version of the shared story (that the reader may see) to the progress report.</summary>
public sealed class StoryReportContributor(WijkkrachtDbContext db, StoryService stories, Visibility.VisibilityContext visibility) : IReportContributor
{
    public const string Title = "Gezamenlijk verhaal van de buurt";

    public int Order => 40;

    public async Task<IReadOnlyList<ReportSection>> SectionsAsync(Guid approachId, ReportKind kind, CancellationToken ct)
    {
        if (kind != ReportKind.Progress)
            return [];
        var latest = await Visibility.VisibilityRules.Filter(db.Set<StoryVersion>().AsNoTracking(), visibility.Access).Where(s => s.ApproachId == approachId) // visibility (ADR 0005)
            .OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);
        if (latest is null)
            return [new ReportSection(Title, [("Stand", "Er is nog geen gezamenlijk verhaal vastgelegd.")])];
        var cited = await stories.CitedAsync(approachId, latest, ct);
        var fields = new List<(string, string)> { ("Verhaal", latest.Text) };
        foreach (var group in cited.GroupBy(c => c.Kind))
        {
            var label = group.Key switch { StoryCitationKind.Thema => "Thema's", StoryCitationKind.Patroon => "Patronen", _ => "Tijdlijn" };
            fields.Add((label, string.Join("; ", group.Select(c => c.Title))));
        }

        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        return [new ReportSection($"{Title} (versie {latest.Number})", fields, Intro: $"Opgeslagen door {latest.CreatedByName} op {latest.CreatedAt.ToDutchTime().ToString("d MMMM yyyy", nl)}.")];
    }
}
