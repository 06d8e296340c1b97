using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wijkkracht.Core.Network;

/// <summary>One piece of the guide's advice on composing the network (content/network-composition.yaml).</summary>
public sealed class CompositionAdvice
{
    public string Id { get; set; } = "";

    public string Question { get; set; } = "";

    public string Advice { get; set; } = "";

    public QuestionSource Source { get; set; } = new();
}

/// <summary>The guide's advice on composing the network, verbatim with its source.</summary>
public sealed class NetworkCompositionGuide(IReadOnlyList<CompositionAdvice> items)
{
    public const string FileName = "network-composition.yaml";

    /// <summary>The checks the code computes; the file must hold exactly these ids.</summary>
    public static readonly IReadOnlyList<string> Ids = ["diversiteit", "rollen", "motivatie", "balans", "continuiteit"];

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public IReadOnlyList<CompositionAdvice> Items { get; } = items;

    public static NetworkCompositionGuide Load(string contentPath)
    {
        var items = Yaml.Deserialize<List<CompositionAdvice>>(File.ReadAllText(Path.Combine(contentPath, FileName))) ?? [];
        var problems = new List<string>();
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item.Question) || string.IsNullOrWhiteSpace(item.Advice))
                problems.Add($"{FileName}: {item.Id}: question and advice are required");
            if (string.IsNullOrWhiteSpace(item.Source.File) || string.IsNullOrWhiteSpace(item.Source.Lines))
                problems.Add($"{FileName}: {item.Id}: source file and lines are required");
        }

        if (!items.Select(i => i.Id).Order(StringComparer.Ordinal).SequenceEqual(Ids.Order(StringComparer.Ordinal)))
            problems.Add($"{FileName}: the ids must be exactly {string.Join(", ", Ids)}");
        if (problems.Count > 0)
            throw new InvalidDataException(string.Join(Environment.NewLine, problems));
        return new NetworkCompositionGuide(items);
    }
}

/// <summary>A key player as the reader may see them, with the fragmentation once they (and those before them) are gone.</summary>
public sealed record KeyPlayer(Guid ActorId, string Name, bool Pseudonymised, double Fragmentation);

/// <summary>The key players of a network (KPP-Neg): who must not burn out, and whom to back up.</summary>
public sealed record KeyPlayerReport(DateOnly AsOf, int K, FragmentationMeasure Measure, double Baseline, IReadOnlyList<KeyPlayer> Items);

/// <summary>A gap between two communities with the actors best placed to bridge it (names as the reader may see them).</summary>
public sealed record GapView(int CommunityA, int CommunityB, int SizeA, int SizeB, int Ties, double Density, IReadOnlyList<(Guid ActorId, string Name)> Bridgers);

/// <summary>One composition check: the guide's advice, what the register shows, and whether it needs attention.</summary>
public sealed record CompositionCheck(CompositionAdvice Advice, bool NeedsAttention, string Finding);

/// <summary>Key players, gaps and the composition check of the network on one date (core team only).</summary>
public sealed record NetworkInsightReport(KeyPlayerReport KeyPlayers, IReadOnlyList<GapView> Gaps, IReadOnlyList<CompositionCheck> Composition, NetworkReport Network);

/// <summary>
/// The analysis beyond the per-actor measures (issue 12 §4): key players (Borgatti's KPP-Neg, greedy), gaps between
/// communities and a composition check against the guide's advice. These name people, so they are for the core team
/// (readers of the register) only; protected persons keep their pseudonym for readers without need-to-know.
/// </summary>
public sealed class NetworkInsightsService(ApproachService approaches, NetworkMetricsService metrics, AuditService audit, NetworkRoleCatalog roles, NetworkCompositionGuide guide)
{
    public const int MaxK = 10;

    public async Task<Result<KeyPlayerReport>> KeyPlayersAsync(Guid approachId, int k, DateOnly? asOf, Actor actor, CancellationToken ct = default)
    {
        var (access, problem) = await AccessAsync(approachId, actor, k, asOf, ct);
        if (problem is not null)
            return problem.As<KeyPlayerReport>();
        var snapshot = await metrics.SnapshotAsync(approachId, asOf, ct);
        var report = KeyPlayers(snapshot, access!, k);
        await audit.RecordViewAsync(actor, nameof(NetworkActor), null, approachId, $"Sleutelspelers van het netwerk bekeken (k = {k})", ct);
        return Result<KeyPlayerReport>.Ok(report);
    }

