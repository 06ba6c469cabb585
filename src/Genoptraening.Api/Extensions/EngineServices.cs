using Genoptraening.Api.Engine;
using Genoptraening.Web.Http;
using Genoptraening.Workflows.Catalog;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Serialization;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Genoptraening.Api.Extensions;

/// <summary>
/// The durable engine in the host: the catalog, the clock, and the course orchestration with its
/// stores on the storage account of <c>ConnectionStrings:Storage</c> (task hub, tables, queues).
/// </summary>
public static class EngineServices
{
    public static WebApplicationBuilder AddCourseEngine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Everything is read when first resolved, after the host has all its settings (tests add theirs at Build).
        var development = builder.Environment.IsDevelopment();
        services.AddSingleton(sp => CatalogDirectory.Load(sp.GetRequiredService<IConfiguration>()[SettingKeys.CatalogPath] is { Length: > 0 } path ? path : CatalogDirectory.Default));
        services.AddDurableCourseEngine(sp => EngineOptions(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IOptions<ClockOptions>>().Value, development), SystemTime());
        services.AddHostedService<Dashboard.DemoData>();
        services.AddProductTelemetry(builder.Configuration);
        return builder;
    }

    private static DurableEngineOptions EngineOptions(IConfiguration configuration, ClockOptions clock, bool development) => new()
    {
        ConnectionString = configuration[SettingKeys.StorageConnection] is { Length: > 0 } storage
            ? storage
            : throw new InvalidOperationException($"{SettingKeys.StorageConnection} is not set: the storage account of the task hub, the course tables and the queues (UseDevelopmentStorage=true for Azurite)."),
        TaskHub = TaskHubConfiguration.Read(configuration),
        TablePrefix = configuration[SettingKeys.TablePrefix] ?? string.Empty,
        VirtualClockStart = clock.IsVirtual ? VirtualClockStart(clock, development) : null,
    };

    private static Instant VirtualClockStart(ClockOptions options, bool development)
    {
        if (!development)
        {
            throw new InvalidOperationException("Clock:Mode=Virtual is for Development only.");
        }

        return options.Start.Length == 0 ? SystemTime().GetCurrentInstant()
            : WireTime.TryParseInstant(options.Start, out var instant) ? instant
            : throw new InvalidOperationException($"Clock:Start '{options.Start}' is not an ISO 8601 instant with offset.");
    }

#pragma warning disable RS0030 // The composition root chooses the system clock.
    private static SystemClock SystemTime() => SystemClock.Instance; // clock-root
#pragma warning restore RS0030
}
