using System.Collections.Concurrent;
using System.Diagnostics;
using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using NodaTime;

namespace Genoptraening.Bench.Reads;

/// <summary>How the seeding went: the courses by what the dashboard shows of them, and the time it took.</summary>
internal sealed record SeedingResult(int Courses, int Active, int Breached, int FreeChoice, long EventRows, TimeSpan Elapsed);

/// <summary>
/// Fills the course tables of a storage account with <c>n</c> courses of one municipality, as the host's
/// steps would have left them (<see cref="SeededCourse"/>), without their orchestrations: each course's
/// partition in one transaction, read-model rows thirty-three courses (99 rows) to a transaction, a few writes at a time
/// (Azurite is one Node process; more writers only queue there).
/// </summary>
internal static class StorageSeeder
{
    private const int ParallelWrites = 4;
    private const int ParallelReadModelWrites = 4;
    private const int ReadModelChunk = 33;

    public static async Task<SeedingResult> SeedAsync(AzureCourseStores stores, ServiceCatalog catalog, string municipality, int courses, Instant now, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        await stores.CreateTablesAsync();
        var standards = catalog.Standards.Where(s => s.Municipality == municipality).ToList();
        var summaries = new ConcurrentBag<CourseSummary>();
        long eventRows = 0;
        await Parallel.ForAsync(0, courses, new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites }, async (i, token) =>
        {
            var plan = CoursePlan.Of(i, standards, now);
            var course = await SeededCourse.RunAsync(CourseIds.For(plan.ReferralKey), plan, catalog, now);
            await TableImport.CourseAsync(stores.Events, course, token);
            Interlocked.Add(ref eventRows, course.History.Events.Count);
            summaries.Add(course.Summary);
            if (summaries.Count % 2_000 == 0)
            {
                log.WriteLine($"  reads: seeding, {summaries.Count} courses after {watch.Elapsed.TotalSeconds:F0} s");
            }
        });
        var chunks = summaries.Chunk(ReadModelChunk).ToList();
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = ParallelReadModelWrites },
            async (chunk, token) => await TableImport.SummariesAsync(stores.ReadModel, chunk, token));
        var facts = summaries.Select(s => (Active: s.Outcome is null, Facts: s.Facts)).ToList();
        return new SeedingResult(
            facts.Count, facts.Count(f => f.Active), facts.Count(f => f.Facts.Breaches > 0), facts.Count(f => f.Facts.FreeChoice), eventRows, watch.Elapsed);
    }
}
