using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.InMemory;
using Genoptraening.Workflows.Tests.Storage;
using Genoptraening.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Genoptraening.Domain.Courses.Occurrence;
using static Genoptraening.Workflows.Tests.Support.CourseScenario;

namespace Genoptraening.Workflows.Tests.Requests;

/// <summary>
/// Where a citizen's data lives in the storage account during a course's life, and that a purge
/// leaves none of it anywhere: every table row, blob and queue message on Azurite is read.
/// </summary>
public class PurgeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Cpr = "0101501234";
    private const string PlanText = "Jens Hansen har brug for genoptræning af knæet";
    private const string Comment = "Ringet til Jens Hansen";
    private const string Reason = "Jens Hansen er flyttet til Aarhus";

    [Fact]
    public async Task CourseLifeThenPurge_CprAndTextsOnlyWhereTheyBelong_ThenNowhere()
    {
        var received = At("2026-05-08T10:00:00+02:00");
        await using var courses = await DurableCourses.StartOnAzuriteAsync(received, azurite.ConnectionString, "hubpurge");
        var plan = new StartCourseRequest(TestCatalog.Id("rebild/sul140"), Referral.Plan(received, D("2026-05-08")), "sender/plan-purge", new PersonalData(Cpr, PlanText));
        var courseId = (await courses.Intake.StartAsync(plan)).CourseId!.Value;
        await courses.AnswerAsync(courseId, RaisedRequest.Start);
        await courses.AdvanceToAsync(At("2026-05-13T09:00:00+02:00"));
        var ack = await courses.Service.SubmitAsync(courseId, new CourseCommand.Acknowledge(DeadlineKind.Contact, 1, Comment, "visitator-1"), "visitator");
        Assert.True((await courses.AnswerAsync(courseId, ack)).Accepted);
        Assert.True((await courses.RecordAsync(courseId, new CourseCancelled(At("2026-05-13T09:00:00+02:00"), Reason))).Accepted);
        await courses.IdleAsync();

        var during = await StorageAccountSweep.ReadAllAsync(azurite.ConnectionString);
        Assert.Equal(["table hubpurgepersonaldata"], PlacesOf(during, Cpr));
        Assert.Equal(["table hubpurgecourseevents"], PlacesOf(during, Comment));
        Assert.Equal(["table hubpurgecourseevents"], PlacesOf(during, Reason));
        Assert.Contains(during, d => d.Place.StartsWith("queue escalations-rebild", StringComparison.Ordinal));

        Assert.True(await courses.Services.GetRequiredService<CoursePurge>().PurgeAsync(courseId, "dev-admin"));

        var after = await StorageAccountSweep.ReadAllAsync(azurite.ConnectionString);
        foreach (var secret in new[] { Cpr, "Jens", PlanText, Comment, Reason })
        {
            Assert.Empty(PlacesOf(after, secret));
        }

        // The audit trail keeps the purge (who, when, which course): the course's id, and nothing of the citizen.
        Assert.Equal(["table hubpurgepersonaldataaudit"], PlacesOf(after, courseId.ToString("D")).Where(p => p.StartsWith("table hubpurge", StringComparison.Ordinal)));
        Assert.False((await courses.Intake.StartAsync(plan)).Created);
    }

    private static List<string> PlacesOf(IEnumerable<(string Place, string Text)> found, string secret) =>
        [.. found.Where(f => f.Text.Contains(secret, StringComparison.Ordinal)).Select(f => f.Place).Distinct().Order()];

    [Fact]
    public async Task PurgeThatStoppedHalfWay_GoesOnWhenAskedAgain()
    {
        var received = At("2026-05-08T10:00:00+02:00");
        var personal = new FailsOnceToDelete(new InMemoryPersonalDataStore());
        await using var courses = await DurableCourses.StartAsync(received, s => s.AddSingleton<IPersonalDataStore>(personal));
        var courseId = await courses.StartCourseAsync("rebild/sul140", Referral.Plan(received, D("2026-05-08")), "half-way", new PersonalData(Cpr, PlanText));
        var purge = courses.Services.GetRequiredService<CoursePurge>();

        await Assert.ThrowsAsync<IOException>(() => purge.PurgeAsync(courseId, "dev-admin"));
        Assert.NotNull(await personal.LoadAsync(courseId));

        Assert.True(await purge.PurgeAsync(courseId, "dev-admin"));
        Assert.Null(await personal.LoadAsync(courseId));
        Assert.Null(await courses.Events.LoadAsync(courseId));
        Assert.False(await purge.PurgeAsync(Guid.NewGuid(), "dev-admin"));
    }

    private sealed class FailsOnceToDelete(IPersonalDataStore inner) : IPersonalDataStore
    {
        private int deletes;

        public Task SaveAsync(Guid courseId, PersonalData data, CancellationToken cancellationToken = default) => inner.SaveAsync(courseId, data, cancellationToken);

        public Task<PersonalData?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default) => inner.LoadAsync(courseId, cancellationToken);

        public Task DeleteAsync(Guid courseId, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref deletes) == 1 ? throw new IOException("The storage account did not answer (a test's fault).") : inner.DeleteAsync(courseId, cancellationToken);
    }
}
