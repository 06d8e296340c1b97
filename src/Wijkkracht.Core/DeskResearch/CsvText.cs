using System.Text;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.DeskResearch;

/// <summary>One record of a CSV file with the line number (1-based) it starts on.</summary>
public sealed record CsvRecord(int Line, List<string> Fields);

/// <summary>
/// A small RFC 4180 reader that keeps the physical line number of every record, so that an import can name the line
/// of each error exactly: fields separated by <c>delimiter</c>, optionally in double quotes (a quote inside is written
/// twice, a quoted field may span lines), CRLF or LF line ends, blank lines skipped, fields trimmed.
/// </summary>
public static class CsvText
{
    public static List<CsvRecord> Read(string text, char delimiter, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoted = false;
        var any = false;

        void EndField()
        {
            fields.Add(quoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            quoted = false;
        }

        void EndRecord()
        {
            EndField();
            if (any || fields.Count > 1 || fields[0].Length > 0)
                records.Add(new CsvRecord(recordLine, fields));
            fields = [];
            any = false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                inQuotes = true;
                quoted = true;
                any = true;
            }
            else if (c == delimiter)
            {
                EndField();
                any = true;
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }
            else if (c is '\n' or '\r')
            {
                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (inQuotes)
            errors.Add($"lines[{recordLine}].file", $"Regel {recordLine}: een veld begint met een aanhalingsteken (\") dat niet wordt afgesloten.");
        else
            EndRecord();
        return records;
    }
}
