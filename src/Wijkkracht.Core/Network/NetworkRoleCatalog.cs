using Wijkkracht.Core.Conversations;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wijkkracht.Core.Network;

/// <summary>One role an actor can have in the network, with where the guide names it.</summary>
public sealed class NetworkRole
{
    public string Id { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>A professional's role (wijkagent, jongerenwerker, …): for the composition check, residents versus professionals.</summary>
    public bool Professional { get; set; }

    public QuestionSource Source { get; set; } = new();
}

/// <summary>The roles of content/network-roles.yaml (wijkverbinder, sleutelpersoon, buurtvader/-moeder, …).</summary>
public sealed class NetworkRoleCatalog(IReadOnlyList<NetworkRole> roles)
{
    public const string FileName = "network-roles.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public IReadOnlyList<NetworkRole> Roles { get; } = roles;

    public bool Contains(string id) => Roles.Any(r => r.Id == id);

    /// <summary>The role's label, or the id itself for a role that is no longer in the list.</summary>
    public string Label(string id) => Roles.FirstOrDefault(r => r.Id == id)?.Label ?? id;

    /// <summary>Loads and checks the file: every role has an id, a label and a source with lines; ids are unique.</summary>
    public static NetworkRoleCatalog Load(string contentPath)
    {
        var roles = Yaml.Deserialize<List<NetworkRole>>(File.ReadAllText(Path.Combine(contentPath, FileName))) ?? [];
        var problems = new List<string>();
        foreach (var role in roles)
        {
            if (string.IsNullOrWhiteSpace(role.Id) || string.IsNullOrWhiteSpace(role.Label))
                problems.Add($"{FileName}: a role without id or label");
            if (string.IsNullOrWhiteSpace(role.Source.File) || string.IsNullOrWhiteSpace(role.Source.Lines))
                problems.Add($"{FileName}: {role.Id}: source file and lines are required");
        }

        if (roles.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count() != roles.Count)
            problems.Add($"{FileName}: role ids must be unique");
        if (problems.Count > 0)
            throw new InvalidDataException(string.Join(Environment.NewLine, problems));
        return new NetworkRoleCatalog(roles);
    }
}
