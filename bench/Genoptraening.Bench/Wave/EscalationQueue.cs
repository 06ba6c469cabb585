using System.Globalization;
using System.Text;
using System.Text.Json;
using Genoptraening.Workflows.Outbox;
using Genoptraening.Workflows.Queues;

namespace Genoptraening.Bench.Wave;

/// <summary>Looks at an escalation queue afterwards: how many messages it holds, and whether those at its front are breaches.</summary>
internal sealed class EscalationQueue(HttpClient http, StorageAccount account, string queue)
{
    /// <summary>The queue's <c>x-ms-approximate-messages-count</c> (Get Queue Metadata; the client has no call for it).</summary>
    public async Task<long> ApproximateCountAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{account.QueueEndpoint.AbsoluteUri.TrimEnd('/')}/{queue}?comp=metadata"));
        request.Headers.Add("x-ms-date", RealClock.Instance.GetCurrentInstant().ToDateTimeUtc().ToString("R", CultureInfo.InvariantCulture));
        request.Headers.Add("x-ms-version", "2021-08-06");
        request.Headers.TryAddWithoutValidation("Authorization", SharedKeySigner.Authorization(request, account.Name, account.Key!));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return long.Parse(response.Headers.GetValues("x-ms-approximate-messages-count").Single(), CultureInfo.InvariantCulture);
    }

    /// <summary>Peeks the front of the queue as <c>queue peek</c> does; throws unless each message is a distinct breach of <paramref name="municipality"/>.</summary>
    public async Task<int> CheckSampleAsync(string municipality)
    {
        var messages = await new StorageQueueClient(http, account, RealClock.Instance).PeekMessagesAsync(queue, 32);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            using var body = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText)));
            var root = body.RootElement;
            if (root.GetProperty("type").GetString() != EscalationMessage.Breached
                || root.GetProperty("municipality").GetString() != municipality
                || root.GetProperty("breachedAt").ValueKind != JsonValueKind.String
                || !ids.Add(root.GetProperty("id").GetString()!))
            {
                throw new InvalidOperationException($"Not one of the wave's breaches: {root}");
            }
        }

        return messages.Count;
    }
}
