using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Wijkkracht.Core.Security;

/// <summary>
/// Explicit, culture-free comparison key for e-mail addresses and user names: the NFC form, upper-cased per character
/// only where the upper-case letter maps back to the same lower-case letter. So <c>é</c> matches <c>É</c>, but the long
/// s <c>ſ</c> does not fold onto <c>s</c>, and the dotless <c>ı</c> not onto <c>i</c>
/// (<see cref="string.ToUpperInvariant()"/> folds both). Canonically equivalent forms (NFC) do match. NFKC is deliberately not used: it maps <c>ſ</c> to
/// <c>s</c> as well. Compared ordinally.
/// </summary>
public sealed class EmailNormalizer : ILookupNormalizer
{
    public static string Key(string value)
    {
        var nfc = value.Trim().Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            var upper = char.ToUpperInvariant(c);
            builder.Append(upper != c && char.ToLowerInvariant(upper) != c ? c : upper);
        }

        return builder.ToString();
    }

    public static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    public string? NormalizeName(string? name) => name is null ? null : Key(name);

    public string? NormalizeEmail(string? email) => email is null ? null : Key(email);
}
