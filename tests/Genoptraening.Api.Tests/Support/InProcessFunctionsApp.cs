extern alias FunctionsApp;

using System.Text;
using DurableTask.Core;
using FunctionsApp::Genoptraening.Functions;
using Genoptraening.Api.Extensions;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Xunit;

namespace Genoptraening.Api.Tests.Support;

/// <summary>
/// The Functions app in-process, as the Functions host would run it: the app's own service registration
/// and settings (local.settings.sample.json), its stores on a real Azurite of its own, and, standing in
/// for the Functions host's Durable worker, Durable Task's in-memory backend on the development clock.
/// Its triggers are invoked with a request's <see cref="HttpContext"/>, as the host invokes them.
/// </summary>
internal sealed class InProcessFunctionsApp : IAsyncDisposable
{
    private readonly AzuriteProcess azurite = new();
    private ServiceProvider services = null!;
    private TaskHubWorker worker = null!;

    public IServiceProvider Services => services;

    /// <param name="start">The development clock's first instant.</param>
    /// <param name="settings">Settings beside the sample's, e.g. the dashboard's sign-in.</param>
    public static async Task<InProcessFunctionsApp> StartAsync(Instant start, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new InProcessFunctionsApp();
        await app.azurite.StartAsync();
        var memory = new InMemoryOrchestrationService();
        var backend = new TimeSkippingOrchestrationService(memory, memory, new VirtualClock(start));
        var configuration = new ConfigurationBuilder()
            .AddLocalSettingsFile(Repository.SampleSettings)
            .AddInMemoryCollection(new Dictionary<string, string?> { [AppSettingKeys.StorageConnection] = app.azurite.ConnectionString })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var collection = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddSingleton<IConfiguration>(configuration);
        collection.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = Environments.Production, ApplicationName = "Genoptraening.Functions" });
        collection.AddCourseWorkflow(configuration);

        // The Functions host's own Durable worker stands in as Durable Task's in-memory backend, on the development clock.
        collection.AddSingleton<IClock>(backend.Clock).AddSingleton(new CourseOrchestrations(backend));
        app.services = collection.BuildServiceProvider();
        foreach (var atStart in app.services.GetServices<IHostedService>())
        {
            await atStart.StartAsync(CancellationToken.None); // as the Functions worker starts its host: the course tables
        }

        app.worker = CourseWorker.Create(backend, app.services, TimeSpan.FromDays(3650));
        await app.worker.StartAsync();
        return app;
    }

    /// <summary>Invokes a trigger on a request built as the Functions host builds it; the answer the trigger wrote.</summary>
    public async Task<(int Status, string? ContentType, string Body, IHeaderDictionary Headers)> InvokeAsync(
        Func<HttpRequest, Task<IActionResult>> trigger, string method, string pathAndQuery, IReadOnlyDictionary<string, string> headers, string? body = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        context.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        context.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.ContentType = contentType ?? "application/json; charset=utf-8";
            context.Request.ContentLength = bytes.Length;
            context.Request.Body = new MemoryStream(bytes);
        }

        using var written = new MemoryStream();
        context.Response.Body = written;
        var result = await trigger(context.Request);
        Assert.IsType<EmptyResult>(result);
        return (context.Response.StatusCode, context.Response.ContentType, Encoding.UTF8.GetString(written.ToArray()), context.Response.Headers);
    }

    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync(isForced: true);
        await services.DisposeAsync();
        await azurite.DisposeAsync();
    }
}
