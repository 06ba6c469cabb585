using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Genoptraening.Workflows.Queues;

/// <summary>
/// Shared Key authorization of the Storage REST API: an HMAC-SHA256, with the account key, of the verb,
/// the standard headers, the <c>x-ms-</c> headers and the canonical resource.
/// </summary>
public static class SharedKeySigner
{
    public static string Authorization(HttpRequestMessage request, string account, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(key);
        var content = request.Content?.Headers;
        var length = content?.ContentLength is > 0 ? content.ContentLength.Value.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var toSign = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(string.Join(",", content?.ContentEncoding ?? [])).Append('\n')
            .Append(string.Join(",", content?.ContentLanguage ?? [])).Append('\n')
            .Append(length).Append('\n')
            .Append('\n') // Content-MD5
            .Append(content?.ContentType?.ToString() ?? string.Empty).Append('\n')
            .Append("\n\n\n\n\n\n") // Date (x-ms-date is used), If-Modified-Since, If-Match, If-None-Match, If-Unmodified-Since, Range
            .Append(CanonicalHeaders(request))
            .Append(CanonicalResource(request.RequestUri!, account));
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign.ToString())));
        return $"SharedKey {account}:{signature}";
    }

    private static string CanonicalHeaders(HttpRequestMessage request) => string.Concat(
        request.Headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(",", h.Value).Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .Select(h => $"{h.Name}:{h.Value}\n"));

    /// <summary>"/account/path" and the query parameters, one per line; with a path-style endpoint the account appears twice, as the emulator expects.</summary>
    private static string CanonicalResource(Uri uri, string account)
    {
        var resource = new StringBuilder("/").Append(account).Append(uri.AbsolutePath);
        var parameters = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => Uri.UnescapeDataString(p[0]).ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var values = parameter.Select(p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty).Order(StringComparer.Ordinal);
            resource.Append('\n').Append(parameter.Key).Append(':').Append(string.Join(",", values));
        }

        return resource.ToString();
    }
}
