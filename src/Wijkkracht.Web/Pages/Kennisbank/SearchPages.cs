using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Kennisbank;

/// <summary>Search with facet filters: a GET form that works without JavaScript.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class ZoekenModel(KnowledgeSearch search) : PageModel
{
    public KnowledgeBase Kb => search.Knowledge;

    public string? Q { get; private set; }

    public SearchRequest Request2 { get; private set; } = new();

    public SearchResult? Result { get; private set; }

    public void OnGet(int? pagina)
    {
        Q = Request.Query["q"].ToString();
        var filters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in Request.Query)
        {
            if (key is "q" or "pagina")
                continue;
            var list = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
            if (list.Count > 0)
                filters[key] = list;
        }

        Request2 = new SearchRequest { Query = Q, Filters = filters, Page = PageRequest.Create(pagina, 20) };
        var result = search.Search(Request2);
        if (result.IsOk)
            Result = result.Value;
        else
            ModelState.AddErrors(result.Errors, "");
    }

    public bool IsSelected(string facet, string value) => Request2.Filters.TryGetValue(facet, out var v) && v.Contains(value);

    public string PageUrl(int page)
    {
        var parts = Request.Query.Where(q => q.Key != "pagina").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}")).ToList();
        parts.Add($"pagina={page}");
        return "/kennisbank/zoeken?" + string.Join("&", parts);
    }
}

/// <summary>All interventions the organisation uses: the standard catalogue minus hidden ones, plus its own.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class InterventiesModel(InterventionCatalogService catalog, KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;

    public List<InterventionCard> Own { get; private set; } = [];

    public List<InterventionCard> Standard { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Own = await catalog.OwnCardsAsync(ct);
        var hidden = await catalog.HiddenAsync(ct);
        Standard = kb.Interventions.Where(i => !hidden.Contains(i.Id)).Select(i => InterventionFinder.Card(kb, i)).ToList();
    }
}

/// <summary>One intervention (standard or own).</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class InterventieModel(InterventionCatalogService catalog, KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;

    public InterventionCard Card { get; private set; } = null!;

    public InterventionDoc? Doc { get; private set; }

    public bool Hidden { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var card = await catalog.FindCardAsync(id, ct);
        if (card is null)
            return NotFound();
        Card = card;
        Doc = kb.InterventionsById.GetValueOrDefault(id);
        Hidden = !card.IsOwn && (await catalog.HiddenAsync(ct)).Contains(id);
        return Page();
    }
}

/// <summary>The interventiewijzer: describe a situation, choose criteria, get ranked interventions with reasons; add one to an approach.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class InterventiewijzerModel(InterventionCatalogService catalog, ApproachService approaches, ApproachInterventionService plan, KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;

    [BindProperty(SupportsGet = true)]
    public FinderQuery Query { get; set; } = new();

    public List<FinderResult>? Results { get; private set; }

    public IReadOnlyList<SelectListItem> ApproachItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Options(string facet) =>
        [new("Geen voorkeur", ""), .. kb.FacetDefinitions[facet].Values.Select(v => new SelectListItem(v.Label, v.Id))];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostToevoegenAsync(Guid? approachId, string? interventionId, string? note, CancellationToken ct)
    {
        ModelState.Clear();
        if (approachId is not { } id)
        {
            ModelState.AddModelError("approachId", "Kies de aanpak waaraan u de interventie wilt toevoegen.");
            await LoadAsync(ct);
            return Page();
        }

        var result = await plan.AddAsync(id, new ApproachInterventionInput { InterventionId = interventionId, Note = note }, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = "De interventie is toegevoegd aan de aanpak.";
                return Redirect($"/aanpakken/{id}/interventies");
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            default:
                ModelState.AddErrors(result.Errors, "");
                await LoadAsync(ct);
                return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var editable = (await approaches.ListAsync(PageRequest.Create(1, 100), actor, ct: ct)).Items.Where(v => v.CanEdit).ToList();
        ApproachItems = [new("Kies een aanpak", ""), .. editable.Select(v => new SelectListItem(v.Approach.Title, v.Approach.Id.ToString()))];
        if (string.IsNullOrWhiteSpace(Query.Text) && !Query.Criteria().Any())
            return;
        var result = await catalog.FindAsync(Query, actor, ct);
        if (result.IsOk)
            Results = result.Value!.Take(10).ToList();
        else
            ModelState.AddErrors(result.Errors, "Query");
    }
}
