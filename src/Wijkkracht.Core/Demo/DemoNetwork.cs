using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Network;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// Demo network for the Europaplein approach (issue 12): about 60 actors in four neighbourhood circles plus
/// professionals and organisations, about 150 relations recorded at two network drawings (March and September 2026,
/// some from March expired without confirmation), a contact log, and protected persons (a threatened key person and a
/// minor). All names are fictional; the generator is seeded, so the demo is the same every time.
/// </summary>
public static class DemoNetwork
{
    private static readonly DateOnly FirstDrawing = new(2026, 3, 15);

    /// <summary>The network meeting after the first drawing, whose analysis the demo keeps.</summary>
    public static readonly DateOnly FirstMeeting = new(2026, 4, 2);
    private static readonly DateOnly SecondDrawing = new(2026, 9, 15);

    private static readonly (string Circle, string[] Names)[] Circles =
    [
        ("Parklaan", ["Fatima B.", "Henk de V.", "Anouk P.", "Mohamed E.", "Ria S.", "Kees van D.", "Samira A.", "Joke M.", "Dennis R.", "Yusuf K.", "Els T.", "Bayu S."]),
        ("Europaplein", ["Ahmet Y.", "Linda K.", "Peter W.", "Shanti R.", "Marco B.", "Ilse H.", "Rachid O.", "Tineke L.", "Ger J.", "Nadia C.", "Wim B."]),
        ("Bloemenbuurt", ["Aisha M.", "Johan S.", "Karin V.", "Hassan B.", "Monique D.", "Ricardo F.", "Lotte G.", "Abdel H.", "Greet W.", "Sander N.", "Zeynep A."]),
        ("Jongeren en sport", ["Coach Youssef", "Daan K.", "Mila R.", "Trainer Sven", "Oussama T.", "Jayden M.", "Noor B.", "Milan V.", "Sara L.", "Bilal D."]),
    ];

    private static readonly (string Name, ActorKind Kind, string[] Roles)[] Professionals =
    [
        ("Wijkteam Noord", ActorKind.Organisatie, []),
        ("Jongerenwerk Europaplein", ActorKind.Organisatie, ["jongerenwerker"]),
        ("Wijkagent Oost", ActorKind.Persoon, ["wijkagent"]),
        ("Boa-team Centrum", ActorKind.Groep, ["boa"]),
        ("Moskee Parklaan", ActorKind.Organisatie, []),
        ("Bewonerscommissie Parklaan", ActorKind.Groep, ["initiatiefnemer"]),
        ("Winkeliersvereniging Europaplein", ActorKind.Netwerk, ["ondernemer"]),
        ("Buurtvaders Oost", ActorKind.Groep, ["buurtvader-moeder"]),
        ("Basisschool De Regenboog", ActorKind.Organisatie, []),
        ("Voetbalclub SV Europa", ActorKind.Organisatie, []),
    ];

