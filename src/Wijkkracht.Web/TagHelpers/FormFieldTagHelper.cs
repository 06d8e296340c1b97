using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wijkkracht.Web.TagHelpers;

/// <summary>
/// Renders an NL Design System (Utrecht) form field: label, optional hint, the server-side error message and the
/// control, wired with aria-describedby/aria-invalid. The value shown is what the user typed when the form came back
/// with errors, so nothing typed is lost.
/// </summary>
[HtmlTargetElement("wk-field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>text, email, password, date, number, textarea, select, checkbox, file.</summary>
    public string Type { get; set; } = "text";

    public IEnumerable<SelectListItem>? Items { get; set; }

    public bool Required { get; set; }

    public string? Autocomplete { get; set; }

    public string? Accept { get; set; }

    public int? Maxlength { get; set; }

    public int Rows { get; set; } = 5;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var invalid = errors.Count > 0;
        var value = state?.AttemptedValue ?? Format(For.Model);

        var describedBy = new List<string>();
        if (Hint is not null)
            describedBy.Add(id + "-hint");
        if (invalid)
            describedBy.Add(id + "-error");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var kindClass = Type == "checkbox" ? "utrecht-form-field--checkbox" : "utrecht-form-field--text";
        output.Attributes.SetAttribute("class", $"utrecht-form-field {kindClass}{(invalid ? " utrecht-form-field--invalid" : "")}");

        var html = new System.Text.StringBuilder();
        if (Type == "checkbox")
        {
            var isChecked = string.Equals(value?.Split(',')[0], "true", StringComparison.OrdinalIgnoreCase);
            html.Append("<div class=\"utrecht-form-field__input\">");
            html.Append($"<input type=\"checkbox\" class=\"utrecht-checkbox utrecht-checkbox--html-input\" id=\"{id}\" name=\"{E(name)}\" value=\"true\"{(isChecked ? " checked" : "")}{Described(describedBy)}{(invalid ? " aria-invalid=\"true\"" : "")}>");
            html.Append($"<input type=\"hidden\" name=\"{E(name)}\" value=\"false\">");
            html.Append("</div>");
            html.Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{id}\">{E(Label)}</label></div>");
            AppendHintAndErrors(html, id, errors);
        }
        else
        {
            html.Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{E(Label)}{(Required ? "" : " <span class=\"wk-optional\">(niet verplicht)</span>")}</label></div>");
            AppendHintAndErrors(html, id, errors);
            html.Append("<div class=\"utrecht-form-field__input\">");
            var common = $" id=\"{id}\" name=\"{E(name)}\"{Described(describedBy)}{(invalid ? " aria-invalid=\"true\"" : "")}{(Required ? " required aria-required=\"true\"" : "")}{(Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"")}{(Maxlength is { } max ? $" maxlength=\"{max}\"" : "")}";
            switch (Type)
            {
                case "textarea":
                    html.Append($"<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea{(invalid ? " utrecht-textarea--invalid" : "")}\" rows=\"{Rows}\"{common}>{E(value)}</textarea>");
                    break;
                case "select":
                    html.Append($"<select class=\"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : "")}\"{common}>");
                    SelectListGroup? group = null;
                    foreach (var item in Items ?? [])
                    {
                        if (item.Group != group)
                        {
                            // Items with a group are wrapped in an optgroup, in the order given.
                            if (group is not null)
                                html.Append("</optgroup>");
                            group = item.Group;
                            if (group is not null)
                                html.Append($"<optgroup label=\"{E(group.Name)}\">");
                        }

                        var selected = string.Equals(item.Value, value, StringComparison.OrdinalIgnoreCase) || (value is null && item.Selected);
                        html.Append($"<option value=\"{E(item.Value)}\"{(selected ? " selected" : "")}>{E(item.Text)}</option>");
                    }

                    if (group is not null)
                        html.Append("</optgroup>");
                    html.Append("</select>");
                    break;
                case "file":
                    html.Append($"<input type=\"file\" class=\"utrecht-textbox utrecht-textbox--html-input\"{common}{(Accept is null ? "" : $" accept=\"{E(Accept)}\"")}>");
                    break;
                default:
                    var keepValue = Type != "password";
                    html.Append($"<input type=\"{E(Type)}\" class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}\"{common}{(keepValue ? $" value=\"{E(value)}\"" : "")}>");
                    break;
            }

            html.Append("</div>");
        }

        output.Content.SetHtmlContent(html.ToString());
    }

    private void AppendHintAndErrors(System.Text.StringBuilder html, string id, List<string> errors)
    {
        if (Hint is not null)
            html.Append($"<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"{id}-hint\">{E(Hint)}</div>");
        if (errors.Count > 0)
            html.Append($"<div class=\"utrecht-form-field__error-message utrecht-form-field-error-message\" id=\"{id}-error\">{string.Join("<br>", errors.Select(E))}</div>");
    }

    private static string Described(List<string> ids) => ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";

    private string E(string? s) => encoder.Encode(s ?? "");

    private static string? Format(object? model) => model switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