    public async Task<Result<NetworkInsightReport>> InsightsAsync(Guid approachId, int k, DateOnly? asOf, Actor actor, CancellationToken ct = default)
    {
        var (access, problem) = await AccessAsync(approachId, actor, k, asOf, ct);
        if (problem is not null)
            return problem.As<NetworkInsightReport>();
        var snapshot = await metrics.SnapshotAsync(approachId, asOf, ct);
        var keyPlayers = KeyPlayers(snapshot, access!, k);
        var gaps = NetworkInsights.Gaps(snapshot.Graph, snapshot.Measures.Community)
            .Select(g => new GapView(g.CommunityA, g.CommunityB, g.SizeA, g.SizeB, g.Ties, g.Density,
                g.Bridgers.Select(i => (snapshot.Actors[i].Id, access!.View(snapshot.Actors[i]).Actor.DisplayName)).ToList()))
            .ToList();
        var composition = Composition(snapshot, access!, keyPlayers);
        var network = metrics.Report(snapshot, access!);
        await audit.RecordViewAsync(actor, nameof(NetworkActor), null, approachId, $"Sleutelspelers, gaten en samenstelling van het netwerk bekeken ({snapshot.Actors.Count} actoren)", ct);
        return Result<NetworkInsightReport>.Ok(new NetworkInsightReport(keyPlayers, gaps, composition, network));
    }

    private async Task<(NetworkAccess? Access, Problem? Problem)> AccessAsync(Guid approachId, Actor actor, int k, DateOnly? asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return (null, new Problem(status, null));
        if (!access!.SeesRegister)
            return (null, new Problem(ResultStatus.Forbidden, null));
        var errors = new ValidationErrors();
        if (k is < 1 or > MaxK)
            errors.Add("k", $"Kies een aantal sleutelspelers van 1 tot en met {MaxK}.");
        if (asOf is { } day && (day < PlausibleDates.Earliest || day > metrics.Today))
            errors.Add("date", "Kies een datum vanaf 1 januari 2000 en niet later dan vandaag.");
        return errors.Any ? (null, new Problem(ResultStatus.Invalid, errors)) : (access, null);
    }

    private static KeyPlayerReport KeyPlayers(NetworkSnapshot snapshot, NetworkAccess access, int k)
    {
        var result = NetworkInsights.KeyPlayers(snapshot.Graph, k, snapshot.Measures.Betweenness);
        var items = result.Players.Select((p, i) =>
        {
            var view = access.View(snapshot.Actors[p]);
            return new KeyPlayer(snapshot.Actors[p].Id, view.Actor.DisplayName, view.Pseudonymised, result.Fragmentation[i]);
        }).ToList();
        return new KeyPlayerReport(snapshot.AsOf, k, result.Measure, result.Baseline, items);
    }

    /// <summary>The composition check: what the register shows for each piece of the guide's advice.</summary>
    public IReadOnlyList<CompositionCheck> Composition(NetworkSnapshot snapshot, NetworkAccess access, KeyPlayerReport keyPlayers)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(keyPlayers);
        var actors = snapshot.Actors;
        var persons = actors.Where(a => a.Kind == ActorKind.Persoon).ToList();
        var checks = new List<CompositionCheck>();
        foreach (var advice in guide.Items)
        {
            var (attention, finding) = advice.Id switch
            {
                "diversiteit" => Diversity(actors, persons),
                "rollen" => RoleMix(actors),
                "motivatie" => Motivation(persons),
                "balans" => Balance(persons),
                "continuiteit" => Continuity(snapshot, keyPlayers),
                _ => (false, ""),
            };
            checks.Add(new CompositionCheck(advice, attention, finding));
        }

