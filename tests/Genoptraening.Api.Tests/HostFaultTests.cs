using System.Net.Http.Json;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Tests.Shared;
using Xunit;
using Xunit.Abstractions;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// Hosts as processes on one Azurite, as the contract has them: one killed in the middle of a wave of
/// deadlines and started again, two sharing one task hub. A consumer reads the escalation queue and
/// drops redeliveries by id; what it must find is every alert, each id once. Each test brings its own Azurite and
/// host processes, and the class runs alone (<see cref="HostProcessCollection"/>).
/// </summary>
[Collection(HostProcessCollection.Name)]
public sealed class HostFaultTests(ITestOutputHelper output)
{
    private const int Courses = 300;

    /// <summary>
    /// Due by 2026-05-13T00:00 for a plan received on 2026-05-08: the contact warning (05-11) and breach
    /// (05-13), and the warnings of start and start guarantee, both due 05-15 (05-14 is Ascension Day).
    /// </summary>
    private static readonly string[] AlertsOfTheWave =
    [
        "deadline.breached contact 2026-05-13T00:00:00+02:00",
        "deadline.warning contact 2026-05-11T00:00:00+02:00",
        "deadline.warning start 2026-05-13T00:00:00+02:00",
        "deadline.warning startGuarantee 2026-05-13T00:00:00+02:00",
    ];

    /// <summary>
    /// 300 plans received at once; the development clock moved past their contact deadline, a wave of
    /// 1,200 alerts (<see cref="AlertsOfTheWave"/>); the host SIGKILLed when some of them are out; a new host on the same storage. Every alert arrives, each id once per alert, and every
    /// course has its breach at the due instant.
    /// </summary>
    [Fact]
    public async Task HostKilledInAWaveOfDeadlines_StartedAgain_LosesNothing_AndRaisesNoAlertTwice()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        var settings = HostProcess.VirtualClock(azurite, "killed", "2026-05-08T10:00:00+02:00");
        var first = await HostProcess.StartAsync(settings);
        var courses = await PostPlansAsync(first, Courses, "WAVE");
        var inbox = new EscalationInbox(azurite.ConnectionString, "rebild");

