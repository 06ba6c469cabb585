using Genoptraening.Api.Engine;
using Genoptraening.Workflows.Catalog;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Store.Postgres;
using Genoptraening.Workflows.Store.Sqlite;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Genoptraening.Api.Extensions;

/// <summary>The workflow engine in the host: catalog, clock, store, runtime and the timer worker.</summary>
public static class EngineServices
{
    public static WebApplicationBuilder AddCourseEngine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkerSettings>().BindConfiguration(WorkerSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Everything is read when first resolved, after the host has all its settings (tests add theirs at Build).
        var development = builder.Environment.IsDevelopment();
        services.AddSingleton(sp => VirtualClockFor(sp.GetRequiredService<IOptions<ClockOptions>>().Value, development));
        services.AddSingleton(new WallClock(SystemTime()));
        services.AddSingleton<IClock>(sp => sp.GetRequiredService<IOptions<ClockOptions>>().Value.IsVirtual
            ? sp.GetRequiredService<VirtualClock>()
            : SystemTime());
        services.AddSingleton(sp => CatalogDirectory.Load(sp.GetRequiredService<IConfiguration>()[SettingKeys.CatalogPath] is { Length: > 0 } path ? path : CatalogDirectory.Default));
        services.AddSingleton(sp => OpenStore(sp.GetRequiredService<IOptions<StoreOptions>>().Value, sp.GetRequiredService<IConfiguration>()[SettingKeys.CoursesConnection]));
        services.AddSingleton<TimerSignal>();
        services.AddSingleton(sp => new CourseRuntime(sp.GetRequiredService<ICourseStore>(), sp.GetRequiredService<Domain.Catalog.ServiceCatalog>(),
            sp.GetRequiredService<IClock>(), sp.GetRequiredService<TimerSignal>()));
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<WorkerSettings>>().Value;
            var options = new WorkerOptions { BatchSize = settings.BatchSize, Lease = Duration.FromSeconds(settings.LeaseSeconds) };
            return new TimerWorker(sp.GetRequiredService<ICourseStore>(), sp.GetRequiredService<CourseRuntime>(), sp.GetRequiredService<IClock>(), options,
                sp.GetRequiredService<TimerSignal>());
        });
        services.AddHostedService<StoreStartup>();
        services.AddHostedService<TimerWorkerService>();
        services.AddHostedService<OutboxDispatcherService>();
        services.AddHostedService<Dashboard.DemoData>();

        return builder;
    }

    private static ICourseStore OpenStore(StoreOptions options, string? connectionString) => options.Provider switch
    {
        "postgres" => PostgresCourseStore.Open(connectionString
            ?? throw new InvalidOperationException("Store:Provider=postgres needs ConnectionStrings:Courses (an Npgsql connection string).")),
        _ => SqliteCourseStore.Open(connectionString ?? "Data Source=genoptraening.db"),
    };

    private static VirtualClock VirtualClockFor(ClockOptions options, bool development)
    {
        if (!options.IsVirtual)
        {
            throw new InvalidOperationException("The virtual clock exists only with Clock:Mode=Virtual.");
        }

        if (!development)
        {
            throw new InvalidOperationException("Clock:Mode=Virtual is for Development only.");
        }

        return new VirtualClock(
            options.Start.Length == 0 ? SystemTime().GetCurrentInstant()
            : WireTime.TryParseInstant(options.Start, out var instant) ? instant
            : throw new InvalidOperationException($"Clock:Start '{options.Start}' is not an ISO 8601 instant with offset."));
    }

#pragma warning disable RS0030 // The composition root chooses the system clock.
    private static SystemClock SystemTime() => SystemClock.Instance; // clock-root
#pragma warning restore RS0030
}
