using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Kennisbank;

/// <summary>Overview of the knowledge base.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class IndexModel(KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;
}

/// <summary>A method with its principles, phases, steps and decision moment.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class MethodeModel(KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;

    public MethodDoc Method { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (!kb.MethodsById.TryGetValue(id, out var method))
            return NotFound();
        Method = method;
        return Page();
    }
}

/// <summary>One step: goal, results, what to do, questions, guidance, tips, practice examples, related articles.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class StapModel(KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;

    public StepDoc Step { get; private set; } = null!;

    public MethodDoc Method { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (!kb.Steps.TryGetValue(id, out var step))
            return NotFound();
        Step = step;
        Method = kb.MethodsById[step.MethodId];
        return Page();
    }
}

/// <summary>The 12 preconditions.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class RandvoorwaardenModel(KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;
}

/// <summary>The 6 working principles and the start questions.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class PrincipesModel(KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;
}

/// <summary>The participation ladder.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class ParticipatieladderModel(KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;
}

/// <summary>The PPCT levels.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class PpctModel(KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;
}

/// <summary>All in-depth articles, grouped by method.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class ArtikelenModel(KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;
}

/// <summary>One article.</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class ArtikelModel(KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;

    public ArticleDoc Article { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (!kb.ArticlesById.TryGetValue(id, out var article))
            return NotFound();
        Article = article;
        return Page();
    }
}
