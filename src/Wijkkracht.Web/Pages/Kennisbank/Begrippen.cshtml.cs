using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Kennisbank;

/// <summary>Begrippen: the words of the guides and the app explained in plain Dutch, with their source (content/glossary.yaml).</summary>
[RequiresPermission(Permission.ViewKnowledge)]
public sealed class BegrippenModel(Glossary glossary) : PageModel
{
    public Glossary Glossary => glossary;

    public void OnGet()
    {
    }
}
