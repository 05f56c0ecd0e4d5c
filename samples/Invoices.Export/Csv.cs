using System.Text;

namespace PaymentSdk.Samples.InvoicesExport;

/// <summary>
/// Writes CSV as RFC 4180 defines it: records end with CRLF, and a field holding a comma, a double
/// quote, a CR or an LF is enclosed in double quotes, with each double quote inside doubled.
/// </summary>
public static class Csv
{
    /// <summary>The record separator RFC 4180 prescribes.</summary>
    public const string NewLine = "\r\n";

    /// <summary>One field as it appears in a record: quoted only when it has to be.</summary>
    /// <param name="value">The field's text; null is written as an empty field.</param>
    /// <returns>The text, or the text in double quotes with its double quotes doubled.</returns>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return value;
        var quoted = new StringBuilder(value.Length + 2);
        quoted.Append('"');
        foreach (var c in value)
        {
            if (c == '"') quoted.Append('"');
            quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>Writes one record (fields separated by commas, then CRLF).</summary>
    /// <param name="writer">Where the record goes.</param>
    /// <param name="fields">The record's fields, in column order; nulls are empty fields.</param>
    public static async Task WriteRecordAsync(TextWriter writer, IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) line.Append(',');
            line.Append(Escape(fields[i]));
        }
        line.Append(NewLine);
        await writer.WriteAsync(line.ToString()).ConfigureAwait(false);
    }
}
