using System.Collections.Concurrent;
using Genoptraening.Workflows.Alerts;

namespace Genoptraening.Workflows.Storage.InMemory;

/// <summary>Keeps every alert sent, duplicates included, in the order sent.</summary>
public sealed class InMemoryAlertSender : IAlertSender
{
    private readonly ConcurrentQueue<AlertMessage> sent = new();

    public IReadOnlyList<AlertMessage> Sent => [.. sent];

    public Task SendAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        foreach (var alert in alerts)
        {
            sent.Enqueue(alert);
        }

        return Task.CompletedTask;
    }
}
