namespace Wijkkracht.Core.Knowledge;

/// <summary>
/// Everyday words a professional uses for a situation, grouped with the words the guides use for the same thing.
/// The intervention finder expands a query term with the other terms of its groups (at a lower weight), so
/// "hangjongeren bij het winkelcentrum" also reaches "jongeren" and "winkelgebied". Groups are generic domain
/// vocabulary (see docs/knowledge-base.md); they are not tuned to individual test situations.
/// </summary>
public static class Synonyms
{
    private static readonly string[][] Groups =
    [
        ["jongeren", "jeugd", "jongens", "tieners", "pubers", "hangjongeren", "jeugdgroep", "jongerengroep", "jongelui"],
        ["kinderen", "kind", "kids", "basisschoolleerlingen", "basisschoolkinderen"],
        ["ouders", "vaders", "moeders", "opvoeders", "opvoeding", "gezin", "gezinnen"],
        ["winkelcentrum", "winkelgebied", "winkelstraat", "winkelstraten", "winkels", "winkeliers", "ondernemers", "hoofdstraat", "zaken"],
        ["overlast", "hinder", "lawaai", "geluidsoverlast", "rondhangen", "hangplek"],
        ["drugs", "drugshandel", "dealen", "dealers", "drugsdealers", "hennep", "cocaine", "drugsgebruik", "drugsgebruikers"],
        ["ronselen", "ronselaars", "rekruteren", "werven", "geronseld", "verleiden", "benaderd", "lokken", "pakketjes", "koerier", "loopjongen", "drugsrunner", "klusjes"],
        ["criminaliteit", "crimineel", "criminelen", "ondermijning", "ondermijnende", "georganiseerde"],
        ["bewoners", "buurtbewoners", "omwonenden", "buren", "wijkbewoners"],
        ["ruzie", "ruzies", "conflict", "conflicten", "burenruzie", "onenigheid", "bemiddeling"],
        ["vervuiling", "zwerfafval", "afval", "rommel", "graffiti", "verloedering", "vuil", "schoon"],
        ["eenzaam", "eenzaamheid", "isolement", "geisoleerd"],
        ["vluchtelingen", "asielzoekers", "statushouders", "nieuwkomers", "azc", "opvang"],
        ["moskee", "kerk", "geloofsgemeenschap", "religieus", "religieuze", "interreligieus"],
        ["spanningen", "polarisatie", "tegenstellingen", "wantrouwen", "onbegrip"],
        ["school", "scholen", "onderwijs", "leerlingen"],
        ["sport", "voetbal", "sportveld", "futsal", "sporten"],
        ["onveilig", "onveiligheid", "onveiligheidsgevoel", "bang", "angst", "intimidatie", "bedreigd"],
        ["overheid", "gemeente", "instanties", "politie"],
        ["portiek", "galerij", "trappenhuis", "flat", "complex", "woongebouw"],
        ["plein", "speelplein", "park", "straat"],
        ["gesprek", "gesprekken", "dialoog", "praten"],
        ["rolmodel", "rolmodellen", "voorbeeldfiguur", "mentor", "maatje", "broer", "zus"],
        ["werk", "baan", "stage", "werkloos", "werkplaats", "perspectief"],
        ["discriminatie", "vooroordelen", "racisme", "beeldvorming"],
        ["camera", "cameratoezicht", "camera's"],
        ["wapens", "wapen", "messen", "mes", "wapenbezit", "wapendepot", "inleveractie", "steekpartij"],
        ["sleutelpersonen", "sleutelfiguren", "sleutelfiguur", "buurtvaders"],
        ["signalen", "signaleren", "informatie", "melden"],
        ["handhaving", "handhaven", "controles", "boa", "boa's"],
        ["bedrijventerrein", "bedrijventerreinen", "industrieterrein", "loodsen", "bedrijfspanden", "bedrijfsverzamelgebouw"],
        ["vakantiepark", "recreatieterrein", "recreatieparken", "chalets"],
        ["vertrouwen", "wantrouwen", "vertrouwensband"],
        ["vervelen", "verveling", "vrijetijd", "ontspanning", "activiteiten"],
        ["witwassen", "witwaspraktijken", "dekmantel", "malafide", "crimineel geld"],
        ["buurtpreventie", "buurtpreventieprojecten", "buurtwacht", "toezicht", "oogje", "verdachte", "surveilleren"],
        ["online", "internet", "sociale media", "instagram", "snapchat", "cyber", "digitaal"],
        ["bankpas", "pinpas", "bankrekening", "geldezel", "geldezels"],
        ["ouderen", "bejaarden", "senioren"],
    ];

    private static readonly Dictionary<string, HashSet<string>> Map = Build();

    /// <summary>The other analyzed terms that mean the same as <paramref name="term"/> (analyzed).</summary>
    public static IReadOnlyCollection<string> For(string term) =>
        Map.TryGetValue(term, out var set) ? set : [];

    private static Dictionary<string, HashSet<string>> Build()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var terms = group.SelectMany(w => DutchText.Analyze(w).Select(t => t.Term)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var term in terms)
            {
                if (!map.TryGetValue(term, out var set))
                    map[term] = set = new HashSet<string>(StringComparer.Ordinal);
                foreach (var other in terms.Where(o => o != term))
                    set.Add(other);
            }
        }

        return map;
    }
}
