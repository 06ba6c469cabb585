using System.Text;

namespace Genoptraening.Workflows.Storage;

/// <summary>A list's continuation token: the order key of the page's last course, opaque to callers.</summary>
public static class PageToken
{
    public static string From(string orderKey) => Convert.ToBase64String(Encoding.UTF8.GetBytes(orderKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The order key, or null when the token is not one of ours.</summary>
    public static string? ToOrderKey(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }

        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }
}
