using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Bench.Wiring.Infrastructure;

/// <summary>
/// Keeps the log lines of one combination: Information and above from the Durable Task SDK's worker and the sidecar
/// (connects, reconnects, abandons), Warning and above from everything else (per-work-item and client lines too).
/// </summary>
internal sealed class LogCapture(Action<LogEntry>? echo = null) : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();
    private readonly Action<LogEntry>? echo = echo;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public IReadOnlyList<LogEntry> Between(TimeSpan from, TimeSpan to) => [.. entries.Where(e => e.At >= from && e.At < to)];

    public void Dispose()
    {
        // Entries are kept for the report after the hosts that used this provider are gone.
    }

    private static readonly string[] PerWorkItemCategories =
        ["Microsoft.DurableTask.Worker.Activities", "Microsoft.DurableTask.Worker.Orchestrations", "Microsoft.DurableTask.Client"];

    private static bool Captures(string category, LogLevel level) =>
        level >= LogLevel.Warning
        || (level >= LogLevel.Information
            && category.StartsWith("Microsoft.DurableTask", StringComparison.Ordinal)
            && !PerWorkItemCategories.Any(c => category.StartsWith(c, StringComparison.Ordinal)));

    private sealed class CapturingLogger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => Captures(category, logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var template = state is IReadOnlyList<KeyValuePair<string, object?>> pairs
                ? pairs.FirstOrDefault(p => p.Key == "{OriginalFormat}").Value as string
                : null;
            var message = formatter(state, exception);
            var entry = new LogEntry(BenchClock.Now, logLevel, category, template ?? message, message, exception?.GetType().Name);
            owner.entries.Enqueue(entry);
            owner.echo?.Invoke(entry);
        }
    }
}

internal sealed record LogEntry(TimeSpan At, LogLevel Level, string Category, string Template, string Message, string? Exception);
