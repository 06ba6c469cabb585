using Genoptraening.Web.Endpoints;
using Genoptraening.Web.Reports;
using Genoptraening.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Genoptraening.Web;

/// <summary>What the API's handlers need beside the course engine, registered the same in both hosts.</summary>
public static class WebServices
{
    public static IServiceCollection AddApiHandlers(this IServiceCollection services) =>
        services.AddSingleton<ApiKeyRegistry>().AddSingleton<QualityReportLoader>().AddSingleton<ApiEndpoints>();
}
