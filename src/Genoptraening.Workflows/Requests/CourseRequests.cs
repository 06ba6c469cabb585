using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Requests;

/// <summary>
/// What an HTTP caller asks of courses, end to end: a referral started; a
/// request to a course with the caller's right to act on it checked, sent, and its answer awaited for
/// at most <see cref="AnswerBound"/>.
/// </summary>
public sealed class CourseRequests(CourseIntake intake, CourseReader reader, CourseCommands commands, ICourseEventStore events)
{
    /// <summary>
    /// How long a caller waits for the step's answer before it is given the request's own status URI:
    /// a step takes tens of milliseconds, and the task hub's queues are polled at least every 2 s.
    /// </summary>
    public static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Starts the referral's course, or finds the one it started before. The answer does not wait for
    /// the start step: the course is already in every list (its first read-model row is published at
    /// intake) and reads as that step will write it (<see cref="CourseReader"/>). Waiting for the step
    /// cost intake 94 % of its throughput under load (docs/benchmarks.md).
    /// </summary>
    public Task<StartOutcome> StartAsync(StartCourseRequest request, CancellationToken cancellationToken = default) =>
        intake.StartAsync(request, cancellationToken);

    public Task<RequestResult> RecordAsync(Guid courseId, Occurrence occurrence, Func<CourseRecord, bool> mayAct, CancellationToken cancellationToken = default) =>
        SendAsync(courseId, mayAct, () => commands.RecordAsync(courseId, occurrence, cancellationToken), cancellationToken);

    public Task<RequestResult> AcknowledgeAsync(
        Guid courseId, CourseCommand.Acknowledge acknowledge, Func<CourseRecord, bool> mayAct, CancellationToken cancellationToken = default) =>
        SendAsync(courseId, mayAct, () => commands.AcknowledgeAsync(courseId, acknowledge, cancellationToken), cancellationToken);

    /// <summary>The answer to a request sent earlier: still pending, or what the step decided.</summary>
    public async Task<RequestResult> StatusAsync(Guid courseId, string requestId, Func<CourseRecord, bool> mayRead, CancellationToken cancellationToken = default)
    {
        if (await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } course || !mayRead(course)
            || await events.LoadRequestAsync(courseId, requestId, cancellationToken).ConfigureAwait(false) is null)
        {
            return new RequestResult.NotFound();
        }

        return await events.LoadAnswerAsync(courseId, requestId, cancellationToken).ConfigureAwait(false) is { } answer
            ? await ResultOfAsync(courseId, answer, cancellationToken).ConfigureAwait(false)
            : new RequestResult.Pending(requestId);
    }

    private async Task<RequestResult> SendAsync(
        Guid courseId, Func<CourseRecord, bool> mayAct, Func<Task<Submission?>> send, CancellationToken cancellationToken)
    {
        if (await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } course || !mayAct(course)
            || await send().ConfigureAwait(false) is not { } submission)
        {
            return new RequestResult.NotFound();
        }

        return await commands.AnswerAsync(courseId, submission, AnswerBound, cancellationToken).ConfigureAwait(false) is { } answer
            ? await ResultOfAsync(courseId, answer, cancellationToken).ConfigureAwait(false)
            : new RequestResult.Pending(submission.RequestId);
    }

    private async Task<RequestResult> ResultOfAsync(Guid courseId, RequestAnswer answer, CancellationToken cancellationToken)
    {
        if (!answer.Accepted)
        {
            return new RequestResult.Refused(answer.Rejection ?? nameof(RejectionKind.NotAllowed), answer.Reason ?? "refused", answer.Field);
        }

        return await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is { } after
            ? new RequestResult.Accepted(after)
            : new RequestResult.NotFound();
    }
}
