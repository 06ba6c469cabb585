using System.Buffers.Text;
using System.Text.Json;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// Post/redirect/get: every form answers with a <c>303 See Other</c> to a page, and the form's outcome (its
/// Danish message, and on a refusal what was typed, to show it again) rides along in a short-lived cookie that
/// the page takes once. Reloading the page then shows it afresh instead of posting again, and the browser's
/// address is always a page's. The cookie is the visitator's own browser's (HTTP only, same site, the dashboard's
/// path) and holds only what the visitator typed and our message; no CPR number is ever in a form.
/// </summary>
public static class FormRedirect
{
    public const string Cookie = "genoptraening-besked";

    /// <summary>Above this many characters the typed values are left out (a cookie holds about 4 KB).</summary>
    private const int MaxLength = 3000;

    /// <summary>The redirect to <paramref name="page"/> (relative to the dashboard's root), carrying <paramref name="outcome"/>.</summary>
    public static IResult To(HttpContext context, PageFrame frame, string page, FormOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(outcome);
        var text = Encode(page, outcome);
        if (text.Length > MaxLength)
        {
            text = Encode(page, outcome with { Typed = null });
        }

        context.Response.Cookies.Append(Cookie, text, Options(context, frame));
        return new SeeOther(frame.Root + page);
    }

    /// <summary>
    /// The outcome a form left for this page, once: the cookie is deleted as it is read. Null when there is none, it is not ours,
    /// or it was left for another page (another tab's course keeps its own).
    /// </summary>
    public static FormOutcome? Take(HttpContext context, PageFrame frame)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        if (context.Request.Cookies[Cookie] is not { } text || Decode(text) is not { } carried
            || !SamePath(frame.Root + carried.Page, context.Request.PathBase + context.Request.Path))
        {
            return null;
        }

        context.Response.Cookies.Delete(Cookie, Options(context, frame));
        return carried.Outcome;
    }

    private static bool SamePath(string a, string b) => string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static CookieOptions Options(HttpContext context, PageFrame frame) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = frame.Root,
        IsEssential = true,
        MaxAge = TimeSpan.FromMinutes(1),
    };

    private static string Encode(string page, FormOutcome outcome) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Carried(page, outcome.Succeeded, outcome.Message, outcome.Typed), CarriedJson.Default.Carried));

    private static (string Page, FormOutcome Outcome)? Decode(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(text), CarriedJson.Default.Carried) is { Page: { } page, Message: { } message } carried
                ? (page, new FormOutcome(carried.Succeeded, message, carried.Typed))
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <param name="Page">The page it was left for, relative to the dashboard's root.</param>
    internal sealed record Carried(string? Page, bool Succeeded, string? Message, IReadOnlyDictionary<string, string>? Typed);

    /// <summary>303: the browser follows with a GET, whatever the form's method.</summary>
    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            httpContext.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(FormRedirect.Carried))]
internal sealed partial class CarriedJson : System.Text.Json.Serialization.JsonSerializerContext;
