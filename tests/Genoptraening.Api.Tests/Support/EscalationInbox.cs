using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;

namespace Genoptraening.Api.Tests.Support;

/// <summary>
/// A municipality's integration reading its escalation queue as a consumer does: each message taken,
/// decoded and deleted. Every message is kept, redeliveries included, with when it was read.
/// </summary>
public sealed class EscalationInbox(string connectionString, string municipality)
{
    private readonly QueueClient queue = new(connectionString, $"escalations-{municipality}");
    private readonly List<(JsonElement Message, TimeSpan ReadAt)> read = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public IReadOnlyList<JsonElement> Messages => [.. read.Select(r => r.Message)];

    /// <summary>The distinct message ids read so far.</summary>
    public IReadOnlySet<string> Ids => read.Select(r => r.Message.GetProperty("id").GetString()!).ToHashSet();

    /// <summary>When (since the inbox was made) the first message of each id was read.</summary>
    public IReadOnlyDictionary<string, TimeSpan> FirstReadAt =>
        read.GroupBy(r => r.Message.GetProperty("id").GetString()!).ToDictionary(g => g.Key, g => g.Min(r => r.ReadAt));

    public TimeSpan Now => clock.Elapsed;

    /// <summary>Waits, without taking any, until at least <paramref name="count"/> messages are on the queue; their number then.</summary>
    public async Task<int> WaitForQueuedAsync(int count, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < patience)
        {
            if (await queue.ExistsAsync() && (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount is var queued && queued >= count)
            {
                return queued;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Fewer than {count} messages on the queue after {patience.TotalSeconds:F0} s.");
    }

    /// <summary>Takes every message now visible.</summary>
    public async Task ReadAsync()
    {
        if (!await queue.ExistsAsync())
        {
            return;
        }

        while ((await queue.ReceiveMessagesAsync(32)).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                read.Add((JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText))).RootElement.Clone(), clock.Elapsed));
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    /// <summary>Reads until <paramref name="done"/> holds, or throws after <paramref name="patience"/>.</summary>
    public async Task ReadUntilAsync(Func<EscalationInbox, bool> done, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await ReadAsync();
            if (done(this))
            {
                return;
            }

            if (waited.Elapsed > patience)
            {
                throw new TimeoutException($"After {patience.TotalSeconds:F0} s the inbox holds {Ids.Count} distinct messages ({read.Count} read).");
            }

            await Task.Delay(250);
        }
    }
}
