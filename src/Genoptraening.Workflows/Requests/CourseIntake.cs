using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Requests;

/// <summary>
/// Starts a course for a referral: the course id is named by the referral (<see cref="CourseIds"/>),
/// claimed atomically in the course's partition with the start request, and only then is the
/// orchestration started, so the same referral twice, even at the same moment, starts one course
/// (Durable Task's own duplicate-start checks are not relied on). Before the instance starts, the
/// course's read-model row is published as its start step will publish it, so the course is in every
/// list when the caller has its answer, without waiting for the step.
/// </summary>
public sealed class CourseIntake(
    ICourseEventStore events, IPersonalDataStore personalData, ICourseReadModel readModel, CourseOrchestrations orchestrations, ServiceCatalog catalog, IClock clock)
{
    /// <summary>How long a claim may wait for its orchestration before the same referral again starts it.</summary>
    private static readonly Duration ClaimPatience = Duration.FromSeconds(30);

    public async Task<StartOutcome> StartAsync(StartCourseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ReferralKey);
        if (catalog.VersionFor(request.Standard, request.Referral.ReceivedDate) is not { } rules)
        {
            return new StartOutcome(
                null, false, new Decision.Rejected(RejectionCode.NoVersionInEffect, [request.Standard.ToString(), WireTime.Format(request.Referral.ReceivedDate)], "receivedAt"));
        }

        var now = clock.GetCurrentInstant();
        var decision = CourseDecider.Decide(CourseState.Initial, new CourseCommand.StartCourse(rules, request.Referral), now);
        if (decision is Decision.Rejected refused)
        {
            return new StartOutcome(null, false, refused);
        }

        var started = (Decision.Accepted)decision;
        var courseId = CourseIds.For(request.ReferralKey);
        var start = StoredRequest.Of(RaisedRequest.Start, now, new CourseCommand.StartCourse(rules, request.Referral), request.By);
        if (await events.TryCreateAsync(courseId, start, request.ReferralKey, cancellationToken).ConfigureAwait(false))
        {
            await readModel.PublishAsync(StartRow(courseId, started, request.ReferralKey), cancellationToken).ConfigureAwait(false);
            await BeginAsync(courseId, request, cancellationToken).ConfigureAwait(false);
            return new StartOutcome(courseId, Created: true);
        }

        if (await events.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } claimed)
        {
            return new StartOutcome(null, false, new Decision.Rejected(RejectionCode.Purged, [courseId.ToString()]));
        }

        if (await IsStrandedAsync(courseId, claimed, now, cancellationToken).ConfigureAwait(false))
        {
            await BeginAsync(courseId, request, cancellationToken).ConfigureAwait(false);
            return new StartOutcome(courseId, Created: true);
        }

        return new StartOutcome(courseId, Created: false);
    }

    /// <summary>
    /// The row the start step publishes: the decider's answer to the start request at the request's
    /// own instant, which is what the step decides. A later step's row is never replaced by it.
    /// </summary>
    private static CourseSummary StartRow(Guid courseId, Decision.Accepted started, string referralKey) =>
        CourseSummaries.Of(courseId, StepCommit.StartStep, started.Events.Length, CourseDecider.Fold(started.Events), referralKey);

    private async Task BeginAsync(Guid courseId, StartCourseRequest request, CancellationToken cancellationToken)
    {
        if (request.Personal is { } personal)
        {
            await personalData.SaveAsync(courseId, personal, cancellationToken).ConfigureAwait(false);
        }

        await orchestrations.StartAsync(courseId, new RaisedRequest(RaisedRequest.Start, RaisedRequest.Start, request.Referral.ReceivedAt)).ConfigureAwait(false);
    }

    /// <summary>
    /// A claim whose orchestration never started (the intake that claimed it failed or died in
    /// between) and that is old enough not to be another intake of the same referral still at work.
    /// </summary>
    private async Task<bool> IsStrandedAsync(Guid courseId, CourseHistory claimed, Instant now, CancellationToken cancellationToken) =>
        claimed.LastStep == 0
        && await events.LoadRequestAsync(courseId, RaisedRequest.Start, cancellationToken).ConfigureAwait(false) is { } claim
        && now - claim.DecideAt >= ClaimPatience
        && await orchestrations.GetAsync(courseId).ConfigureAwait(false) is null;
}
