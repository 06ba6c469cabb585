using Genoptraening.Web.Endpoints;
using Genoptraening.Web.Reports;
using Genoptraening.Web.Security;

namespace Genoptraening.Web;

/// <summary>What the API's handlers need beside the course engine, registered the same in both hosts.</summary>
public static class WebServices
{
    /// <summary>The key registry, the request limits, the report loader, the routes as delegates, and problem details written the same way (with the request's trace id).</summary>
    public static IServiceCollection AddApiHandlers(this IServiceCollection services) =>
        services.AddProblemDetails().AddSingleton<ApiKeyRegistry>().AddSingleton<RequestLimits>().AddSingleton<QualityReportLoader>().AddSingleton<ApiEndpoints>();
}
