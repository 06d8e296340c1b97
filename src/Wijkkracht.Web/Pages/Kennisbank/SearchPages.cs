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

/// <summary>One intervention (standard or own), with a form to add it to one of the user's approaches.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class InterventieModel(InterventionCatalogService catalog, ApproachService approaches, ApproachInterventionService plan, KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;

    public InterventionCard Card { get; private set; } = null!;

    public InterventionDoc? Doc { get; private set; }

    public bool Hidden { get; private set; }

    public AddToApproachForm AddForm { get; private set; } = AddToApproachForm.Empty;

    public string AddAction => $"/kennisbank/interventies/{Uri.EscapeDataString(Card.Id)}?handler=Toevoegen";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, null, null, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostToevoegenAsync(string id, Guid? approachId, string? note, CancellationToken ct)
    {
        ModelState.Clear();
        return await AddToApproachForm.AddAsync(this, plan, approachId, id, note,
            async () => await LoadAsync(id, approachId, note, ct) ? Page() : NotFound(), ct);
    }

    private async Task<bool> LoadAsync(string id, Guid? approachId, string? note, CancellationToken ct)
    {
        var card = await catalog.FindCardAsync(id, ct);
        if (card is null)
            return false;
        Card = card;
        Doc = kb.InterventionsById.GetValueOrDefault(id);
        Hidden = !card.IsOwn && (await catalog.HiddenAsync(ct)).Contains(id);
        AddForm = await AddToApproachForm.LoadAsync(approaches, HttpContext.GetActor(), approachId, id, note, ct);
        return true;
    }
}

/// <summary>
/// The "add to an approach" form shared by the interventiewijzer and the intervention page: the approaches the user
/// may edit (the only one pre-selected), and what the user chose and typed when the form came back with an error.
/// </summary>
public sealed record AddToApproachForm(IReadOnlyList<SelectListItem> Approaches, Guid? Selected, string? PostedInterventionId, string? PostedNote)
{
    public static readonly AddToApproachForm Empty = new([], null, null, null);

    public bool CanAdd => Approaches.Count > 0;

    public string? NoteFor(string interventionId) => interventionId == PostedInterventionId ? PostedNote : null;

    public bool IsOpenFor(string interventionId) => interventionId == PostedInterventionId;

    public static async Task<AddToApproachForm> LoadAsync(ApproachService approaches, Actor actor, Guid? selected, string? postedInterventionId, string? postedNote, CancellationToken ct)
    {
        var editable = (await approaches.ListAsync(PageRequest.Create(1, 100), actor, ct: ct)).Items.Where(v => v.CanEdit).ToList();
        if (editable.Count == 1)
            selected = editable[0].Approach.Id;
        List<SelectListItem> items = editable.Count > 1 ? [new("Kies een aanpak", "", selected is null)] : [];
        items.AddRange(editable.Select(v => new SelectListItem(v.Approach.Title, v.Approach.Id.ToString(), v.Approach.Id == selected)));
        return new AddToApproachForm(editable.Count == 0 ? [] : items, selected, postedInterventionId, postedNote);
    }

    /// <summary>Adds the intervention: the redirect (or 404/403) on success, otherwise the errors in ModelState and <paramref name="showAgain"/>.</summary>
    public static async Task<IActionResult> AddAsync(PageModel page, ApproachInterventionService plan, Guid? approachId, string? interventionId, string? note, Func<Task<IActionResult>> showAgain, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(showAgain);
        if (approachId is not { } id)
        {
            page.ModelState.AddModelError("approachId", "Kies de aanpak waaraan u de interventie wilt toevoegen.");
            return await showAgain();
        }

        var result = await plan.AddAsync(id, new ApproachInterventionInput { InterventionId = interventionId, Note = note }, page.HttpContext.GetActor(), ct);
        return await page.ToPageResultAsync(result, new FormOutcome<ApproachInterventionView>
        {
            Saved = "De interventie is toegevoegd aan de aanpak.",
            Redirect = _ => new RedirectToPageResult("/Aanpakken/Interventies", new { id }),
            ShowAgain = showAgain,
            Prefix = "",
        });
    }
}

/// <summary>
/// The interventiewijzer: describe a situation, choose criteria, get ranked interventions with reasons; add one to an
/// approach. <c>?aanpak={id}</c> starts from an approach the user may see: its vraagstuk fills the description and
/// the approach is pre-selected (404 for an approach the user may not see). A failed add keeps the description, the
/// criteria, the results and the typed note.
/// </summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class InterventiewijzerModel(InterventionCatalogService catalog, ApproachService approaches, ApproachInterventionService plan, KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;

    [BindProperty(SupportsGet = true)]
    public FinderQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "aanpak")]
    public Guid? Aanpak { get; set; }

    public string? ApproachTitle { get; private set; }

    public List<FinderResult>? Results { get; private set; }

    public AddToApproachForm AddForm { get; private set; } = AddToApproachForm.Empty;

    public IReadOnlyList<SelectListItem> Options(string facet) =>
        [new("Geen voorkeur", ""), .. kb.FacetDefinitions[facet].Values.Select(v => new SelectListItem(v.Label, v.Id))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Aanpak is { } id)
        {
            var approach = await approaches.GetAsync(id, HttpContext.GetActor(), ct);
            if (!approach.IsOk)
                return NotFound();
            ApproachTitle = approach.Value!.Approach.Title;
            if (string.IsNullOrWhiteSpace(Query.Text))
                Query.Text = Shorten(approach.Value.Approach.Issue, SearchRequest.MaxQueryLength);
        }

        await LoadAsync(Aanpak, null, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostToevoegenAsync(Guid? approachId, string? interventionId, string? note, CancellationToken ct)
    {
        ModelState.Clear();
        return await AddToApproachForm.AddAsync(this, plan, approachId, interventionId, note, async () =>
        {
            await LoadAsync(approachId, interventionId, note, ct);
            return Page();
        }, ct);
    }

    /// <summary>Where the add form posts: the handler with the current description and criteria, so an error keeps them.</summary>
    public string AddAction => "/kennisbank/interventiewijzer?handler=Toevoegen" + (QueryString() is { Length: > 0 } q ? "&" + q : "");

    /// <summary>The query string of the current description and criteria (kept by the add form).</summary>
    public string QueryString()
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }

        Add("Query.Text", Query.Text);
        Add("Query.TargetGroup", Query.TargetGroup);
        Add("Query.Location", Query.Location);
        Add("Query.Theme", Query.Theme);
        Add("Query.SolutionDirection", Query.SolutionDirection);
        Add("Query.PpctLevel", Query.PpctLevel);
        return string.Join("&", parts);
    }

    private static string Shorten(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max)];
    }

    private async Task LoadAsync(Guid? selected, string? postedInterventionId, string? postedNote, CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        AddForm = await AddToApproachForm.LoadAsync(approaches, actor, selected, postedInterventionId, postedNote, ct);
        if (string.IsNullOrWhiteSpace(Query.Text) && !Query.Criteria().Any())
            return;
        var result = await catalog.FindAsync(Query, actor, ct);
        if (result.IsOk)
            Results = result.Value!.Take(10).ToList();
        else
            ModelState.AddErrors(result.Errors, "Query");
    }
}
