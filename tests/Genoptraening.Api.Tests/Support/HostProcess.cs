using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Genoptraening.Tests.Shared;

namespace Genoptraening.Api.Tests.Support;

/// <summary>
/// The API host as a real process on a free loopback port, as the contract starts it: for a real
/// browser to visit, and to be killed. Its storage is an Azurite of its own, or one given (several
/// hosts then share the task hub and the work). Its output is kept.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly AzuriteProcess? ownAzurite;
    private readonly ConcurrentQueue<string> output = new();

    private HostProcess(int port, IReadOnlyDictionary<string, string> settings, AzuriteProcess? ownAzurite)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        this.ownAzurite = ownAzurite;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Genoptraening.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>What the host has written so far.</summary>
    public IReadOnlyCollection<string> Output => output;

    /// <summary>A host on the development clock at <paramref name="clockStart"/>, on an Azurite of its own.</summary>
    public static async Task<HostProcess> StartAsync(string clockStart)
    {
        var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        return await StartAsync(VirtualClock(azurite, "genoptraening", clockStart), azurite);
    }

    /// <summary>The settings of a host on <paramref name="azurite"/>'s task hub <paramref name="hub"/>, on the development clock.</summary>
    public static Dictionary<string, string> VirtualClock(AzuriteProcess azurite, string hub, string clockStart) => new()
    {
        ["ConnectionStrings:Storage"] = azurite.ConnectionString,
        ["DurableTask:HubName"] = hub,
        ["Clock:Mode"] = "Virtual",
        ["Clock:Start"] = clockStart,
    };

    /// <summary>Starts a host with <paramref name="settings"/> and returns once it answers <c>/healthz</c> (at most 60 s, or <paramref name="patience"/>).</summary>
    /// <param name="settings">The host's settings.</param>
    /// <param name="ownAzurite">An Azurite the host disposes of with itself.</param>
    /// <param name="patience">How long the host may take to start: a host that seeds the demo data answers only after it.</param>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, AzuriteProcess? ownAzurite = null, TimeSpan? patience = null)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var host = new HostProcess(port, settings, ownAzurite);
        using var http = new HttpClient();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < (patience ?? TimeSpan.FromSeconds(60)))
        {
            try
            {
                if ((await http.GetAsync(new Uri(host.BaseAddress, "/healthz"))).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await host.DisposeAsync();
        throw new TimeoutException("The host did not start.");
    }

    public HttpClient Client(string apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        return client;
    }

    /// <summary>SIGKILL: the host stops at once, in the middle of whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        if (ownAzurite is not null)
        {
            await ownAzurite.DisposeAsync();
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
