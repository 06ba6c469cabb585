using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Steps;

namespace Genoptraening.Bench.Peer;

/// <summary>The same lives with a deployment mid-life: how the courses ended.</summary>
internal sealed record DeploymentFigures(string System, string Change, int Day, CourseEndings Endings);

/// <summary>
/// The courses' lives again on a fresh Azurite, but on <paramref name="day"/> the worker stops and a
/// new one starts with the changed decider (<see cref="DeciderChange"/>), then the lives go on.
/// </summary>
internal static class DeploymentRun
{
    public static async Task<DeploymentFigures> RunAsync(SystemFactory create, int courses, string change, int day, TextWriter log)
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using var system = await create(azurite.ConnectionString, CourseLives.Start);
        DecideCourse changed = DeciderChange.Of(change, system.Catalog);
        var ids = await CourseLives.StartAsync(system, courses, CourseLives.Start);
        await CourseLives.LiveAsync(system, ids, day, changed);
        var endings = await CourseEndings.ReadAsync(system, ids);
        log.WriteLine($"  {system.Name}: deployment ({change}) on day {day}: {endings.StatusText}");
        return new DeploymentFigures(system.Name, change, day, endings);
    }
}
