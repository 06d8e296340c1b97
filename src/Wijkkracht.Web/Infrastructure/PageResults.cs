using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>Copies service validation errors into ModelState under the form's input prefix.</summary>
public static class PageResults
{
    public static void AddErrors(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, string prefix = "Input")
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
                modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
        }
    }

    /// <summary>
    /// Drops the framework's binding errors but keeps what the user typed; the feature service then validates the
    /// input and its Dutch messages are added with <see cref="AddErrors"/>.
    /// </summary>
    public static void ClearErrorsKeepValues(this ModelStateDictionary modelState)
    {
        foreach (var entry in modelState.Values)
            entry.Errors.Clear();
    }

    /// <summary>Replaces the framework's English binding messages with Dutch ones.</summary>
    public static void UseDutchMessages(DefaultModelBindingMessageProvider provider)
    {
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => $"De waarde '{value}' is niet geldig.");
        provider.SetValueIsInvalidAccessor(value => $"De waarde '{value}' is niet geldig.");
        provider.SetValueMustBeANumberAccessor(_ => "Vul een getal in.");
        provider.SetMissingBindRequiredValueAccessor(_ => "Dit veld is verplicht.");
        provider.SetMissingKeyOrValueAccessor(() => "Dit veld is verplicht.");
        provider.SetValueMustNotBeNullAccessor(_ => "Dit veld is verplicht.");
        provider.SetUnknownValueIsInvalidAccessor(_ => "Deze waarde is niet geldig.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"De waarde '{value}' is niet geldig.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is niet geldig.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
    }
}
