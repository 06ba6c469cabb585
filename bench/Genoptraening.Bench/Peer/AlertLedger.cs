using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Genoptraening.Workflows.Alerts;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// Every alert in a municipality's escalation queue, per course: "type kind level at" lines in order.
/// Read at the end of a run (received and hidden for an hour, so each is read once), to compare two
/// runs course by course.
/// </summary>
internal static class AlertLedger
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(string connectionString, string municipality)
    {
        var queue = new QueueClient(connectionString, EscalationMessage.QueueFor(municipality));
        var perCourse = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!await queue.ExistsAsync())
        {
            return new Dictionary<string, string>();
        }

        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(maxMessages: 32, visibilityTimeout: TimeSpan.FromHours(1))).Value;
            if (batch.Length == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(message.Body.ToString())));
                var root = json.RootElement;
                if (!seen.Add(root.GetProperty("id").GetString()!))
                {
                    // A redelivery (a step's alerts are sent again after a crash); consumers drop it by its id.
                    continue;
                }

                var line = $"{root.GetProperty("type").GetString()} {root.GetProperty("deadline").GetProperty("kind").GetString()} " +
                    $"level {root.GetProperty("level").GetInt32()} at {root.GetProperty("at").GetString()}";
                var course = root.GetProperty("courseId").GetString()!;
                if (!perCourse.TryGetValue(course, out var lines))
                {
                    perCourse[course] = lines = [];
                }

                lines.Add(line);
            }
        }

        return perCourse.ToDictionary(p => p.Key, p => string.Join("; ", p.Value.Order(StringComparer.Ordinal)), StringComparer.Ordinal);
    }
}
