using Genoptraening.Web.Security;

namespace Genoptraening.Web.Endpoints;

/// <summary>
/// One route of the API as both hosts serve it: the local host maps <see cref="Handler"/> with ASP.NET
/// Core's minimal APIs, the Functions app's trigger of the same <see cref="Name"/> invokes it through
/// <see cref="ApiEndpoints"/>; in both the <see cref="ApiKeyGate"/> runs first.
/// </summary>
/// <param name="Name">The trigger's function name, e.g. <c>PostPlan</c>.</param>
/// <param name="Method">GET, POST or DELETE.</param>
/// <param name="Pattern">Without the <c>api/</c> prefix, e.g. <c>courses/{id:guid}/events/{type}</c> (Functions' route).</param>
/// <param name="Access">Who may call it.</param>
/// <param name="Handler">The handler; its parameters are bound by ASP.NET Core's request delegate factory in both hosts.</param>
/// <param name="Describe">The OpenAPI description the local host adds.</param>
public sealed record ApiRoute(string Name, string Method, string Pattern, ApiAccess Access, Delegate Handler, Action<RouteHandlerBuilder> Describe)
{
    public const string Prefix = "api/";

    /// <summary>The local host's route: the Functions default prefix, then the pattern.</summary>
    public string HostPattern => "/" + Prefix + Pattern;
}
