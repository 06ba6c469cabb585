using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using NodaTime;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// The audit trail's copy outside the table the app writes: one append blob a UTC day in the container <see cref="Container"/>
/// (<c>2026/05/08.jsonl</c>), a JSON line per display or purge. The app only appends; in Azure the container has a
/// time-based immutability policy with protected append writes (infra/storage.tf), so no one, the app's identity
/// included, can rewrite or delete a line while the policy holds.
/// </summary>
public sealed class BlobAuditLog(BlobContainerClient container)
{
    public const string Container = "personal-data-audit";

    private readonly ConcurrentDictionary<string, bool> created = new(StringComparer.Ordinal);
    private volatile bool containerChecked;

    public async Task AppendAsync(PersonalDataView view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blob = container.GetAppendBlobClient(DayOf(view.At));
        if (!created.ContainsKey(blob.Name))
        {
            if (!containerChecked)
            {
                await CreateAsync(cancellationToken).ConfigureAwait(false); // a host that did not create it at start (the Functions app's tests)
                containerChecked = true;
            }

            await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            created[blob.Name] = true;
        }

        var line = JsonSerializer.Serialize(new Line(view.At.ToString("g", CultureInfo.InvariantCulture), view.CourseId, view.Municipality, view.Who, view.Route)) + "\n";
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(line));
        await blob.AppendBlockAsync(content, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every line of the day of <paramref name="day"/>, oldest first (an empty list for a day with none).</summary>
    public async Task<IReadOnlyList<string>> ReadDayAsync(Instant day, CancellationToken cancellationToken = default)
    {
        var blob = container.GetAppendBlobClient(DayOf(day));
        if (!await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return content.Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Creates the container when it is missing (Azurite; infra/ makes it in Azure, with its policy).</summary>
    public Task CreateAsync(CancellationToken cancellationToken = default) => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    private static string DayOf(Instant instant) => instant.InUtc().Date.ToString("uuuu'/'MM'/'dd", CultureInfo.InvariantCulture) + ".jsonl";

    private sealed record Line(string At, Guid CourseId, string Municipality, string Who, string Route);
}
