using Genoptraening.Web.Endpoints;
using Genoptraening.Web.Security;

namespace Genoptraening.Api.Endpoints;

/// <summary>
/// The API's routes in this host: each <see cref="ApiRoute"/>'s handler mapped with minimal APIs (its
/// parameters bound as the Functions app binds them), behind the same <see cref="ApiKeyGate"/>.
/// </summary>
public static class ApiRouteMapping
{
    public static RouteHandlerBuilder MapApiRoute(this IEndpointRouteBuilder app, ApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var endpoint = app.MapMethods(route.HostPattern, [route.Method], route.Handler).WithName(route.Name).WithMetadata(route);
        route.Describe(endpoint);
        return endpoint;
    }

    /// <summary>Runs the gate before an API route's parameters are bound (its handler takes the caller from the request's user).</summary>
    public static IApplicationBuilder UseApiKeyGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiRoute>() is { } route && ApiKeyGate.Check(context, route.Access) is { } refused)
        {
            await refused.ExecuteAsync(context);
            return;
        }

        await next(context);
    });
}
