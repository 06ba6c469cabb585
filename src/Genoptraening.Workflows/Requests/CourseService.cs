using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Telemetry;
using NodaTime;

namespace Genoptraening.Workflows.Requests;

/// <summary>
/// The one way to ask something of a course (an event to record, an alert to acknowledge), for the API and the
/// dashboard alike: load the course once, check the caller may act on it, refuse at once where the course has
/// ended, store the command in the course's partition and tell the orchestration only
/// <c>{ requestId, type, at }</c>, wait for the step's answer, and return it with the course as it now stands.
/// The course's partition is read twice: once before, once after.
/// </summary>
public sealed class CourseService(ICourseEventStore events, CourseOrchestrations orchestrations, CourseReader reader, ServiceCatalog catalog, IClock clock)
{
    /// <summary>
    /// How long a caller waits for the step's answer before it is given the request's own status URI:
    /// a step takes tens of milliseconds, and the task hub's queues are polled at least every 2 s.
    /// </summary>
    public static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(10);

    /// <summary>Answers come within tens of milliseconds when the course is idle; a busy one is asked less often.</summary>
    private static readonly TimeSpan FirstPollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LastPollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(10);
    private const int PollsBetweenEndChecks = 5;

    /// <summary>Sends the command and waits up to <see cref="AnswerBound"/> for the answer.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="command">A <see cref="CourseCommand.Record"/> or <see cref="CourseCommand.Acknowledge"/>.</param>
    /// <param name="by">Who asks (<see cref="Actor"/>): the events the step records name them.</param>
    /// <param name="mayAct">Whether the caller may act on the course; a course it may not is not found.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<CourseAnswer> SendAsync(Guid courseId, CourseCommand command, string by, Func<CourseRecord, bool> mayAct, CancellationToken cancellationToken = default)
    {
        if (await SubmitAsync(courseId, command, by, mayAct, cancellationToken).ConfigureAwait(false) is not { } sent)
        {
            return new CourseAnswer.NotFound();
        }

        if (sent.RefusedAtOnce is { } refused)
        {
            return new CourseAnswer.Refused(refused.Refusal!, sent.Course);
        }

        if (await AwaitAnswerAsync(courseId, sent.RequestId, AnswerBound, cancellationToken).ConfigureAwait(false) is { } answer)
        {
            return await AnswerWithCourseAsync(courseId, answer, cancellationToken).ConfigureAwait(false);
        }

        ProductTelemetry.AnsweredPastBound.Add(1);
        return new CourseAnswer.Pending(sent.RequestId);
    }

    /// <summary>The answer to a request sent earlier: still pending, or what the step decided.</summary>
    public async Task<CourseAnswer> StatusAsync(Guid courseId, string requestId, Func<CourseRecord, bool> mayRead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mayRead);
        if (await events.LoadRequestAsync(courseId, requestId, cancellationToken).ConfigureAwait(false) is null)
        {
            return new CourseAnswer.NotFound();
        }

