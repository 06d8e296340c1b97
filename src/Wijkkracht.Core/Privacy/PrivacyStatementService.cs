using Markdig;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Privacy;

/// <summary>Input for the privacy statement.</summary>
public sealed class PrivacyStatementInput
{
    public string? Markdown { get; set; }

    /// <summary>The stored statement's version; null while the default text applies.</summary>
    public Guid? Version { get; set; }
}

/// <summary>A privacy statement to show: the organisation, its text as Markdown and as safe HTML, and whether it is the default.</summary>
public sealed record PrivacyStatementView(Guid OrganisationId, string OrganisationName, string GmCode, string Markdown, string Html, bool IsDefault, Guid? Version);

/// <summary>
/// The privacy statement per organisation (issue 14 §9): a default Dutch text in plain language that the Beheerder adapts
/// (Markdown; raw HTML is not rendered), shown to anyone, signed in or not, at /privacy.
/// </summary>
public sealed class PrivacyStatementService(WijkkrachtDbContext db)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    /// <summary>The default text; {gemeente} is replaced by the organisation's name.</summary>
    public const string DefaultText = """
        ## Wat is Wijkkracht?

        {gemeente} gebruikt Wijkkracht om samen met partners en bewoners te werken aan een veilige en weerbare wijk. In Wijkkracht staan plannen, afspraken en wat we in de wijk zien en horen.

        ## Welke gegevens staan erin?

        - Van medewerkers en deelnemers: naam, e-mailadres en rol in de aanpak.
        - Wat we in de wijk zien: waarnemingen van plekken en groepen, zonder namen waar dat kan.
        - Wat we horen: gesprekken met bewoners, zonder naam. Een citaat gebruiken we alleen met toestemming.
        - Wie er in de wijk actief is: personen en organisaties in het netwerk. Jongeren en kwetsbare personen staan er onder een schuilnaam in.

        ## Waarom?

        De gemeente doet dit als taak van algemeen belang (AVG artikel 6 lid 1 onder e). Per aanpak staat in het verwerkingsregister precies waarvoor, welke gegevens en voor wie.

        ## Wie kan het zien?

        Alleen wie aan een aanpak meedoet, en alleen wat bij zijn of haar rol past. Andere gemeenten zien niets. Elke keer dat iemand gegevens over personen bekijkt of exporteert, wordt dat vastgelegd.

        ## Hoe lang bewaren we het?

        Niet langer dan nodig. Na de bewaartermijn maken we gegevens anoniem of verwijderen we ze. De termijnen staan in het verwerkingsregister.

        ## Uw rechten

        U mag vragen welke gegevens wij over u hebben, en vragen om ze te verbeteren of te verwijderen. Neem daarvoor contact op met {gemeente}. Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.

        ## Contact

        Vragen over privacy? Neem contact op met de functionaris gegevensbescherming van {gemeente}.
        """;

    public static string Html(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    public static string DefaultFor(string organisationName) => DefaultText.Replace("{gemeente}", organisationName, StringComparison.Ordinal);

    /// <summary>The statement of the organisation for the Beheerder's form.</summary>
    public async Task<Result<PrivacyStatementView>> GetForEditAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ManageOrganisation))
            return Result<PrivacyStatementView>.Forbidden("Alleen een beheerder past de privacyverklaring aan.");
        return Result<PrivacyStatementView>.Ok((await ForOrganisationAsync(actor.OrganisationId, ct))!);
    }

    public async Task<Result<PrivacyStatementView>> SaveAsync(PrivacyStatementInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ManageOrganisation))
            return Result<PrivacyStatementView>.Forbidden("Alleen een beheerder past de privacyverklaring aan.");
        var text = TextInput.Clean(input.Markdown ?? "").Trim();
        if (text.Length == 0)
            return Result<PrivacyStatementView>.Invalid(nameof(PrivacyStatementInput.Markdown), "Vul de tekst van de privacyverklaring in.");
        if (text.Length > PrivacyDefaults.Statement)
            return Result<PrivacyStatementView>.Invalid(nameof(PrivacyStatementInput.Markdown), $"De privacyverklaring mag maximaal {PrivacyDefaults.Statement} tekens lang zijn.");
        var stored = await db.Set<PrivacyStatement>().FirstOrDefaultAsync(p => p.OrganisationId == actor.OrganisationId, ct);
        if (stored is null)
        {
            db.Add(new PrivacyStatement { OrganisationId = actor.OrganisationId, Markdown = text });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return Result<PrivacyStatementView>.Conflict(Messages.ConcurrencyConflict);
            }
        }
        else
        {
            if (VersionedSave.MissingVersionResult<PrivacyStatementView>(input.Version) is { } missing)
                return missing;
            stored.Markdown = text;
            var saved = await db.SaveVersionedAsync(stored, input.Version!.Value, true, ct);
            if (!saved.IsOk)
                return Result<PrivacyStatementView>.Conflict(saved.Message ?? Messages.ConcurrencyConflict);
        }

        return Result<PrivacyStatementView>.Ok((await ForOrganisationAsync(actor.OrganisationId, ct))!);
    }

    /// <summary>
    /// The public statement of one organisation (by CBS code, or the only organisation when there is one), for anyone.
    /// Reads past the tenant filter on purpose: the statement is public; nothing else of the organisation is read.
    /// </summary>
    public async Task<PrivacyStatementView?> PublicAsync(string? gmCode, CancellationToken ct = default)
    {
        var organisations = db.Organisations.IgnoreQueryFilters().AsNoTracking();
        Guid? id = string.IsNullOrWhiteSpace(gmCode)
            ? (await organisations.Select(o => o.Id).Take(2).ToListAsync(ct)) is [var only] ? only : null
            : await organisations.Where(o => o.GmCode == gmCode.Trim().ToUpperInvariant()).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await ForOrganisationAsync(found, ct) : null;
    }

    /// <summary>The statement of a known organisation (the signed-in user's own).</summary>
    public Task<PrivacyStatementView?> PublicForOrganisationAsync(Guid organisationId, CancellationToken ct = default) => ForOrganisationAsync(organisationId, ct);

    /// <summary>The organisations (name and CBS code) for the public choice when there is more than one.</summary>
    public async Task<IReadOnlyList<(string Name, string GmCode)>> OrganisationsAsync(CancellationToken ct = default) =>
        (await db.Organisations.IgnoreQueryFilters().AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Name, o.GmCode }).ToListAsync(ct))
            .Select(o => (o.Name, o.GmCode)).ToList();

    private async Task<PrivacyStatementView?> ForOrganisationAsync(Guid organisationId, CancellationToken ct)
    {
        if (await db.Organisations.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct) is not Organisation organisation)
            return null;
        var stored = await db.Set<PrivacyStatement>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == organisationId, ct);
        var markdown = stored?.Markdown ?? DefaultFor(organisation.Name);
        return new PrivacyStatementView(organisation.Id, organisation.Name, organisation.GmCode, markdown, Html(markdown), stored is null, stored?.Version);
    }
}
