using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Genoptraening.Bench.Wiring.Infrastructure;

namespace Genoptraening.Bench.Wiring.Checks;

/// <summary>This program started again as a worker host process (see <see cref="WorkerHostProgram"/>), to be killed.</summary>
internal sealed class ChildHost : IAsyncDisposable
{
    public const string ConnectionVariable = "GENOPTRAENING_BENCH_AZURITE";
    private readonly Process process;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<TimeSpan> activityStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> logLines = new();
    private int activityStarts;

    private ChildHost(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                logLines.Enqueue(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Task<TimeSpan> WhenActivityStarted => activityStarted.Task;

    public int ActivityStarts => Volatile.Read(ref activityStarts);

    public IEnumerable<string> LogLines => logLines;

    public static async Task<ChildHost> StartAsync(string wiring, string taskHub, string azuriteConnection, bool hang)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in new[] { WorkerHostProgram.Verb, wiring, taskHub, hang ? "hang" : "steady" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[ConnectionVariable] = azuriteConnection;
        var child = new ChildHost(Process.Start(start) ?? throw new InvalidOperationException("The worker host did not start."));
        await child.ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return child;
    }

    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line == WorkerHostProgram.ReadyLine)
        {
            ready.TrySetResult();
        }
        else if (line?.StartsWith("activity-start ", StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref activityStarts);
            activityStarted.TrySetResult(BenchClock.Now);
        }
    }
}