        var answer = await events.LoadAnswerAsync(courseId, requestId, cancellationToken).ConfigureAwait(false);
        return await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) switch
        {
            { } course when !mayRead(course) => new CourseAnswer.NotFound(),
            { } course when answer?.Refusal is { } refusal => new CourseAnswer.Refused(refusal, course),
            { } course when answer is not null => new CourseAnswer.Accepted(course),
            { } => new CourseAnswer.Pending(requestId),
            null => new CourseAnswer.NotFound(),
        };
    }

    /// <summary>
    /// Stores the command with the course and tells its orchestration, or refuses it at once when the course has
    /// ended (its orchestration listens no more); null when there is no such course, or none the caller may act on.
    /// </summary>
    public async Task<SentRequest?> SubmitAsync(
        Guid courseId, CourseCommand command, string by, Func<CourseRecord, bool>? mayAct = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command is not (CourseCommand.Record or CourseCommand.Acknowledge))
        {
            throw new ArgumentException($"A course takes {command.GetType().Name} from its intake or its timers, not as a request.", nameof(command));
        }

        if (await StartedAsync(courseId, mayAct, cancellationToken).ConfigureAwait(false) is not { } course)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        if (course.LastStep == 0)
        {
            return new SentRequest(string.Empty, course, new RequestAnswer(string.Empty, 0, new Decision.Rejected(RejectionCode.StillStarting, [])));
        }

        if (RefusalOfEnded(course.State, command, now) is { } refused)
        {
            return new SentRequest(string.Empty, course, new RequestAnswer(string.Empty, course.LastStep, refused));
        }

        var request = StoredRequest.Of(Guid.NewGuid().ToString("N"), now, command, by);
        if (!await events.SaveRequestAsync(courseId, request, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await orchestrations.RaiseAsync(courseId, RaisedOf(request.RequestId, command, now)).ConfigureAwait(false);
        return new SentRequest(request.RequestId, course, null);
    }

    /// <summary>
    /// The step's answer row once written, or the refusal of a request the course will never take (it ended
    /// with the request still waiting), or null when <paramref name="bound"/> has passed first (the step will still answer).
    /// </summary>
    public async Task<RequestAnswer?> AwaitAnswerAsync(Guid courseId, string requestId, TimeSpan bound, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bound);
        try
        {
            var interval = FirstPollInterval;
            for (var poll = 1; ; poll++)
            {
                if (await events.LoadAnswerAsync(courseId, requestId, cancellationToken).ConfigureAwait(false) is { } answer)
                {
                    return answer;
                }

                if (poll % PollsBetweenEndChecks == 0 && await RefusalOfEndedCourseAsync(courseId, requestId, cancellationToken).ConfigureAwait(false) is { } ended)
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

    private async Task<CourseAnswer> AnswerWithCourseAsync(Guid courseId, RequestAnswer answer, CancellationToken cancellationToken) =>
        await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) switch
        {
            null => new CourseAnswer.NotFound(),
            var course when answer.Refusal is { } refusal => new CourseAnswer.Refused(refusal, course),
            var course => new CourseAnswer.Accepted(course),
        };

    /// <summary>
    /// The refusal of a request the course will never take: its orchestration has ended with the request still
    /// unanswered, or ended before the request reached it. The partition is read only once the task hub says so.
    /// </summary>
    private async Task<RequestAnswer?> RefusalOfEndedCourseAsync(Guid courseId, string requestId, CancellationToken cancellationToken)
    {
        if (await orchestrations.GetAsync(courseId).ConfigureAwait(false) is { IsRunning: true }
            || await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) is not { State.IsEnded: true } course
            || await events.LoadRequestAsync(courseId, requestId, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return null;
        }

        // The step that ended the course wrote its own answer in the same batch: look once more.
        var command = CommandJson.Deserialize(request.CommandType, request.CommandData, ReplayedCourse.ResolveIn(catalog));
        return await events.LoadAnswerAsync(courseId, requestId, cancellationToken).ConfigureAwait(false)
            ?? (RefusalOfEnded(course.State, command, request.DecideAt) is { } refused ? new RequestAnswer(requestId, course.LastStep, refused) : null);
    }

    /// <summary>
    /// The refusal of a command to a course that has ended: the decider's, or that the course has ended (an alert still
    /// open on an ended course, say: its orchestration listens no more). A command to a course that has not ended goes to
    /// the course's step, even one the course would refuse as it stands: requests sent before it and not yet taken may
    /// change the course (a <c>TrainingStarted</c> still pending makes a <c>MidwayEvaluationHeld</c> fit).
    /// </summary>
    internal static Decision.Rejected? RefusalOfEnded(CourseState state, CourseCommand command, Instant at) => state switch
    {
        { Outcome: null } => null,
        _ when CourseDecider.Decide(state, command, at) is Decision.Rejected refused => refused,
        { Outcome: { } outcome } => new Decision.Rejected(RejectionCode.Ended, [outcome.ToWireName()]),
    };

    /// <summary>
    /// The course once its start step is written, or as it is after a few seconds: a request raised before the
    /// orchestration has taken its start message can be dropped by the Azure Storage provider ("no such instance").
    /// Null at once for a course the caller may not act on.
    /// </summary>
    private async Task<CourseRecord?> StartedAsync(Guid courseId, Func<CourseRecord, bool>? mayAct, CancellationToken cancellationToken)
    {
        for (var waited = TimeSpan.Zero; ; waited += FirstPollInterval)
        {
            var course = await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false);
            if (course is null || mayAct?.Invoke(course) == false)
            {
                return null;
            }

            if (course.LastStep > 0 || waited >= StartPatience)
            {
                return course;
            }

            await Task.Delay(FirstPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private static RaisedRequest RaisedOf(string requestId, CourseCommand command, Instant now) => command switch
    {
        CourseCommand.Record record => new RaisedRequest(requestId, record.Occurrence.Type.ToWireName(), record.Occurrence.At),
        _ => new RaisedRequest(requestId, RaisedRequest.Acknowledge, now),
    };
}
