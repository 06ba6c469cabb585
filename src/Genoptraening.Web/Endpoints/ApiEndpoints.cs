using System.Collections.Frozen;
using Genoptraening.Web.Http;
using Genoptraening.Web.Security;

namespace Genoptraening.Web.Endpoints;

/// <summary>
/// The API's routes as request delegates, for a host without ASP.NET Core routing of its own (the
/// Functions app's HTTP triggers): each binds its handler's parameters with ASP.NET Core's request
/// delegate factory, as minimal APIs do in the local host, after the <see cref="ApiKeyGate"/>; a
/// storage account that does not answer is a 503, a request that cannot be bound a 400, and any
/// other failure a 500, each with problem details and logged, as there.
/// </summary>
public sealed class ApiEndpoints
{
    private readonly FrozenDictionary<string, RequestDelegate> byName;

    public ApiEndpoints(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        byName = ApiRoutes.All.ToFrozenDictionary(r => r.Name, r => Gated(r, Bind(r, services)), StringComparer.Ordinal);
    }

    /// <summary>Runs the route <paramref name="name"/> on <paramref name="context"/>, its route values set by the caller.</summary>
    public Task InvokeAsync(string name, HttpContext context) =>
        byName.TryGetValue(name, out var run) ? run(context) : throw new ArgumentException($"No API route {name}.", nameof(name));

    private static RequestDelegate Bind(ApiRoute route, IServiceProvider services) =>
        RequestDelegateFactory.Create(route.Handler, new RequestDelegateFactoryOptions { ServiceProvider = services, ThrowOnBadRequest = true }).RequestDelegate;

    private static RequestDelegate Gated(ApiRoute route, RequestDelegate handler) => async context =>
    {
        if (ApiKeyGate.Check(context, route.Access) is { } refused)
        {
            await refused.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await handler(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await Problems.Unreadable(e.StatusCode, e.Message).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageOutage.IsOutage(e) && !context.Response.HasStarted)
        {
            Log.StorageUnreachable(Logger(context), e);
            await StorageOutage.Answer(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // As the local host's exception handler answers: problem details, the error in the log only.
            Log.Failed(Logger(context), e, route.Name);
            await Problems.Failed().ExecuteAsync(context).ConfigureAwait(false);
        }
    };

    private static ILogger Logger(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<ApiEndpoints>();
}
