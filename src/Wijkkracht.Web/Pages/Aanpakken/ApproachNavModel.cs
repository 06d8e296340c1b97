namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>The sub-navigation of an approach's workspace.</summary>
public sealed record ApproachNavModel(Guid ApproachId, string Title, string Current, bool CanViewPlan)
{
    public IEnumerable<(string Href, string Label)> Links
    {
        get
        {
            var b = $"/aanpakken/{ApproachId}";
            yield return (b, "Overzicht");
            if (CanViewPlan)
            {
                yield return ($"{b}/stappen", "Stappen");
                yield return ($"{b}/randvoorwaarden", "Randvoorwaarden");
                yield return ($"{b}/beslismoment", "Beslismoment");
                yield return ($"{b}/plan", "Plan van aanpak");
            }

            yield return ($"{b}/doelen", "Doelen");
            yield return ($"{b}/interventies", "Interventies");
            yield return ($"{b}/leden", "Leden");
            if (CanViewPlan)
                yield return ($"{b}/rapport", "Rapportage");
        }
    }
}
