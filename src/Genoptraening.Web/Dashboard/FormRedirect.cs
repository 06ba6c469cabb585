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
        var text = Encode(outcome);
        if (text.Length > MaxLength)
        {
            text = Encode(outcome with { Typed = null });
        }

        context.Response.Cookies.Append(Cookie, text, Options(context, frame));
        return new SeeOther(frame.Root + page);
    }

    /// <summary>The outcome a form left for this page, once: the cookie is deleted as it is read. Null when there is none or it is not ours.</summary>
    public static FormOutcome? Take(HttpContext context, PageFrame frame)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        if (context.Request.Cookies[Cookie] is not { } text)
        {
            return null;
        }

        context.Response.Cookies.Delete(Cookie, Options(context, frame));
        return Decode(text);
    }

    private static CookieOptions Options(HttpContext context, PageFrame frame) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = frame.Root,
        IsEssential = true,
        MaxAge = TimeSpan.FromMinutes(1),
    };

    private static string Encode(FormOutcome outcome) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Carried(outcome.Succeeded, outcome.Message, outcome.Typed), CarriedJson.Default.Carried));

    private static FormOutcome? Decode(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(text), CarriedJson.Default.Carried) is { Message: { } message } carried
                ? new FormOutcome(carried.Succeeded, message, carried.Typed)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    internal sealed record Carried(bool Succeeded, string? Message, IReadOnlyDictionary<string, string>? Typed);

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
