using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Newsletters;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// One demo buurtbericht (issue 13 §8), a concept composed from the demo actions marked shareable, in the sections of
/// the guide's example. Fictional (Demostad): the introduction is a role without a name (no consent recorded), and the
/// co-authors are organisations, as the guide asks ("samen met ondernemers of organisaties in de buurt").
/// </summary>
public static class DemoNewsletters
{
    public static async Task AddAsync(WijkkrachtDbContext db, Guid organisationId, Guid approachId, DateOnly today, Guid coordinatorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var actions = await db.Set<NeighbourhoodAction>().AsNoTracking().Where(a => a.ApproachId == approachId).ToListAsync(ct);
        var (stories, events) = NewsletterService.Compose(actions, today, 16);
        db.Add(new Newsletter
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            Title = "Buurtbericht Europaplein (demo)",
            EditionDate = today,
            CreatedByUserId = coordinatorId,
            CoAuthors = ["Winkeliersvereniging Europaplein", "Wijkpunt Europaplein", "Bewonerscommissie Parklaan"],
            IntroRole = "wijkagent",
            IntroText = "Ik werk sinds een paar jaar als wijkagent rond het Europaplein. Ziet u mij op straat, spreek me gerust aan: ik sta altijd open voor een gesprek.",
            HubName = "Wijkpunt Europaplein",
            HubText = "Bij het wijkpunt kunt u terecht met vragen over welzijn en gezondheid, om anderen te ontmoeten, of met een idee voor de buurt.",
            Agenda =
            [
                new NewsletterAgendaItem { What = "Koffietafel", When = "elke donderdag 10.00–12.00 uur", Where = "Europaplein, bij de fontein" },
                new NewsletterAgendaItem { What = "Spreekuur wijkverbinder", When = "elke dinsdag 13.00–15.00 uur", Where = "Wijkpunt Europaplein" },
            ],
            ReportBack = stories,
            Events = events,
            CallToAction = "Wilt u meehelpen met de koffietafel of de buurtbarbecue? Loop binnen bij het wijkpunt of spreek ons aan op het plein.",
        });
        await db.SaveChangesAsync(ct);
    }
}
