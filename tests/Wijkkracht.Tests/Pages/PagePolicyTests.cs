using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Web.Infrastructure;
using Wijkkracht.Web.Pages.Aanpakken;

namespace Wijkkracht.Tests.Pages;

/// <summary>
/// Every compiled Razor page declares its access rule beside itself. Reads the page descriptors of the running app, so a
/// new or renamed page without a declaration fails here. Not a data test: it only reads the app's metadata.
/// </summary>
public sealed class PagePolicyTests : IDisposable
{
    private readonly TestApp _app = new(DatabaseProvider.Sqlite);

    private IReadOnlyDictionary<string, PageAccessEntry> Pages => _app.Services.GetRequiredService<PageAccessCatalog>().Pages;

    [Fact]
    public void EnumeratePages_EveryPage_DeclaresExactlyOneAccessRule()
    {
        var pages = Pages;
        Assert.True(pages.Count >= 50, $"Expected the app's ~55 pages, found {pages.Count}.");
        var missing = pages.Values.Where(p => p.Rule is null)
            .Select(p => $"{p.Page} ({p.Route}): {(p.Rules.Count == 0 ? "no rule" : string.Join(", ", p.Rules.Select(r => r.GetType().Name)))}")
            .ToList();
        Assert.True(missing.Count == 0, "Pages without exactly one access rule:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void EnumeratePages_ApproachPagesWithId_AreDecidedPerApproach()
    {
        var wrong = Pages.Values
            .Where(p => p.Route is { } r && r.StartsWith("aanpakken/{id", StringComparison.Ordinal) && p.Rule is not ApproachPageAttribute)
            .Select(p => p.Page)
            .ToList();
        Assert.True(wrong.Count == 0, "Approach pages that do not declare [ApproachPage]: " + string.Join(", ", wrong));
    }

    [Fact]
    public void EnumeratePages_RecordPagesWithId_CheckInTheServiceForA404()
    {
        // An organisation record's id in the route: the permission is checked after finding the record (404 before 403),
        // so the page must not carry a permission policy that answers 403 first.
        var wrong = Pages.Values
            .Where(p => p.Route is { } r && r.StartsWith("beheer/", StringComparison.Ordinal) && r.Contains("{id", StringComparison.Ordinal) && p.Rule is not RecordPageAttribute)
            .Select(p => p.Page)
            .ToList();
        Assert.True(wrong.Count == 0, "Record pages that do not declare [RecordPage]: " + string.Join(", ", wrong));
    }

    [Fact]
    public void EnumeratePages_PublicPages_AreOnlySignInSetUpAndInformation()
    {
        var expected = new[] { "/Activeren", "/Fout", "/Inloggen", "/InloggenExtern", "/InloggenTweestaps", "/Installatie", "/Privacy", "/ToegangGeweigerd", "/Toegankelijkheid" };
        var actual = Pages.Values.Where(p => p.Rule is PublicPageAttribute).Select(p => p.Page).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void CanOpen_UnknownPage_Throws()
    {
        var catalog = _app.Services.GetRequiredService<PageAccessCatalog>();
        Assert.Throws<InvalidOperationException>(() => catalog.CanOpen("/Bestaat/Niet", null));
    }

    [Theory]
    [InlineData(ApproachRole.Netwerklid, "Overzicht,Waarnemingen,Doelen,Interventies,Acties,Bijeenkomsten,Afspraken,Evaluatie,Kansenkaart,Gezamenlijk verhaal,Leden,Veiligheid")]
    [InlineData(ApproachRole.Partner, "Overzicht,Stappen,Vooronderzoek,Randvoorwaarden,Beslismoment,Plan van aanpak,Waarnemingen,Doelen,Interventies,Acties,Bijeenkomsten,Afspraken,Evaluatie,Tijdlijn,Thema's,Kansenkaart,Gezamenlijk verhaal,Netwerk,Leden,Veiligheid,Rapportage,Exporteren en delen,Verwerkingsregister")]
    [InlineData(ApproachRole.Wijkverbinder, "Overzicht,Stappen,Vooronderzoek,Randvoorwaarden,Beslismoment,Plan van aanpak,Waarnemingen,Doelen,Interventies,Acties,Bijeenkomsten,Afspraken,Evaluatie,Gesprekken,Terugkoppeling,Tijdlijn,Thema's,Kansenkaart,Gezamenlijk verhaal,Netwerk,Leden,Veiligheid,Rapportage,Exporteren en delen,Verwerkingsregister")]
    public void ApproachNavigation_ForMemberRole_ShowsOnlyPagesTheRoleMayOpen(ApproachRole role, string expected)
    {
        var catalog = _app.Services.GetRequiredService<PageAccessCatalog>();
        var actor = new Actor(Guid.NewGuid(), Guid.NewGuid(), role == ApproachRole.Netwerklid ? OrgRole.Netwerklid : OrgRole.Partner, "Test");
        var nav = ApproachNavModel.For(catalog, actor, role, Guid.NewGuid(), "Aanpak", "doelen");
        Assert.Equal(expected, string.Join(",", nav.Links.Select(l => l.Label)));
        Assert.Equal("Doelen", Assert.Single(nav.Links, l => l.IsCurrent).Label);
    }

    [Fact]
    public void ApproachNavigation_Sections_AreApproachPages()
    {
        var catalog = _app.Services.GetRequiredService<PageAccessCatalog>();
        foreach (var section in ApproachNavModel.Sections)
            Assert.IsType<ApproachPageAttribute>(catalog.RuleFor(section.Page));
    }

    [Theory]
    [InlineData(OrgRole.Netwerklid, "/Kennisbank/Index", true)]
    [InlineData(OrgRole.Netwerklid, "/Beheer/Gebieden/Index", false)]
    [InlineData(OrgRole.Coordinator, "/Beheer/Gebruikers/Index", false)]
    [InlineData(OrgRole.Beheerder, "/Beheer/Gebruikers/Index", true)]
    [InlineData(OrgRole.Partner, "/Account/Tokens", true)]
    public void CanOpen_OrganisationRole_FollowsThePageDeclaration(OrgRole role, string page, bool expected)
    {
        var catalog = _app.Services.GetRequiredService<PageAccessCatalog>();
        Assert.Equal(expected, catalog.CanOpen(page, new Actor(Guid.NewGuid(), Guid.NewGuid(), role, "Test")));
    }

    public void Dispose() => _app.Dispose();
}
