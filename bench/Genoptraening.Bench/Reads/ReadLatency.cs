using System.Diagnostics;
using System.Net;

namespace Genoptraening.Bench.Reads;

/// <summary>
/// One read's latency over HTTP: sequential requests after a warm-up, p50 and p95, and the body's size.
/// A request that does not answer 200 is timed too (until its error page) and counted in <see cref="Failed"/>.
/// </summary>
internal sealed record ReadLatency(string What, int Requests, double P50Ms, double P95Ms, double MaxMs, int Bytes, int Failed, string? FirstFailure)
{
    private const int AtLeast = 5;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Times <paramref name="requests"/> sequential GETs of <paramref name="path"/> after <paramref name="warmUp"/> untimed ones
    /// (fewer when a read is so slow that they would take more than two minutes, but at least five).
    /// </summary>
    public static async Task<ReadLatency> MeasureAsync(HttpClient client, string what, string path, int warmUp, int requests)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmUp && (i == 0 || warming.Elapsed < Budget / 4); i++)
        {
            await GetAsync(client, path);
        }

        var times = new List<double>(requests);
        var (bytes, failed, firstFailure) = (0, 0, (string?)null);
        var measuring = Stopwatch.StartNew();
        for (var i = 0; i < requests && (i < AtLeast || measuring.Elapsed < Budget); i++)
        {
            var watch = Stopwatch.StartNew();
            var (status, length) = await GetAsync(client, path);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (status == HttpStatusCode.OK)
            {
                bytes = length;
            }
            else
            {
                failed++;
                firstFailure ??= $"{(int)status} {status}";
            }
        }

        return new ReadLatency(what, times.Count, Percentiles.Of(times, 50), Percentiles.Of(times, 95), times.Max(), bytes, failed, firstFailure);
    }

    private static async Task<(HttpStatusCode Status, int Bytes)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, body.Length);
    }
}
