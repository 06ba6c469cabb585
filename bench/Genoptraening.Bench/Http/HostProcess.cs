using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Genoptraening.Bench.Http;

/// <summary>
/// The API host (src/Genoptraening.Api, Release build) as its own process, <c>dotnet Genoptraening.Api.dll</c>, on a
/// free loopback port: Development settings (the sample API keys and receivers), the given storage account (an
/// Azurite) with its task hub and course tables, the system clock, warnings-only logs. Its resident set is read from /proc. <c>bench/run.sh</c> builds the host's Release build first; run without it, the build
/// is made only when missing, so rebuild it after changing src/.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly HostOutput output;
    private readonly SocketsHttpHandler handler = new()
    {
        MaxConnectionsPerServer = 64,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        UseProxy = false,
    };

    private HostProcess(Process process, HostOutput output, Uri baseAddress)
    {
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the host and returns once <c>GET /healthz</c> answers 200 (at most 60 s).</summary>
    /// <param name="storage">The storage account's connection string.</param>
    /// <param name="log">Where the host's start is noted.</param>
    /// <param name="settings">More settings, as <c>--Name value</c> pairs (e.g. the development clock's).</param>
    /// <param name="otherBuild">Another build's <c>Genoptraening.Api.dll</c> to start instead of this repository's (a baseline to compare with).</param>
    public static async Task<HostProcess> StartAsync(string storage, TextWriter log, IReadOnlyList<string>? settings = null, string? otherBuild = null)
    {
        var root = RepositoryRoot();
        var dll = otherBuild ?? await HostDllAsync(root, log);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        string[] arguments =
        [
            dll, "--urls", baseAddress.ToString().TrimEnd('/'), "--contentRoot", root,
            "--ConnectionStrings:Storage", storage,
            "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore", "Warning",
            "--Limits:RequestsPerSecond", "0", // a benchmark is one key asking as fast as it can: the per-key limit would measure itself
            .. settings ?? [],
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var output = new HostOutput();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, output, baseAddress);
        try
        {
            await host.WaitUntilHealthyAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        log.WriteLine($"  host: {(otherBuild is null ? string.Empty : $"{otherBuild}, ")}on {baseAddress} (pid {process.Id}), storage on Azurite");
        return host;
    }

    /// <summary>A client with the <c>x-api-key</c> header; all clients share one pooled handler (64 connections).</summary>
    public HttpClient Client(string apiKey)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        return client;
    }

    /// <summary>The host's resident set now (VmRSS).</summary>
    public long WorkingSetBytes() => Status("VmRSS:");

    /// <summary>The warnings and errors the host has logged so far, counted by category.</summary>
    public string LoggedEntries() => output.Entries();

    /// <summary>The message of each error category's first entry.</summary>
    public IReadOnlyList<string> FirstErrors() => output.FirstErrors();

    /// <summary>The host's largest resident set so far (VmHWM).</summary>
    public long PeakWorkingSetBytes() => Status("VmHWM:");

    /// <summary>SIGTERM, up to 10 s for a graceful stop, then a kill.</summary>
    public async ValueTask DisposeAsync()
    {
        handler.Dispose();
        if (!process.HasExited)
        {
            await TerminateAsync();
        }

        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task TerminateAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) } });
        if (kill is not null)
        {
            await kill.WaitForExitAsync();
        }
    }

    private long Status(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var waiting = Stopwatch.StartNew();
        var last = "no answer";
        while (waiting.Elapsed < StartTimeout && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                last = "a request timed out";
            }

            await Task.Delay(100);
        }

        var why = process.HasExited ? $"exited with code {process.ExitCode}" : $"was not healthy after {StartTimeout.TotalSeconds:F0} s ({last})";
        if (process.HasExited)
        {
            // The last lines of its output arrive after the exit.
            await process.WaitForExitAsync();
        }

        throw new InvalidOperationException($"The host {why}. Its output:{Environment.NewLine}{output}");
    }

    private static async Task<string> HostDllAsync(string root, TextWriter log)
    {
        var dll = Path.Combine(root, "src", "Genoptraening.Api", "bin", "Release", "net10.0", "Genoptraening.Api.dll");
        if (File.Exists(dll))
        {
            return dll;
        }

        log.WriteLine("  host: no Release build of src/Genoptraening.Api; building it");
        var build = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", "-c", "Release", Path.Combine("src", "Genoptraening.Api"), "-nologo", "-v", "quiet" })
        {
            build.ArgumentList.Add(argument);
        }

        using var process = Process.Start(build) ?? throw new InvalidOperationException("dotnet could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 && File.Exists(dll)
            ? dll
            : throw new FileNotFoundException(
                $"{dll} is missing and 'dotnet build -c Release src/Genoptraening.Api' failed (exit {process.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Genoptraening.Workflows.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder of Genoptraening.Workflows.sln) was not found above the benchmark.");
    }
}

/// <summary>
/// The last lines the host wrote to stdout and stderr, for the error when it does not start, and how
/// many log entries it wrote by level and category (the console logger's <c>warn: Category[id]</c> lines),
/// with the message of each category's first error.
/// </summary>
internal sealed class HostOutput
{
    private const int MaxLines = 200;
    private const int MaxMessage = 300;
    private readonly Queue<string> lines = new();
    private readonly Dictionary<string, int> entries = [];
    private readonly Dictionary<string, string> firstErrors = [];
    private readonly Lock gate = new();
    private string? errorAwaitingItsMessage;

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            if (errorAwaitingItsMessage is { } error)
            {
                // The console logger writes the message on the line after the entry's header.
                firstErrors[error] = line.Trim() is { Length: > MaxMessage } message ? message[..MaxMessage] + "…" : line.Trim();
                errorAwaitingItsMessage = null;
            }

            if (line.StartsWith("warn: ", StringComparison.Ordinal) || line.StartsWith("fail: ", StringComparison.Ordinal) || line.StartsWith("crit: ", StringComparison.Ordinal))
            {
                var entry = line.Split('[')[0];
                entries[entry] = entries.GetValueOrDefault(entry) + 1;
                if (!line.StartsWith("warn: ", StringComparison.Ordinal) && !firstErrors.ContainsKey(entry))
                {
                    errorAwaitingItsMessage = entry;
                }
            }

            lines.Enqueue(line);
            if (lines.Count > MaxLines)
            {
                lines.Dequeue();
            }
        }
    }

    /// <summary>The log entries so far by level and category, the most frequent first; "none" if there were none.</summary>
    public string Entries()
    {
        lock (gate)
        {
            return entries.Count == 0 ? "none" : string.Join(", ", entries.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value}"));
        }
    }

    /// <summary>Each error category's first message, one a line; empty if there was no error.</summary>
    public IReadOnlyList<string> FirstErrors()
    {
        lock (gate)
        {
            return [.. firstErrors.Select(e => $"{e.Key}: {e.Value}")];
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return string.Join(Environment.NewLine, lines);
        }
    }
}
