using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Genoptraening.Functions;

/// <summary>What an HTTP trigger adds around the shared handler: its route values, and an answer the Functions host expects.</summary>
internal static class TriggerPlumbing
{
    /// <summary>The trigger's route parameters as the request's route values, where the shared handlers bind them.</summary>
    public static HttpContext WithRoute(this HttpRequest request, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var (name, value) in values)
        {
            request.RouteValues[name] = value;
        }

        return request.HttpContext;
    }

    /// <summary>
    /// The handler has written the response on the request's own <see cref="HttpContext"/>; the host's
    /// HTTP output binding (<c>$return</c>) gets a result with nothing more to write.
    /// </summary>
    public static async Task<IActionResult> Written(this Task handled)
    {
        ArgumentNullException.ThrowIfNull(handled);
        await handled.ConfigureAwait(false);
        return new EmptyResult();
    }
}
