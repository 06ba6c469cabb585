using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Requests;

/// <summary>
/// What callers ask of a course. A request is stored in the course's partition with everything it
/// carries, and the orchestration is told only <c>{ requestId, type, at }</c>; the step activity
/// writes the answer, which the caller polls for.
/// </summary>
public sealed class CourseCommands(ICourseEventStore events, CourseOrchestrations orchestrations, ServiceCatalog catalog, IClock clock)
{
    /// <summary>The rejection kind of a request to a course that has not taken its start step yet.</summary>
    public const string NotStarted = "NotStarted";

    /// <summary>Answers come within tens of milliseconds when the course is idle; a busy one is asked less often.</summary>
    private static readonly TimeSpan FirstPollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LastPollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(10);
    private const int PollsBetweenEndChecks = 5;

    /// <summary>Sends the course an occurrence to record (terminating is <c>CourseCancelled</c>); null when there is no such course.</summary>
    public Task<Submission?> RecordAsync(Guid courseId, Occurrence occurrence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var now = clock.GetCurrentInstant();
        var request = RequestCommands.Record(NewRequestId(), now, occurrence);
        return SubmitAsync(courseId, new CourseCommand.Record(occurrence), request, occurrence.Type.ToString(), occurrence.At, cancellationToken);
    }

    /// <summary>Sends the course an acknowledgement of a warning or escalation; null when there is no such course.</summary>
    public Task<Submission?> AcknowledgeAsync(Guid courseId, CourseCommand.Acknowledge acknowledge, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        var request = RequestCommands.Acknowledge(NewRequestId(), now, acknowledge);
        return SubmitAsync(courseId, acknowledge, request, RaisedRequest.Acknowledge, now, cancellationToken);
    }

    /// <summary>
    /// The answer to a submission: its refusal at once, or the step's answer row once written, or null
    /// when the bound has passed first (the step will still answer).
    /// </summary>
    public async Task<RequestAnswer?> AnswerAsync(Guid courseId, Submission submission, TimeSpan bound, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.RefusedAtOnce is { } refused)
        {
            return refused;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bound);
        try
        {
            var interval = FirstPollInterval;
            for (var poll = 1; ; poll++)
            {
                if (await events.LoadAnswerAsync(courseId, submission.RequestId, cancellationToken).ConfigureAwait(false) is { } answer)
                {
                    return answer;
                }

                if (poll % PollsBetweenEndChecks == 0 && await RefusalOfEndedCourseAsync(courseId, submission.RequestId, cancellationToken).ConfigureAwait(false) is { } ended)
                {
                    return ended;
                }

                await Task.Delay(interval, timeout.Token).ConfigureAwait(false);
                interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 3 / 2, LastPollInterval.Ticks));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>
    /// The refusal of a request the course will never take: the course ended (its orchestration
    /// completed) with the request still waiting, or before the request reached it.
    /// </summary>
    private async Task<RequestAnswer?> RefusalOfEndedCourseAsync(Guid courseId, string requestId, CancellationToken cancellationToken)
    {
        if (await events.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } history
            || !ReplayedCourse.Of(history, catalog).State.IsEnded
            || await events.LoadRequestAsync(courseId, requestId, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return null;
        }

        // The step that ended the course wrote its own answer in the same batch: look once more.
        return await events.LoadAnswerAsync(courseId, requestId, cancellationToken).ConfigureAwait(false)
            ?? RefusalAtOnce.Of(history, catalog, RequestCommands.ToCommand(request, catalog), request.DecideAt);
    }

    /// <summary>
    /// Refuses at once when the course has ended (<see cref="RefusalAtOnce"/>); otherwise stores the
    /// request and tells the orchestration, whose step decides and answers.
    /// </summary>
    private async Task<Submission?> SubmitAsync(
        Guid courseId, CourseCommand command, StoredRequest request, string type, Instant at, CancellationToken cancellationToken)
    {
        if (await StartedAsync(courseId, cancellationToken).ConfigureAwait(false) is not { } history)
        {
            return null;
        }

        if (history.LastStep == 0)
        {
            return new Submission(string.Empty, new RequestAnswer(string.Empty, 0, false, NotStarted, "the course is still starting; send the request again in a moment"));
        }

        if (RefusalAtOnce.Of(history, catalog, command, request.DecideAt) is { } refused)
        {
            return new Submission(string.Empty, refused);
        }

        if (!await events.SaveRequestAsync(courseId, request, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await orchestrations.RaiseAsync(courseId, new RaisedRequest(request.RequestId, type, at)).ConfigureAwait(false);
        return new Submission(request.RequestId, null);
    }

    /// <summary>
    /// The course's history once its start step is written, or as it is after a few seconds: a
    /// request raised before the orchestration has taken its start message can be dropped by the
    /// Azure Storage provider ("no such instance", measured in docs/durable-wiring.md).
    /// </summary>
    private async Task<CourseHistory?> StartedAsync(Guid courseId, CancellationToken cancellationToken)
    {
        for (var waited = TimeSpan.Zero; ; waited += FirstPollInterval)
        {
            var history = await events.LoadAsync(courseId, cancellationToken).ConfigureAwait(false);
            if (history is null || history.LastStep > 0 || waited >= StartPatience)
            {
                return history;
            }

            await Task.Delay(FirstPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string NewRequestId() => Guid.NewGuid().ToString("N");
}