    /// <summary>Keeps the analysis of the network at the first network meeting (after the network itself is saved).</summary>
    public static async Task AddKeptRunAsync(WijkkrachtDbContext db, Guid organisationId, Guid approachId, Guid wijkverbinderId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var snapshot = await NetworkMetricsService.LoadSnapshotAsync(db, approachId, FirstMeeting, today, null, ct);
        var run = NetworkRunService.Build(approachId, "Netwerkbijeenkomst april 2026", snapshot, wijkverbinderId, "Wessel Wijkverbinder");
        run.OrganisationId = organisationId;
        run.CreatedAt = run.UpdatedAt = new DateTimeOffset(2026, 4, 2, 20, 0, 0, TimeSpan.FromHours(2));
        db.Add(run);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the demo network to the context (the caller saves).</summary>
    public static void Add(WijkkrachtDbContext db, Guid organisationId, Guid approachId, Guid coordinatorId, Guid wijkverbinderId, Guid jongerenwerkerId, Guid wijkagentId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var random = new Random(2026);
        var created = DateTimeOffset.Parse("2026-03-15T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture);
        NetworkActor Actor(string name, ActorKind kind, string[] roles, Guid? contact, PpctLevel? sphere)
        {
            var actor = new NetworkActor
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                Kind = kind,
                DisplayName = name,
                Informal = kind is ActorKind.Groep or ActorKind.Netwerk,
                Roles = [.. roles],
                Sphere = sphere,
                Willingness = Willingness.Wil,
                Compensation = kind == ActorKind.Persoon ? Compensation.Vrijwilliger : Compensation.NietVanToepassing,
                MemberSince = FirstDrawing,
                ContactUserId = contact,
                CreatedByUserId = wijkverbinderId,
                CreatedAt = created,
                UpdatedAt = created,
            };
            db.Add(actor);
            return actor;
        }

        var circles = new List<List<NetworkActor>>();
        var contacts = new[] { wijkverbinderId, coordinatorId, wijkverbinderId, jongerenwerkerId };
        for (var c = 0; c < Circles.Length; c++)
        {
            var members = new List<NetworkActor>();
            for (var i = 0; i < Circles[c].Names.Length; i++)
            {
                var name = Circles[c].Names[i];
                string[] roles = i switch { 0 => ["sleutelpersoon"], 1 => ["initiatiefnemer"], 2 => ["verbinder"], _ => [] };
                var actor = Actor(name, ActorKind.Persoon, roles, i < 3 ? contacts[c] : null, c == 3 ? PpctLevel.Micro : PpctLevel.Meso);
                if (i == 0)
                {
                    actor.Talents = "Kent veel mensen in de " + Circles[c].Circle + "; spreekt meerdere talen.";
                    actor.RespondsTo = "Persoonlijk contact en afspraken die worden nagekomen.";
                    actor.Contribution = "Brengt mensen samen en vertaalt zorgen naar het team.";
                    actor.Influence = "Wordt gehoord door ouders en jongeren.";
                    actor.Stance = Stance.Helper;
                }

                members.Add(actor);
            }

            circles.Add(members);
        }

        // The Bloemenbuurt's residents beyond its key persons joined after the second network drawing: the network on a
        // date before it is smaller, and "wie kwam erbij" has an answer.
        foreach (var late in circles[2].Skip(3))
            late.MemberSince = SecondDrawing;

        // Protected persons: a key person who was threatened, and a minor in the sports circle.
        circles[1][0].Protection = ProtectionLevel.Bedreigd;
        circles[1][0].ContactUserId = coordinatorId;
        circles[3][5].Protection = ProtectionLevel.Minderjarig;
        circles[3][5].ContactUserId = jongerenwerkerId;
        circles[3][6].Protection = ProtectionLevel.Minderjarig;

        var professionals = Professionals.Select((p, i) => Actor(p.Name, p.Kind, p.Roles, i switch { 1 => jongerenwerkerId, 2 => wijkagentId, _ => wijkverbinderId }, PpctLevel.Exo)).ToList();
        var loner = Actor("Truus O.", ActorKind.Persoon, [], null, PpctLevel.Micro);
        loner.Willingness = Willingness.Misschien;

        var pairs = new HashSet<(Guid, Guid)>();
        var relationIndex = 0;
        void Relate(NetworkActor a, NetworkActor b, RelationType type, DateOnly since, RelationSource source)
        {
            var key = a.Id.CompareTo(b.Id) < 0 ? (a.Id, b.Id) : (b.Id, a.Id);
            if (a.Id == b.Id || !pairs.Add(key))
                return;
            relationIndex++;
            var relation = new NetworkRelation
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                FromActorId = a.Id,
                ToActorId = b.Id,
                Type = type,
                Strength = 1 + random.Next(5),
                Since = since,
                Source = source,
                Confidence = source == RelationSource.Horenzeggen ? Confidence.Laag : Confidence.Middel,
                RecordedByUserId = wijkverbinderId,
                RecordedByName = "Wessel Wijkverbinder",
                CreatedAt = created,
                UpdatedAt = created,
            };
            // Every seventh tie of the first drawing was hearsay with an expiry date; half of those were confirmed later.
            if (since == FirstDrawing && relationIndex % 7 == 0)
            {
                relation.Source = RelationSource.Horenzeggen;
                relation.Confidence = Confidence.Laag;
                relation.ExpiresOn = new DateOnly(2026, 9, 1);
                if (relationIndex % 14 == 0)
                    relation.ConfirmedOn = SecondDrawing;
            }

            db.Add(relation);
        }

        var types = new[] { RelationType.Kent, RelationType.Kent, RelationType.HelptLeent, RelationType.Vertrouwt, RelationType.WerktSamen };
        foreach (var members in circles)
        {
            // Inside a circle: everyone knows the key person; more ties at random, from both drawings.
            for (var i = 1; i < members.Count; i++)
                Relate(members[0], members[i], RelationType.Kent, FirstDrawing, RelationSource.NetwerktekeningBewoners);
            for (var i = 1; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (random.NextDouble() < 0.4)
                        Relate(members[i], members[j], types[random.Next(types.Length)], random.Next(2) == 0 ? FirstDrawing : SecondDrawing, RelationSource.NetwerktekeningBewoners);
                }
            }
        }