        using var admin = first.Client(Admin);
        var wave = admin.PostAsJsonAsync("/api/dev/clock", new { advanceTo = "2026-05-13T00:00:00+02:00" });
        var outAtKill = await inbox.WaitForQueuedAsync(AlertsOfTheWave.Length * Courses / 3, TimeSpan.FromMinutes(3));
        await first.KillAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => wave);
        var restartedAt = inbox.Now;
        await using var second = await HostProcess.StartAsync(settings);
        await inbox.ReadUntilAsync(i => i.Ids.Count >= AlertsOfTheWave.Length * Courses, TimeSpan.FromMinutes(4));
        await Task.Delay(TimeSpan.FromSeconds(5));
        await inbox.ReadAsync();
        await first.DisposeAsync();

        var lastAfterRestart = inbox.FirstReadAt.Values.Max() - restartedAt;
        output.WriteLine($"{outAtKill} of {AlertsOfTheWave.Length * Courses} alerts out at the kill; the last {lastAfterRestart.TotalSeconds:F1} s after the restart; {inbox.Messages.Count - inbox.Ids.Count} redelivered");
        foreach (var kind in inbox.Messages.GroupBy(m => $"{m.GetProperty("type").GetString()} {m.GetProperty("deadline").GetProperty("kind").GetString()} {m.GetProperty("at").GetString()}"))
        {
            output.WriteLine($"  {kind.Key}: {kind.Count()}");
        }
        Assert.Equal(AlertsOfTheWave.Length * Courses, inbox.Ids.Count);
        AssertTheWavesAlertsEach(inbox, courses);
        Assert.True(lastAfterRestart < TimeSpan.FromMinutes(1), $"the last alert came {lastAfterRestart.TotalSeconds:F0} s after the restart");
        using var rebild = second.Client("dev-rebild");
        foreach (var course in courses.Take(20))
        {
            var state = JsonDocument.Parse(await rebild.GetStringAsync($"/api/courses/{course}")).RootElement;
            Assert.Equal("breached", Status(state, "contact"));
            Assert.Equal("2026-05-13T00:00:00+02:00", Deadline(state, "contact").GetProperty("breachedAt").GetString());
        }
    }

    /// <summary>Two hosts on one task hub, plans posted to both: both take steps, and every alert is raised once.</summary>
    [Fact]
    public async Task TwoHostsOnOneTaskHub_ShareTheWork_AndRaiseEachAlertOnce()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        var settings = HostProcess.VirtualClock(azurite, "shared", "2026-05-08T10:00:00+02:00");
        settings["Logging:LogLevel:Microsoft.DurableTask.Worker.Activities"] = "Information";
        await using var one = await HostProcess.StartAsync(settings);
        await using var two = await HostProcess.StartAsync(settings);
        var courses = (await Task.WhenAll(PostPlansAsync(one, 50, "ONE"), PostPlansAsync(two, 50, "TWO"))).SelectMany(c => c).ToList();
        var inbox = new EscalationInbox(azurite.ConnectionString, "rebild");

        // Each host's clock releases the timers it holds; both are moved, as a developer would move them.
        using (var adminOne = one.Client(Admin))
        using (var adminTwo = two.Client(Admin))
        {
            await Task.WhenAll(
                adminOne.PostAsJsonAsync("/api/dev/clock", new { advanceTo = "2026-05-13T00:00:00+02:00" }),
                adminTwo.PostAsJsonAsync("/api/dev/clock", new { advanceTo = "2026-05-13T00:00:00+02:00" }));
        }

        await inbox.ReadUntilAsync(i => i.Ids.Count >= AlertsOfTheWave.Length * courses.Count, TimeSpan.FromMinutes(3));
        await Task.Delay(TimeSpan.FromSeconds(5));
        await inbox.ReadAsync();

        Assert.Equal(AlertsOfTheWave.Length * courses.Count, inbox.Ids.Count);
        Assert.Equal(inbox.Ids.Count, inbox.Messages.Count);
        AssertTheWavesAlertsEach(inbox, courses);
        Assert.Contains(one.Output, line => line.Contains("'CourseStepActivity' activity", StringComparison.Ordinal));
        Assert.Contains(two.Output, line => line.Contains("'CourseStepActivity' activity", StringComparison.Ordinal));
    }

    private static void AssertTheWavesAlertsEach(EscalationInbox inbox, IReadOnlyList<string> courses)
    {
        var distinct = inbox.Messages.GroupBy(m => m.GetProperty("id").GetString()).Select(g => g.First()).ToList();
        foreach (var course in courses)
        {
            var mine = distinct.Where(m => m.GetProperty("courseId").GetString() == course)
                .Select(m => $"{m.GetProperty("type").GetString()} {m.GetProperty("deadline").GetProperty("kind").GetString()} {m.GetProperty("at").GetString()}")
                .Order(StringComparer.Ordinal);
            Assert.Equal(AlertsOfTheWave, mine);
        }
    }

    /// <summary>Plans posted by eight clients at once; their course ids.</summary>
    private static async Task<IReadOnlyList<string>> PostPlansAsync(HostProcess host, int count, string prefix)
    {
        using var hospital = host.Client(HospitalA);
        var ids = new string[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
        {
            using var response = await hospital.PostAsJsonAsync("/api/plans", Plan("5790000000001", $"{prefix}-{i}", "rebild"), token);
            response.EnsureSuccessStatusCode();
            ids[i] = JsonDocument.Parse(await response.Content.ReadAsStringAsync(token)).RootElement.GetProperty("id").GetString()!;
        });
        return ids;
    }
}
