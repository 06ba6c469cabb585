using Genoptraening.Api.Endpoints;

namespace Genoptraening.Api.Extensions;

/// <summary>Problem details for every error, API keys, the OpenAPI document and the endpoints.</summary>
public static class ApiPipeline
{
    public static WebApplicationBuilder AddApiDocumentation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProblemDetails();
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
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        // The one document, at a fixed path: an unknown name is then the host's own 404 with problem details.
        app.MapOpenApi("/openapi/v1.json");
        app.MapOperations();
        app.MapIntake();
        app.MapCourseReads();
        app.MapCourseActions();
        app.MapReports();
        app.MapRazorPages();
        return app;
    }
}
