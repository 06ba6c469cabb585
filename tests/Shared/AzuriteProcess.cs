using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Genoptraening.Tests.Shared;

/// <summary>
/// Azurite (blob, queue and table) from the repository's <c>node_modules</c> (<c>npm ci</c> installs the
/// pinned version), on free loopback ports with its data in a temporary folder; always with
/// <c>--disableTelemetry</c>. It can be stopped and started again on the same ports and data, as an outage;
/// unless <paramref name="inMemoryPersistence"/>: then its data is kept in memory only, and is lost when it stops
/// (Azurite otherwise writes its whole table database to disk every few seconds while it changes, which
/// makes seeding hundreds of thousands of rows slower and slower).
/// </summary>
/// <param name="debugLog">
/// Where Azurite writes its debug log (<c>--debug</c>), one line per request among others: benchmarks count the
/// storage transactions in it. Null (the default): no debug log.
/// </param>
/// <param name="inMemoryPersistence">Data in memory only (see above).</param>
public sealed class AzuriteProcess(string? debugLog = null, bool inMemoryPersistence = false) : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string location = Directory.CreateTempSubdirectory("genoptraening-azurite-").FullName;
    private readonly int port = FreePort();
    private readonly int blobPort = FreePort();
    private readonly int tablePort = FreePort();
    private Process? process;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Executable()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--queueHost", "127.0.0.1", "--queuePort", Text(port), "--blobHost", "127.0.0.1", "--blobPort", Text(blobPort),
            "--tableHost", "127.0.0.1", "--tablePort", Text(tablePort), "--silent", "--skipApiVersionCheck", "--disableTelemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        // Azurite refuses a location with in-memory persistence.
        foreach (var argument in inMemoryPersistence ? ["--inMemoryPersistence"] : new[] { "--location", location })
        {
            start.ArgumentList.Add(argument);
        }

        if (debugLog is not null)
        {
            start.ArgumentList.Add("--debug");
            start.ArgumentList.Add(debugLog);
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var waited = Stopwatch.StartNew();
        while (!await AcceptsAsync(port) || !await AcceptsAsync(blobPort) || !await AcceptsAsync(tablePort))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30) || process.HasExited)
            {
                throw new InvalidOperationException($"Azurite did not start on ports {port}, {blobPort} and {tablePort}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Stops Azurite: killed at once, or with <paramref name="graceful"/> asked to stop, so it writes its data first (an outage, not a loss).</summary>
    public async Task StopAsync(bool graceful = false)
    {
        if (process is { HasExited: false } && graceful)
        {
            using (var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", Text(process.Id) } }))
            {
                await term!.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                // It did not stop in time: killed below.
            }
        }

        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(location))
        {
            Directory.Delete(location, recursive: true);
        }
    }

    private static string Executable()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Azurite is not installed: run `npm ci` in the repository (.ci/run does).");
    }

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
