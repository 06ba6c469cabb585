using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Genoptraening.Tests.Shared;

namespace Genoptraening.Api.Tests.Support;

/// <summary>The API host as a real process on a free loopback port and a storage account of its own (Azurite), for a real browser to visit.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly AzuriteProcess azurite;

    private HostProcess(int port, string clockStart, AzuriteProcess azurite)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Genoptraening.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Storage"] = azurite.ConnectionString;
        start.Environment["Clock__Mode"] = "Virtual";
        start.Environment["Clock__Start"] = clockStart;
        this.azurite = azurite;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public static async Task<HostProcess> StartAsync(string clockStart)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        var host = new HostProcess(port, clockStart, azurite);
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
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

        throw new TimeoutException("The host did not start.");
    }

    public HttpClient Client(string apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        await azurite.DisposeAsync();
    }
}
