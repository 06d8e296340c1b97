using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>How a form page answers a feature-service result (see <see cref="FormOutcomes.SubmitAsync{T}"/>).</summary>
public sealed class FormOutcome<T>
{
    /// <summary>The Dutch confirmation shown after the redirect (TempData "Melding").</summary>
    public string Saved { get; init; } = "De wijzigingen zijn opgeslagen.";

    /// <summary>A confirmation that names the saved record; used instead of <see cref="Saved"/> when set.</summary>
    public Func<T, string>? SavedFor { get; init; }

    /// <summary>Where to go after a successful save, usually <c>RedirectToPage(...)</c>.</summary>
    public required Func<T, IActionResult> Redirect { get; init; }

    /// <summary>Shows the form again (reloading its lists); everything typed stays in ModelState.</summary>
    public required Func<Task<IActionResult>> ShowAgain { get; init; }

    /// <summary>The prefix of the form's inputs in ModelState.</summary>
    public string Prefix { get; init; } = "Input";

    /// <summary>On a conflict: receives the Dutch message (for the page's notice).</summary>
    public Action<string?>? OnConflict { get; init; }

    /// <summary>On a conflict: reads the newest version, which goes into the hidden version field.</summary>
    public Func<Task<string?>>? LatestVersion { get; init; }

    /// <summary>The hidden version field under <see cref="Prefix"/>.</summary>
    public string VersionField { get; init; } = "Version";

    /// <summary>
    /// Extra input work before the save (e.g. reading an upload into the input): false shows the form again without
    /// saving (the method puts its own message in ModelState). Only used by <see cref="FormOutcomes.SubmitAsync{T}"/>.
    /// </summary>
    public Func<Task<bool>>? BeforeSave { get; init; }

    /// <summary>
    /// On Invalid: puts the field errors in ModelState itself (when a page names a field differently from the service);
    /// without it the errors go under <see cref="Prefix"/>.
    /// </summary>
    public Action<IReadOnlyDictionary<string, string[]>>? OnInvalid { get; init; }

    /// <summary>
    /// On Invalid: the service's message without field errors (e.g. a delete that is not possible) goes to the page's
    /// summary instead of being dropped. Default true.
    /// </summary>
    public bool MessageWithoutFields { get; init; } = true;
}

/// <summary>
/// One mapping from a feature-service <see cref="Result{T}"/> to the page outcome: Ok → redirect with the Dutch message;
/// NotFound → 404; Forbidden → 403; Invalid → the errors under the input prefix and the form again with everything typed;
/// Conflict → the message, the newest version in the hidden field and the form again with the typed text.
/// </summary>
public static class FormOutcomes
{
    /// <summary>
    /// Runs a form POST: values that did not parse (a number too large, a date that does not exist, an option that is
    /// not in the list) bring the form back with a Dutch message for that field and the typed input, and the service is
    /// not called, so a record is never saved with such a value silently dropped. Otherwise saves and maps the result.
    /// </summary>
    public static async Task<IActionResult> SubmitAsync<T>(this PageModel page, Func<Task<Result<T>>> save, FormOutcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!page.ModelState.KeepOnlyParseErrors())
            return await outcome.ShowAgain();
        if (outcome.BeforeSave is { } beforeSave && !await beforeSave())
            return await outcome.ShowAgain();
        return await page.ToPageResultAsync(await save(), outcome);
    }

    /// <summary>Maps a result that is already there (see <see cref="SubmitAsync{T}"/>).</summary>
    public static async Task<IActionResult> ToPageResultAsync<T>(this PageModel page, Result<T> result, FormOutcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outcome);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                page.TempData["Melding"] = outcome.SavedFor?.Invoke(result.Value!) ?? outcome.Saved;
                return outcome.Redirect(result.Value!);
            case ResultStatus.NotFound:
                return page.NotFound();
            case ResultStatus.Forbidden:
                return page.Forbid();
            case ResultStatus.Conflict:
                if (outcome.OnConflict is { } onConflict)
                    onConflict(result.Message);
                else
                    page.ModelState.AddModelError(string.Empty, result.Message ?? Messages.ConcurrencyConflict);
                if (outcome.LatestVersion is { } latestVersion)
                {
                    var version = await latestVersion();
                    var key = string.IsNullOrEmpty(outcome.Prefix) ? outcome.VersionField : $"{outcome.Prefix}.{outcome.VersionField}";
                    page.ModelState.SetModelValue(key, version, version);
                }

                return await outcome.ShowAgain();
            default:
                if (outcome.OnInvalid is { } onInvalid)
                    onInvalid(result.Errors);
                else
                    page.ModelState.AddErrors(result.Errors, outcome.Prefix);
                if (result.Errors.Count == 0 && outcome.MessageWithoutFields)
                    page.ModelState.AddModelError(string.Empty, result.Message ?? "Dat is niet gelukt.");
                return await outcome.ShowAgain();
        }
    }

    /// <summary>
    /// Drops the framework's binding messages for empty fields (the service gives its own Dutch message) but keeps,
    /// in Dutch, the message for every value that was typed and did not parse. True when every typed value parsed.
    /// </summary>
    public static bool KeepOnlyParseErrors(this ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var parsed = true;
        foreach (var entry in modelState.Values)
        {
            if (entry.Errors.Count == 0)
                continue;
            var typed = entry.AttemptedValue;
            if (string.IsNullOrWhiteSpace(typed))
            {
                entry.Errors.Clear();
                continue;
            }

            parsed = false;
            var messages = entry.Errors.Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? $"De waarde '{typed}' is niet geldig." : e.ErrorMessage).Distinct().ToList();
            entry.Errors.Clear();
            foreach (var message in messages)
                entry.Errors.Add(message);
        }

        return parsed;
    }
}
