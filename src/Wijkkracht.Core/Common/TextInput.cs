using System.Text;

namespace Wijkkracht.Core.Common;

/// <summary>
/// The one rule for text that enters the application: C0/C1 control characters (except tab, CR and LF), the
/// non-characters U+FFFE/U+FFFF, unpaired surrogates and the bidi override/isolate characters (U+202A–U+202E,
/// U+2066–U+2069, which can make text display differently from what is stored) are removed.
/// </summary>
public static class TextInput
{
    /// <summary>True when <paramref name="c"/> is never kept in stored text.</summary>
    public static bool IsRefused(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r'))
        || (c >= 0x7F && c <= 0x9F)
        || c is '\uFFFE' or '\uFFFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Returns <paramref name="text"/> without refused characters (the same instance when there are none).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        for (; i < text.Length; i++)
        {
            if (IsRefused(text[i]) || IsUnpairedSurrogate(text, i))
                break;
            if (char.IsHighSurrogate(text[i]))
                i++;
        }

        if (i == text.Length)
            return text;

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (IsRefused(c) || IsUnpairedSurrogate(text, i))
                continue;
            builder.Append(c);
            if (char.IsHighSurrogate(c))
                builder.Append(text[++i]);
        }

        return builder.ToString();
    }

    /// <summary><see cref="Clean(string)"/> for optional text.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static bool IsUnpairedSurrogate(string text, int i) =>
        (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
        || char.IsLowSurrogate(text[i]);
}
