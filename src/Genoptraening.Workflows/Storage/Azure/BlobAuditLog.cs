using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using NodaTime;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// The audit trail's copy outside the table the app writes: one append blob a UTC day in the container <see cref="Container"/>
/// (<c>2026/05/08.jsonl</c>), a JSON line per display or purge. The app only appends; in Azure the container has a
/// time-based immutability policy with protected append writes (infra/audit.tf), so no one, the app's identity
/// included, can rewrite or delete a line while the policy holds.
/// </summary>
public sealed class BlobAuditLog(BlobContainerClient container)
{
    public const string Container = "personal-data-audit";

    /// <summary>Azure's own error when an append blob holds its 50,000 blocks: the day goes on in its next blob.</summary>
    private const string Full = "BlockCountExceedsLimit";

    /// <summary>Each day's blob being appended to (its number), as far as this process knows: it exists.</summary>
    private readonly ConcurrentDictionary<string, int> current = new(StringComparer.Ordinal);
    private volatile bool containerChecked;

    public async Task AppendAsync(PersonalDataView view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!containerChecked)
        {
            await CreateAsync(cancellationToken).ConfigureAwait(false); // a host that did not create it at start (the Functions app's tests)
            containerChecked = true;
        }

        var day = DayOf(view.At);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
            new Line(view.At.ToString("g", CultureInfo.InvariantCulture), view.CourseId, view.Municipality, view.Who, view.Route)) + "\n");
        for (var number = current.GetValueOrDefault(day); ; number++)
        {
            var blob = container.GetAppendBlobClient(NameOf(day, number));
            if (!current.TryGetValue(day, out var known) || known != number)
            {
                await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            try
            {
                using var content = new MemoryStream(line);
                await blob.AppendBlockAsync(content, cancellationToken: cancellationToken).ConfigureAwait(false);
                current[day] = number;
                return;
            }
            catch (RequestFailedException e) when (e.ErrorCode == Full)
            {
                // full: the next one
            }
        }
    }

    /// <summary>Every line of the UTC day of <paramref name="day"/>, its blobs in order (an empty list for a day with none).</summary>
    public async Task<IReadOnlyList<string>> ReadDayAsync(Instant day, CancellationToken cancellationToken = default)
    {
        var lines = new List<string>();
        for (var number = 0; ; number++)
        {
            var blob = container.GetAppendBlobClient(NameOf(DayOf(day), number));
            if (!await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                return lines;
            }

            var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            lines.AddRange(content.Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>Creates the container when it is missing (Azurite; infra/audit.tf makes it in Azure, with its policy).</summary>
    public Task CreateAsync(CancellationToken cancellationToken = default) => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    private static string DayOf(Instant instant) => instant.InUtc().Date.ToString("uuuu'/'MM'/'dd", CultureInfo.InvariantCulture);

    /// <summary>A day's blobs: <c>2026/05/08.jsonl</c>, then <c>2026/05/08-1.jsonl</c> once that one is full, and so on.</summary>
    private static string NameOf(string day, int number) => number == 0 ? $"{day}.jsonl" : $"{day}-{number.ToString(CultureInfo.InvariantCulture)}.jsonl";

    private sealed record Line(string At, Guid CourseId, string Municipality, string Who, string Route);
}