        // Between circles and professionals: the bridges the approach hangs on.
        Relate(circles[0][0], professionals[5], RelationType.WerktSamen, FirstDrawing, RelationSource.NetwerktekeningProfessionals);
        Relate(circles[0][0], professionals[4], RelationType.Vertrouwt, FirstDrawing, RelationSource.Gesprek);
        Relate(circles[0][1], professionals[0], RelationType.Kent, FirstDrawing, RelationSource.NetwerktekeningProfessionals);
        Relate(circles[1][0], professionals[6], RelationType.WerktSamen, FirstDrawing, RelationSource.NetwerktekeningProfessionals);
        Relate(circles[1][2], professionals[2], RelationType.Kent, FirstDrawing, RelationSource.EigenWaarneming);
        Relate(circles[2][0], professionals[4], RelationType.Vertrouwt, SecondDrawing, RelationSource.Gesprek);
        Relate(circles[2][0], professionals[8], RelationType.WerktSamen, SecondDrawing, RelationSource.NetwerktekeningProfessionals);
        Relate(circles[2][1], professionals[7], RelationType.Kent, SecondDrawing, RelationSource.Gesprek);
        Relate(circles[3][0], professionals[1], RelationType.WerktSamen, FirstDrawing, RelationSource.NetwerktekeningProfessionals);
        Relate(circles[3][3], professionals[9], RelationType.WerktSamen, FirstDrawing, RelationSource.NetwerktekeningProfessionals);
        Relate(circles[3][0], professionals[7], RelationType.Vertrouwt, SecondDrawing, RelationSource.Gesprek);
        Relate(circles[1][5], circles[2][4], RelationType.HelptLeent, SecondDrawing, RelationSource.NetwerktekeningBewoners);
        Relate(circles[0][6], circles[2][6], RelationType.Kent, SecondDrawing, RelationSource.NetwerktekeningBewoners);
        Relate(circles[1][3], circles[1][7], RelationType.Conflict, SecondDrawing, RelationSource.Gesprek);
        for (var i = 0; i < professionals.Count; i++)
        {
            for (var j = i + 1; j < professionals.Count; j++)
            {
                if (random.NextDouble() < 0.45)
                    Relate(professionals[i], professionals[j], RelationType.WerktSamen, FirstDrawing, RelationSource.NetwerktekeningProfessionals);
            }
        }

        // Contact log: the key persons and organisations, spread over the year; some nobody has spoken to for months.
        var people = circles.SelectMany(c => c.Take(4)).Concat(professionals.Take(6)).ToList();
        var kinds = Enum.GetValues<ContactKind>();
        for (var i = 0; i < people.Count; i++)
        {
            var visits = 1 + (i % 3);
            for (var v = 0; v < visits; v++)
            {
                db.Add(new ContactLogEntry
                {
                    OrganisationId = organisationId,
                    ApproachId = approachId,
                    ActorId = people[i].Id,
                    Date = new DateOnly(2026, 3 + ((i + (v * 4)) % 9), 1 + ((i * 3) % 27)),
                    Kind = kinds[(i + v) % kinds.Length],
                    TeamMember = v % 2 == 0 ? "Wessel Wijkverbinder" : "Carla Coördinator",
                    Note = v == 0 ? "Kennismaking; afgesproken elkaar maandelijks te spreken." : "Bijgepraat over de activiteiten op het plein.",
                    CreatedByUserId = wijkverbinderId,
                    CreatedAt = created,
                    UpdatedAt = created,
                });
            }
        }
    }
}
