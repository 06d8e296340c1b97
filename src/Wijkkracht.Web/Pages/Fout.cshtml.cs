using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>Error page for pages (status codes and unhandled errors). Shows no technical details.</summary>
[IgnoreAntiforgeryToken]
[PublicPage]
public sealed class FoutModel : PageModel
{
    public string Title { get; private set; } = "Er ging iets mis";

    public string Text { get; private set; } = "Er ging iets mis aan onze kant. Probeer het later opnieuw.";

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        var status = code ?? Response.StatusCode;
        (Title, Text) = status switch
        {
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet, of u heeft er geen toegang toe. Controleer het adres of ga terug naar het overzicht."),
            403 => ("Geen toegang", "U heeft geen toegang tot deze pagina."),
            400 => ("Ongeldig verzoek", "Het verzoek kon niet worden verwerkt. Laad de pagina opnieuw en probeer het nog eens."),
            413 => ("Bestand te groot", "Het bestand is te groot. Het maximum is 10 MB."),
            429 => ("Te veel pogingen", "U heeft het te vaak geprobeerd. Wacht een minuut en probeer het opnieuw."),
            _ => (Title, Text),
        };
        if (code is >= 400 and < 600)
            Response.StatusCode = code.Value;
    }
}
