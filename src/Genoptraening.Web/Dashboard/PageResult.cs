using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// A page: a Razor component rendered to HTML on the server with Blazor's <see cref="HtmlRenderer"/>,
/// which needs nothing of a host but its services, so both hosts answer with the same bytes.
/// </summary>
public sealed class PageResult<TPage>(IReadOnlyDictionary<string, object?> parameters, int statusCode = StatusCodes.Status200OK) : IResult
    where TPage : IComponent
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        await using var renderer = new HtmlRenderer(httpContext.RequestServices, httpContext.RequestServices.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters.ToDictionary()))).ToHtmlString()).ConfigureAwait(false);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        httpContext.Response.Headers.CacheControl = "no-store";

        // No page in another site's frame (a click there would be a same-origin form), no script but the page's own (its
        // nonce), no form to another site, no guessing of types, no course address in another site's Referer, HTTPS only.
        var nonce = (parameters.GetValueOrDefault("Frame") as PageFrame)?.Nonce;
        httpContext.Response.Headers.XFrameOptions = "DENY";
        httpContext.Response.Headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src {(nonce is null ? "'none'" : $"'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        httpContext.Response.Headers.XContentTypeOptions = "nosniff";
        httpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
        httpContext.Response.Headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains"; // browsers heed it over HTTPS only
        await httpContext.Response.WriteAsync("<!DOCTYPE html>\n" + html, httpContext.RequestAborted).ConfigureAwait(false);
    }
}

/// <summary>Pages as results, with their frame and model as the component's parameters.</summary>
public static class Page
{
    public static IResult Of<TPage>(PageFrame frame, object model, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new PageResult<TPage>(new Dictionary<string, object?> { ["Frame"] = frame, ["Model"] = model }, statusCode);

    /// <summary>The answer for a course that does not exist or is another municipality's: the two are not told apart.</summary>
    public static IResult CourseNotFound(PageFrame frame) =>
        Message(frame, "Forløbet findes ikke", FormOutcome.NoSuchCourse, StatusCodes.Status404NotFound);

    /// <summary>A page that only says something: no access, storage down, a failure.</summary>
    public static IResult Message(PageFrame frame, string title, string text, int statusCode) =>
        new PageResult<Pages.MessagePage>(new Dictionary<string, object?> { ["Frame"] = frame, ["Title"] = title, ["Text"] = text }, statusCode);
}
