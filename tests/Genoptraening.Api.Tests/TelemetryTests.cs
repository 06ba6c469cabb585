using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Genoptraening.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// What the host exports by OpenTelemetry over a course's whole life (in-memory exporters beside the host's own): spans of ASP.NET
/// Core, the Azure SDK and the product's steps, the product's metrics, the logs; and never the citizen's CPR number, the plan's
/// free text or a visitator's comment, in any name, tag, event, status or message.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryTests(ApiHosts hosts)
{
    private const string Cpr = "0101501234";
    private const string PlanText = "hoftealloplastik";
    private const string Comment = "Borgeren har ondt i hoften";

    [Fact]
    public async Task ACoursesLife_IsTracedAndMeasured_AndNoCprOrFreeTextIsExported()
    {
        var exportedSpans = new ExportedCollection<Activity>();
        var exportedMetrics = new ExportedCollection<MetricSnapshot>();
        var exportedLogs = new ExportedCollection<LogRecord>();
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00", services => services
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(exportedSpans))
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(exportedMetrics))
            .ConfigureOpenTelemetryLoggerProvider(l => l.AddInMemoryExporter(exportedLogs))));

        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "TELEMETRY-1", "rebild"));
        var municipality = api.Factory.Client("dev-rebild");
        Assert.Equal(Cpr, (await municipality.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/courses/{id}?include=cpr")).GetProperty("citizen").GetProperty("cpr").GetString());
        await api.AdvanceAsync("2026-05-21T00:00:00+02:00");
        using var acknowledged = await municipality.PostAsJsonAsync($"/api/courses/{id}/alerts/acknowledge", new { kind = "contact", level = 1, comment = Comment });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var visitator = api.Factory.Client(null);
        visitator.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");
        using var page = new HttpRequestMessage(HttpMethod.Get, $"/forloeb/{id}");
        page.Headers.Add("Sec-Fetch-Site", "none");
        page.Headers.Add("Sec-Fetch-Mode", "navigate");
        using var shown = await visitator.SendAsync(page);
        Assert.Contains(Cpr[..6], await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the page shows it; telemetry must not

        Assert.True(api.Factory.Services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(api.Factory.Services.GetRequiredService<MeterProvider>().ForceFlush());
        Assert.True(api.Factory.Services.GetRequiredService<LoggerProvider>().ForceFlush());
        await api.Factory.DisposeAsync();
        var (spans, metrics, logs) = (exportedSpans.Snapshot(), exportedMetrics.Snapshot(), exportedLogs.Snapshot());

        Assert.Contains(spans, s => s.Source.Name == "Genoptraening.Workflows" && s.DisplayName == "course step" && (string?)s.GetTagItem("course.trigger") == "timer");
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
        Assert.Contains(spans, s => s.Source.Name.StartsWith("Azure.", StringComparison.Ordinal));
        Assert.All(["genoptraening.steps", "genoptraening.step.duration", "genoptraening.timer.lateness", "genoptraening.alerts.sent"],
            name => Assert.Contains(metrics, m => m.Name == name));
        Assert.NotEmpty(logs);

        var exported = spans.SelectMany(SpanTexts).Concat(metrics.SelectMany(MetricTexts)).Concat(logs.SelectMany(LogTexts)).ToList();
        // The texts are read: the course's id is in the spans' and in the logs'.
        Assert.Contains(spans.SelectMany(SpanTexts), t => t.Contains(id, StringComparison.Ordinal));
        Assert.Contains(logs.SelectMany(LogTexts), t => t.Contains(id, StringComparison.Ordinal));
        foreach (var secret in new[] { Cpr, "010150-1234", PlanText, Comment })
        {
            Assert.DoesNotContain(exported, t => t.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static IEnumerable<string> SpanTexts(Activity span) =>
    [
        span.DisplayName, span.OperationName, span.StatusDescription ?? string.Empty,
        .. span.TagObjects.Select(t => $"{t.Key}={t.Value}"),
        .. span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}")),
        .. span.Baggage.Select(b => $"{b.Key}={b.Value}"),
    ];

    private static IEnumerable<string> MetricTexts(MetricSnapshot metric)
    {
        var texts = new List<string> { metric.Name };
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                texts.Add($"{metric.Name} {tag.Key}={tag.Value}");
            }
        }

        return texts;
    }

    private static IEnumerable<string> LogTexts(LogRecord log) =>
    [
        log.FormattedMessage ?? string.Empty, log.Body ?? string.Empty, log.CategoryName ?? string.Empty, log.Exception?.ToString() ?? string.Empty,
        .. (log.Attributes ?? []).Select(a => $"{a.Key}={a.Value}"),
    ];
}
