using Genoptraening.Web.Http;

namespace Genoptraening.Web.Security;

/// <summary>
/// The API key check of every route, the same code in both hosts: the <c>x-api-key</c> header must be
/// a configured key (401 otherwise) whose role the route admits (403 otherwise). The caller becomes
/// the request's user, from which the handlers take its scope.
/// </summary>
public static class ApiKeyGate
{
    public const string Header = "x-api-key";
    public const string Scheme = "ApiKey";

    /// <summary>The refusal to write, or null when the caller may go on.</summary>
    public static IResult? Check(HttpContext context, ApiAccess access)
    {
        ArgumentNullException.ThrowIfNull(context);
        var keys = context.RequestServices.GetRequiredService<ApiKeyRegistry>();
        if (context.Request.Headers[Header].ToString() is not { Length: > 0 } key || keys.Find(key) is not { } caller)
        {
            return Problems.Unauthorized($"Send a valid API key in the {Header} header.");
        }

        if (!access.Allows(caller))
        {
            return Problems.Forbidden($"A {caller.Role} key may not do this.");
        }

        if (context.RequestServices.GetRequiredService<RequestLimits>().Refuse(context, "key:" + caller.Name) is { } wait)
        {
            return Problems.TooManyRequests(caller.Name, wait);
        }

        context.User = caller.ToPrincipal(Scheme);
        return null;
    }
}
