using Genoptraening.Api.Endpoints;
using Genoptraening.Web;
using Genoptraening.Web.Dashboard;
using Genoptraening.Web.Endpoints;

namespace Genoptraening.Api.Extensions;

/// <summary>Problem details for every error, the OpenAPI document, the API's routes behind their key gate, and the dashboard.</summary>
public static class ApiPipeline
{
    public static WebApplicationBuilder AddApiDocumentation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddApiHandlers();
        builder.Services.AddExceptionHandler<Http.StorageOutageHandler>();
        builder.Services.AddOpenApi();
        if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
        {
            builder.WebHost.UseUrls("http://localhost:7071");
        }

        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        // An error without a body: problem details on the API's addresses, a Danish page on the dashboard's.
        app.UseStatusCodePages(status => StatusPage.IsApiPath(status.HttpContext.Request.Path)
            ? status.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(
                new ProblemDetailsContext { HttpContext = status.HttpContext, ProblemDetails = { Status = status.HttpContext.Response.StatusCode } }).AsTask()
            : StatusPage.WriteAsync(status.HttpContext, "/"));
        app.UseRouting();
        app.UseApiKeyGate();
        // The one document, at a fixed path: an unknown name is then the host's own 404 with problem details.
        app.MapOpenApi("/openapi/v1.json");
        app.MapHostEndpoints();
        foreach (var route in ApiRoutes.All)
        {
            app.MapApiRoute(route);
        }

        app.MapDashboard();
        return app;
    }
}
