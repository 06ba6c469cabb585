using System.Text.Json;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Steps;

/// <summary>
/// What a step asks the decider: a timer's <c>FireDueTimers</c> at its due instant, or a stored
/// request's command at the instant it was accepted. A request that cannot be read (never stored,
/// or no longer readable) is refused rather than retried: retrying cannot mend it, and a course
/// must not stop having deadlines over one bad request.
/// </summary>
/// <param name="Command">The command; null when the request cannot be read.</param>
/// <param name="DecideAt">The instant the step decides at.</param>
/// <param name="RequestId">The request's id; null for a timer, or a raised request that is not even JSON.</param>
/// <param name="Unreadable">Why the request cannot be read.</param>
internal sealed record StepQuestion(CourseCommand? Command, Instant DecideAt, string? RequestId, string? Unreadable = null, string By = Actor.System)
{
    public static async Task<StepQuestion> ReadAsync(ICourseEventStore events, ServiceCatalog catalog, Guid courseId, StepInput input, CancellationToken cancellationToken)
    {
        if (input.Request is not { } raw)
        {
            return new StepQuestion(new CourseCommand.FireDueTimers(), Instant.FromDateTimeOffset(input.TimerDue!.Value), null);
        }

        RaisedRequest request;
        try
        {
            request = RaisedRequest.Parse(raw);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return new StepQuestion(null, default, null, "the raised request is not one of ours");
        }

        if (await events.LoadRequestAsync(courseId, request.RequestId, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return new StepQuestion(null, default, request.RequestId, "the request was not stored with the course");
        }

        try
        {
            return new StepQuestion(CommandJson.Deserialize(stored.CommandType, stored.CommandData, ReplayedCourse.ResolveIn(catalog)), stored.DecideAt, request.RequestId, By: stored.By);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return new StepQuestion(null, stored.DecideAt, request.RequestId, "the stored request cannot be read");
        }
    }
}
