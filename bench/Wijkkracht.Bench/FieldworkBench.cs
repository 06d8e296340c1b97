using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Bench;

/// <summary>
/// Issue 13: the approach dashboard (overview page with what needs attention) and the agreements list (page and API) for
/// an approach with 2,000 actions (200 experiments, some overdue) and 500 meetings with 1,500 agreements, on a fresh
/// SQLite file, signed in as the approach's wijkverbinder. Budget p95 &lt; 100 ms. Prints figures; exits 1 when over.
/// </summary>
public static partial class WorkspaceBench
{
    public static async Task<int> RunFieldworkAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Wijkkracht.slnx")))
            root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WIJKKRACHT_WEB", Path.Combine(root?.FullName ?? ".", "src", "Wijkkracht.Web"));
        var dir = Path.Combine(Path.GetTempPath(), "wijkkracht-fieldbench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            await using var app = new BenchApp($"Data Source={Path.Combine(dir, "bench.db")}");
            var (user, approachId) = await SeedFieldworkAsync(app);
            var api = await ApiClientAsync(app, user);
            var browser = await SignedInAsync(app, user);
            var ok = true;
            ok &= Report("GET /aanpakken/{id} (dashboard: experiments, actions due, agreements, next meetings)", await TimeAsync(browser, $"/aanpakken/{approachId}", null, "Wat vraagt aandacht"), 100);
            ok &= Report("GET /aanpakken/{id}/afspraken?toon=te-laat (overdue agreements page)", await TimeAsync(browser, $"/aanpakken/{approachId}/afspraken?toon=te-laat", null, "Te laat"), 100);
            ok &= Report("GET /aanpakken/{id}/afspraken (open agreements page)", await TimeAsync(browser, $"/aanpakken/{approachId}/afspraken", null, "Afspraken"), 100);
            ok &= Report("GET /api/v1/approaches/{id}/agreements?status=open", await TimeAsync(api, $"/api/v1/approaches/{approachId}/agreements?status=open", null, "\"totalItems\""), 100);
            ok &= Report("GET /api/v1/approaches/{id}/actions?overdue=true", await TimeAsync(api, $"/api/v1/approaches/{approachId}/actions?overdue=true", null, "\"totalItems\""), 100);
            ok &= Report("GET /aanpakken/{id}/acties (actions page)", await TimeAsync(browser, $"/aanpakken/{approachId}/acties", null, "Acties en experimenten"), 100);
            return ok ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<(AppUser User, Guid ApproachId)> SeedFieldworkAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var organisation = new Organisation { Name = "Veldwerkbench", GmCode = "GM9992" };
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem(organisation.Id);
        var db = scope.ServiceProvider.GetRequiredService<WijkkrachtDbContext>();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var user = new AppUser
        {
            OrganisationId = organisation.Id,
            Email = "wijkverbinder@veldbench.example",
            UserName = "wijkverbinder@veldbench.example",
            DisplayName = "Wijkverbinder Bench",
            Role = OrgRole.Wijkverbinder,
            EmailConfirmed = true,
        };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, Password);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        var buurt = new Area { OrganisationId = organisation.Id, Kind = AreaKind.Buurt, Code = "BU99920101", Name = "Veldbuurt" };
        var approach = new Approach { OrganisationId = organisation.Id, Area = buurt, Title = "Veldwerk-bench", Issue = "Bench", Method = ApproachMethod.Beide, StartDate = new DateOnly(2024, 1, 1), Status = ApproachStatus.Actief };
        db.AddRange(buurt, approach);
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = organisation.Id, Approach = approach, UserId = user.Id, Role = ApproachRole.Wijkverbinder });
        await db.SaveChangesAsync();

        var random = new Random(13);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var experiments = new List<Guid>();
        for (var i = 0; i < 2_000; i++)
        {
            var kind = i % 10 == 0 ? ActionKind.Experiment : (ActionKind)random.Next(1, 4) is ActionKind.Experiment ? ActionKind.ZichtbareActie : ActionKind.Activiteit;
            var start = today.AddDays(-random.Next(0, 700));
            var action = new NeighbourhoodAction
            {
                OrganisationId = organisation.Id,
                ApproachId = approach.Id,
                Kind = kind,
                Title = $"Actie {i:0000}",
                PlaceName = $"Plek {random.Next(1, 40)}",
                StartDate = start,
                EndDate = start.AddDays(random.Next(1, 120)),
                Status = (ActionStage)random.Next(1, 6),
                OwnerUserId = user.Id,
                Organisers = "Bewonerscommissie",
            };
            if (kind == ActionKind.Experiment)
            {
                action.Status = ActionStage.Loopt;
                action.Pattern = "Patroon";
                action.ExpectedEffect = "Effect";
                action.EvaluationPlan = "Plan";
                action.UndoPlan = "Terug";
                experiments.Add(action.Id);
            }

            db.Add(action);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        for (var i = 0; i < 500; i++)
        {
            var meeting = new Meeting
            {
                OrganisationId = organisation.Id,
                ApproachId = approach.Id,
                Kind = i % 5 == 0 ? MeetingKind.NaExperiment : (MeetingKind)random.Next(1, 6),
                Title = $"Bijeenkomst {i:000}",
                Date = today.AddDays(random.Next(-700, 60)),
                Place = "Buurthuis",
                AttendeeUserIds = [user.Id],
                Agenda = [new() { Text = "Rondvraag" }],
            };
            if (meeting.Kind == MeetingKind.NaExperiment)
                meeting.ExperimentId = experiments[i / 5 % experiments.Count];
            db.Add(meeting);
            for (var j = 0; j < 3; j++)
            {
                db.Add(new MeetingAgreement
                {
                    OrganisationId = organisation.Id,
                    ApproachId = approach.Id,
                    MeetingId = meeting.Id,
                    What = $"Afspraak {i:000}-{j}",
                    OwnerUserId = j == 0 ? user.Id : null,
                    OwnerName = j == 0 ? user.DisplayName : "Jongerenwerk",
                    DueDate = meeting.Date.AddDays(random.Next(7, 60)),
                    Status = random.Next(3) == 0 ? AgreementStatus.Gedaan : AgreementStatus.Open,
                });
            }
        }

        await db.SaveChangesAsync();
        return (user, approach.Id);
    }
}
