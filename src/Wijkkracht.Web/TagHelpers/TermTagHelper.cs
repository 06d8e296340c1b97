using Microsoft.AspNetCore.Razor.TagHelpers;
using Wijkkracht.Core.Knowledge;

namespace Wijkkracht.Web.TagHelpers;

/// <summary>
/// A word from the glossary, one click from its explanation: <c>&lt;wk-term id="ppct"&gt;PPCT&lt;/wk-term&gt;</c> renders
/// the word as a link to <c>/kennisbank/begrippen#ppct</c> (empty content shows the glossary's own word). An id that is
/// not in content/glossary.yaml throws, so a typo fails the page test instead of linking to nothing; a test also checks
/// every <c>wk-term</c> id in the views against the glossary.
/// </summary>
[HtmlTargetElement("wk-term", Attributes = "id")]
public sealed class TermTagHelper(Glossary glossary) : TagHelper
{
    /// <summary>The id of the entry in content/glossary.yaml.</summary>
    public string Id { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!glossary.ById.TryGetValue(Id, out var entry))
            throw new InvalidOperationException($"<wk-term id=\"{Id}\">: dit begrip staat niet in content/{Glossary.FileName}.");
        var content = await output.GetChildContentAsync();
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-link wk-term");
        output.Attributes.SetAttribute("href", Glossary.LinkFor(entry.Id));
        output.Attributes.SetAttribute("title", $"Wat betekent '{entry.Term}'? Uitleg in de begrippenlijst");
        if (content.IsEmptyOrWhiteSpace)
            output.Content.SetContent(entry.Term);
    }
}
