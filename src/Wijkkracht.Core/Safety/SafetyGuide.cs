using Wijkkracht.Core.Conversations;

namespace Wijkkracht.Core.Safety;

/// <summary>
/// The guide's safety tips (content/safety-guide.yaml, verbatim with their source; seed-notes section G), shown where
/// they apply: the report form, the safety agreements, risky actions and the check-ins.
/// </summary>
public sealed class SafetyGuide(ConversationGuide lists)
{
    public const string FileName = "safety-guide.yaml";

    /// <summary>"Zet de veiligheid voorop" (ESS step 11, L1017).</summary>
    public const string SafetyFirst = "veiligheid-voorop";

    /// <summary>Confidentiality and safety in the network (ESS step 8, L1274–1275).</summary>
    public const string Network = "veiligheid-netwerk";

    /// <summary>"Tips voor het borgen van veiligheid" (L1466–1490), each "Naam: tekst".</summary>
    public const string Tips = "veiligheid-tips";

    /// <summary>The open-dialogue questions of a check-in (L1478).</summary>
    public const string OpenDialogue = "open-dialoog";

    public const string PersonalSafety = "Persoonlijke veiligheid";
    public const string ReportingProcedures = "Meldingsprocedures";
    public const string IntegratedApproach = "Geïntegreerde aanpak";
    public const string SharingInformation = "Informatie delen";
    public const string Transparency = "Transparantie";
    public const string StressManagement = "Stressbeheersing";

    public ConversationGuide Lists { get; } = lists;

    public QuestionList List(string id) =>
        Lists.Lists.FirstOrDefault(l => l.Id == id) ?? throw new InvalidDataException($"{FileName}: the list '{id}' is missing");

    /// <summary>The text of the named tip (without its name), verbatim.</summary>
    public string Tip(string name)
    {
        var prefix = name + ": ";
        var entry = List(Tips).Questions.FirstOrDefault(q => q.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new InvalidDataException($"{FileName}: the tip '{name}' is missing");
        return entry[prefix.Length..];
    }

    public static SafetyGuide Load(string contentPath)
    {
        var guide = new SafetyGuide(ConversationGuide.Load(contentPath, FileName));
        foreach (var id in new[] { SafetyFirst, Network, Tips, OpenDialogue })
            _ = guide.List(id);
        foreach (var tip in new[] { PersonalSafety, ReportingProcedures, IntegratedApproach, SharingInformation, Transparency, StressManagement })
            _ = guide.Tip(tip);
        if (guide.List(OpenDialogue).Questions.Count != 4)
            throw new InvalidDataException($"{FileName}: the open dialogue has the guide's four questions");
        return guide;
    }
}
