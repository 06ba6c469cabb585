namespace Genoptraening.Web.Dashboard;

/// <summary>
/// A dashboard form is accepted only from the dashboard's own pages: the browser says so in
/// <c>Sec-Fetch-Site</c>, or, where it sends no such header, in an <c>Origin</c> of the same host.
/// This keeps another site from posting with the visitator's sign-in (cross-site request forgery),
/// without a token that would tie a form to one instance of the app.
/// </summary>
public static class SameOrigin
{
    public static bool Allows(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site)
        {
            return site == "same-origin";
        }

        return Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin)
            && string.Equals(origin.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a page is opened by the visitator: a navigation from the dashboard's own pages, or typed or bookmarked
    /// (<c>Sec-Fetch-Site: none</c>); not a link on another site, nor a script's fetch. A browser that sends no
    /// <c>Sec-Fetch-*</c> headers is taken at its word. Only such a page shows a citizen's CPR number.
    /// </summary>
    public static bool IsOwnNavigation(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var mode = request.Headers["Sec-Fetch-Mode"].ToString();
        return site is "" or "same-origin" or "none" && mode is "" or "navigate";
    }
}
