using System.Diagnostics;
using Azure.Monitor.OpenTelemetry.Exporter;
using Genoptraening.Workflows.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Genoptraening.Web.Http;

/// <summary>
/// OpenTelemetry in both hosts: ASP.NET Core, HttpClient and Azure SDK traces, the product's own traces and metrics
/// (<see cref="ProductTelemetry"/>), and the logs; exported as <c>Telemetry:Exporter</c> says: <c>azuremonitor</c> (Application
/// Insights, by <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>: the default where that is set, as in Azure), <c>otlp</c> (to
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, e.g. a local collector or the .NET Aspire dashboard), <c>console</c>, or <c>none</c>
/// (the local default). URLs' query values are redacted by the instrumentations; no CPR or free text is ever a tag.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "genoptraening";
    public const string ExporterSetting = "Telemetry:Exporter";
    public const string AppInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IOpenTelemetryBuilder AddProductTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // The Azure SDK's own spans (tables, queues, blobs): its ActivitySource is behind this switch.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        var exporter = ExporterOf(configuration);
        var console = exporter == "console";
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t =>
            {
                // A storage call is the Azure SDK's span; its HTTP request under it would be the same dependency twice.
                t.AddSource(ProductTelemetry.Name).AddSource("Azure.*").AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = _ => !IsAzureSdk(Activity.Current) && !IsAzureSdk(Activity.Current?.Parent));
                if (console)
                {
                    t.AddConsoleExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(ProductTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (console)
                {
                    m.AddConsoleExporter();
                }
            })
            .WithLogging(l =>
            {
                if (console)
                {
                    l.AddConsoleExporter();
                }
            });

        // OTLP and Azure Monitor each export all three signals from one call.
        if (exporter == "otlp")
        {
            builder.UseOtlpExporter();
        }
        else if (exporter == "azuremonitor")
        {
            builder.UseAzureMonitorExporter(o => o.ConnectionString = configuration[AppInsightsSetting]);
        }

        return builder;
    }

    private static bool IsAzureSdk(Activity? span) => span?.Source.Name.StartsWith("Azure.", StringComparison.Ordinal) == true;

    /// <summary>The exporter the settings name; Azure Monitor where its connection string is set and nothing else is named.</summary>
    public static string ExporterOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var named = configuration[ExporterSetting]?.Trim().ToLowerInvariant();
        return named switch
        {
            null or "" => string.IsNullOrEmpty(configuration[AppInsightsSetting]) ? "none" : "azuremonitor",
            "none" or "console" or "otlp" or "azuremonitor" => named,
            _ => throw new InvalidOperationException($"{ExporterSetting} is '{named}': expected none, console, otlp or azuremonitor."),
        };
    }
}
