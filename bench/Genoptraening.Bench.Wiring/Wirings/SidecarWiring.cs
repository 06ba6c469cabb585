using System.Net;
using DurableTask.Core;
using Genoptraening.Bench.Wiring.Backends;
using Genoptraening.Bench.Wiring.Synthetic;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Bench.Wiring.Wirings;

/// <summary>
/// Wiring (a): the preview gRPC sidecar <see cref="TaskHubGrpcServer"/> in Kestrel on a loopback port over the
/// backend, the SDK's gRPC worker and gRPC client. The sidecar's dispatchers take their concurrency from the
/// backend's MaxConcurrent* (it has no setting of its own); the worker's limits are set to the same numbers.
/// </summary>
internal sealed class SidecarWiring : IWiring
{
    private readonly WebApplication sidecar;
    private readonly GrpcChannel clientChannel;
    private readonly ServiceProvider clientServices;
    private readonly DurableTaskClient client;
    private readonly StepLog steps;
    private readonly ILoggerProvider logs;
    private readonly Uri address;
    private (IHost Host, GrpcChannel Channel) worker;

    private SidecarWiring(Backend backend, WebApplication sidecar, Uri address, StepLog steps, ILoggerProvider logs)
    {
        Backend = backend;
        this.sidecar = sidecar;
        this.address = address;
        this.steps = steps;
        this.logs = logs;
        clientChannel = GrpcChannel.ForAddress(address);
        clientServices = new ServiceCollection()
            .AddLogging(l => l.AddProvider(logs))
            .AddDurableTaskClient(b => b.UseGrpc(clientChannel))
            .BuildServiceProvider();
        client = clientServices.GetRequiredService<DurableTaskClient>();
    }

    public string Name => WiringNames.Sidecar;

    public Backend Backend { get; }

    public static async Task<SidecarWiring> StartAsync(Backend backend, StepLog steps, ILoggerProvider logs, HangSwitch hang)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IOrchestrationService>(backend.Service);
        builder.Services.AddSingleton(backend.Client);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var sidecar = builder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync();
        var wiring = new SidecarWiring(backend, sidecar, new Uri(sidecar.Urls.Single()), steps, logs);
        wiring.worker = await StartWorkerAsync(wiring.address, steps, logs, hang);
        return wiring;
    }

    public Task StartInstanceAsync(string instanceId, RequestLoopInput input) =>
        client.ScheduleNewOrchestrationInstanceAsync(nameof(RequestLoopOrchestrator), input, new StartOrchestrationOptions(instanceId));

    public Task RaiseRequestAsync(string instanceId, string payload) =>
        client.RaiseEventAsync(instanceId, RequestLoopOrchestrator.RequestEvent, payload);

    public async Task<InstanceState?> GetStateAsync(string instanceId)
    {
        var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        return metadata is null
            ? null
            : new InstanceState(metadata.RuntimeStatus.ToString(), metadata.SerializedOutput, metadata.SerializedCustomStatus, metadata.FailureDetails?.ErrorMessage);
    }

    public async Task ReplaceWorkerAsync(HangSwitch hang)
    {
        await StopWorkerAbruptlyAsync(worker);
        worker = await StartWorkerAsync(address, steps, logs, hang);
    }

    public async ValueTask DisposeAsync()
    {
        await StopWorkerAbruptlyAsync(worker);
        await clientServices.DisposeAsync();
        clientChannel.Dispose();
        using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await sidecar.StopAsync(shutdown.Token);
        await sidecar.DisposeAsync();
    }

    private static async Task<(IHost, GrpcChannel)> StartWorkerAsync(Uri address, StepLog steps, ILoggerProvider logs, HangSwitch hang)
    {
        var channel = GrpcChannel.ForAddress(address);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(steps);
        builder.Services.AddSingleton(hang);
        builder.Services.AddDurableTaskWorker(b =>
        {
            b.AddTasks(r => r.AddOrchestrator<RequestLoopOrchestrator>().AddActivity<ProcessRequest>());
            b.UseGrpc(channel);
            b.Configure(o =>
            {
                o.Concurrency.MaximumConcurrentOrchestrationWorkItems = BackendFactory.MaxOrchestrations;
                o.Concurrency.MaximumConcurrentActivityWorkItems = BackendFactory.MaxActivities;
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return (host, channel);
    }

    /// <summary>Stops without waiting for work items in flight (a cancelled token), as a dying worker would.</summary>
    private static async Task StopWorkerAbruptlyAsync((IHost Host, GrpcChannel Channel) running)
    {
        await running.Host.StopAsync(new CancellationToken(canceled: true));
        running.Host.Dispose();
        running.Channel.Dispose();
    }
}
