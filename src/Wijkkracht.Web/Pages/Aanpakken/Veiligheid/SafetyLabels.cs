using System.Globalization;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Safety;

namespace Wijkkracht.Web.Pages.Aanpakken.Veiligheid;

/// <summary>Dutch labels of the safety records.</summary>
public static class SafetyLabels
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string For(SafetyReportKind kind) => kind switch
    {
        SafetyReportKind.Bedreiging => "Bedreiging",
        SafetyReportKind.Incident => "Incident",
        _ => "Onveilige situatie",
    };

    public static string For(SafetyFeeling feeling) => feeling switch
    {
        SafetyFeeling.Veilig => "Ik voel me nu veilig",
        SafetyFeeling.BeetjeOnveilig => "Ik voel me een beetje onveilig",
        SafetyFeeling.Onveilig => "Ik voel me onveilig",
        _ => "Ik voel me erg onveilig",
    };

    public static string For(PoliceAware aware) => aware switch
    {
        PoliceAware.Ja => "Ja, de politie weet het",
        PoliceAware.Nee => "Nee, de politie weet het nog niet",
        _ => "Dat weet ik niet",
    };

    public static string For(ContactPreference preference) => preference switch
    {
        ContactPreference.Telefoon => "Bel mij",
        ContactPreference.Email => "Mail mij",
        ContactPreference.Langskomen => "Kom langs of spreek met mij af",
        _ => "Stuur mij een bericht in Wijkkracht",
    };

    public static string For(SafetyReportStatus status) => status switch
    {
        SafetyReportStatus.Nieuw => "Ontvangen, nog niet in behandeling",
        SafetyReportStatus.InBehandeling => "In behandeling",
        _ => "Afgesloten",
    };

    public static string For(FollowUpKind kind) => kind switch
    {
        FollowUpKind.EersteContact => "Eerste contact met de melder",
        FollowUpKind.Stap => "Stap in de opvolging",
        FollowUpKind.Politie => "Politie ingeschakeld of gesproken",
        _ => "Preventieve maatregel",
    };

    public static string For(SafetyParty party) => party switch
    {
        SafetyParty.Politie => "Politie",
        SafetyParty.Veiligheidshuis => "Veiligheidshuis",
        SafetyParty.Wijkagent => "Wijkagent",
        SafetyParty.Gemeente => "Gemeente",
        SafetyParty.Anders => "Anders",
        _ => "Geen",
    };

    public static string Parties(SafetyAgreement a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var names = SafetyAgreementService.Split(a.Parties).Where(p => p != SafetyParty.Anders).Select(For).ToList();
        if (a.OtherParties.Length > 0)
            names.Add(a.OtherParties);
        return string.Join(", ", names);
    }

    public static string Moment(DateTimeOffset at) => at.ToDutchTime().ToString("d MMMM yyyy 'om' HH:mm", Dutch);
}
