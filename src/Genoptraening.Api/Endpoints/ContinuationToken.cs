using System.Globalization;
using System.Text;

namespace Genoptraening.Api.Endpoints;

/// <summary>An opaque keyset position: the last course's sort key and id.</summary>
internal static class ContinuationToken
{
    public static string Write(long sortKey, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sortKey}|{id:D}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (long, Guid)? Read(string token)
    {
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
            return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var key) && Guid.TryParse(parts[1], out var id)
                ? (key, id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
