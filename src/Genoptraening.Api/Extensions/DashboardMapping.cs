using Genoptraening.Web.Dashboard;
using Genoptraening.Web.Security;

namespace Genoptraening.Api.Extensions;

/// <summary>The visitators' dashboard at the host's root: the pages of <see cref="DashboardRoutes"/>, as the Functions app serves them too.</summary>
public static class DashboardMapping
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(services => new DashboardEndpoints(services, "/"));
        builder.Services.AddSingleton<DevelopmentSignIn>(); // offered here, where Dashboard:Authentication=Development chooses it

        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        DevelopmentSignIn.RefuseInAzure(app.Configuration);
        var pages = app.Services.GetRequiredService<DashboardEndpoints>();
        foreach (var route in DashboardRoutes.All)
        {
            app.MapMethods(route.HostPattern, [route.Method], pages.For(route.Name)).WithName(route.Name).ExcludeFromDescription();
        }

        return app;
    }
}
