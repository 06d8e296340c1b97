using System.Text;

namespace Wijkkracht.Web.Api;

/// <summary>Reading a CSV file sent as the request body (the import routes).</summary>
internal static class CsvUpload
{
    /// <summary>Whether the body is declared as <c>text/csv</c> (parameters such as charset are ignored).</summary>
    public static bool IsCsv(HttpRequest request) =>
        string.Equals(request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body as UTF-8 text, or null when it is (or says it is) larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
