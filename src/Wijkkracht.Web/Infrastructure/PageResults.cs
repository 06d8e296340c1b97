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

/// <summary>
/// A POST (or other non-GET) to a page without a handler for it answers 405 Method Not Allowed, instead of rendering
/// the page without its data (which ended in a 500).
/// </summary>
public sealed class MethodNotAllowedPageFilter : Microsoft.AspNetCore.Mvc.Filters.IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        // Re-executed error pages (/fout after an exception or a status code) keep the original method: not a client's POST.
        var reExecuted = context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null
            || context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            var allowed = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Append("GET").Distinct();
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
            context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