        return checks;
    }

    private static (bool, string) Diversity(IReadOnlyList<NetworkActor> actors, List<NetworkActor> persons)
    {
        if (actors.Count == 0)
            return (true, "Er staan nog geen actoren in het register.");
        var kinds = actors.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => KindCount(g.Key, g.Count())).ToList();
        var spheres = persons.Where(p => p.Sphere is not null).GroupBy(p => p.Sphere!.Value).OrderBy(g => g.Key).Select(g => $"{g.Count()} {SphereLabel(g.Key)}").ToList();
        var kindCount = actors.Select(a => a.Kind).Distinct().Count();
        var sphereCount = persons.Where(p => p.Sphere is not null).Select(p => p.Sphere).Distinct().Count();
        var text = $"Soorten: {string.Join(", ", kinds)}. " + (spheres.Count == 0
            ? "Bij geen enkele persoon is de kring (PPCT) ingevuld."
            : $"Kring van personen: {string.Join(", ", spheres)}.") + " Of dit de wijk weerspiegelt, beoordeelt het team zelf.";
        return (kindCount < 2 || sphereCount < 2, text);
    }

    private static (bool, string) RoleMix(IReadOnlyList<NetworkActor> actors)
    {
        string[] connectors = ["verbinder", "wijkverbinder", "gemeenteverbinder", "sleutelpersoon"];
        var connectorCount = actors.Count(a => a.Roles.Any(r => connectors.Contains(r)));
        var initiators = actors.Count(a => a.Roles.Contains("initiatiefnemer"));
        var distinct = actors.SelectMany(a => a.Roles).Distinct().Count();
        var text = $"{connectorCount} verbinders (verbinder, wijk- of gemeenteverbinder, sleutelpersoon) en {initiators} initiatiefnemers; {distinct} verschillende rollen.";
        if (connectorCount == 0 || initiators == 0)
            text += connectorCount == 0 ? " Er is nog geen verbinder." : " Er is nog geen initiatiefnemer.";
        return (connectorCount == 0 || initiators == 0, text);
    }

    private static (bool, string) Motivation(List<NetworkActor> persons)
    {
        if (persons.Count == 0)
            return (true, "Er staan nog geen personen in het register.");
        var wil = persons.Count(p => p.Willingness == Willingness.Wil);
        var misschien = persons.Count(p => p.Willingness == Willingness.Misschien);
        var wilNiet = persons.Count(p => p.Willingness == Willingness.WilNiet);
        var onbekend = persons.Count(p => p.Willingness == Willingness.Onbekend);
        var text = $"Van {persons.Count} personen willen er {wil} meedoen, {misschien} misschien en {wilNiet} niet; bij {onbekend} weet het team het nog niet.";
        return (onbekend * 2 > persons.Count, text);
    }

    private (bool, string) Balance(List<NetworkActor> persons)
    {
        if (persons.Count == 0)
            return (true, "Er staan nog geen personen in het register.");
        var professionals = persons.Count(IsProfessional);
        var residents = persons.Count - professionals;
        var volunteers = persons.Count(p => p.Compensation == Compensation.Vrijwilliger);
        var allowance = persons.Count(p => p.Compensation == Compensation.Vergoeding);
        var text = $"{residents} bewoners en andere betrokkenen, {professionals} professionals (een professionele rol of betaald). {volunteers} vrijwilligers en {allowance} met een vergoeding.";
        if (professionals == 0)
            text += " Er is geen professional in het netwerk.";
        else if (residents == 0)
            text += " Er zijn alleen professionals in het netwerk.";
        return (professionals == 0 || residents == 0, text);
    }

    private bool IsProfessional(NetworkActor person) =>
        person.Compensation == Compensation.Betaald || person.Roles.Any(r => roles.Roles.Any(x => x.Id == r && x.Professional));

    private static (bool, string) Continuity(NetworkSnapshot snapshot, KeyPlayerReport keyPlayers)
    {
        var parts = new List<string>();
        var attention = false;
        if (keyPlayers.Items.Count > 0)
        {
            var first = keyPlayers.Items[0];
            var rise = first.Fragmentation - keyPlayers.Baseline;
            if (rise >= 0.05)
            {
                attention = true;
                parts.Add($"Zonder {first.Name} valt het netwerk merkbaar verder uiteen (versnippering van {Percent(keyPlayers.Baseline)} naar {Percent(first.Fragmentation)}).");
            }
            else
            {
                parts.Add("Geen enkele actor houdt in zijn eentje het netwerk bij elkaar.");
            }
        }

        var withContact = snapshot.Actors.Where(a => a.ContactUserId is not null).ToList();
        if (withContact.Count >= 4)
        {
            var top = withContact.GroupBy(a => a.ContactUserId).Max(g => g.Count());
            if (top * 2 > withContact.Count)
            {
                attention = true;
                parts.Add($"Eén teamlid is contactpersoon van {top} van de {withContact.Count} actoren met een contactpersoon.");
            }
        }

        if (parts.Count == 0)
            parts.Add("Het netwerk is nog te klein om dit te beoordelen.");
        return (attention, string.Join(" ", parts));
    }

    private static string KindCount(ActorKind kind, int count) => kind switch
    {
        ActorKind.Persoon => count == 1 ? "1 persoon" : $"{count} personen",
        ActorKind.Groep => count == 1 ? "1 groep" : $"{count} groepen",
        ActorKind.Organisatie => count == 1 ? "1 organisatie" : $"{count} organisaties",
        _ => count == 1 ? "1 netwerk" : $"{count} netwerken",
    };

    private static string SphereLabel(PpctLevel level) => level switch
    {
        PpctLevel.Micro => "micro (gezin, vrienden)",
        PpctLevel.Meso => "meso (school, straat, club)",
        PpctLevel.Exo => "exo (organisaties in de wijk)",
        _ => "macro (stad en samenleving)",
    };

    private static string Percent(double value) => value.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    private sealed record Problem(ResultStatus Status, ValidationErrors? Errors)
    {
        public Result<T> As<T>() => Errors is not null ? Result<T>.Invalid(Errors) : Result<T>.Denied(Status);
    }
}
