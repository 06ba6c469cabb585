using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using NodaTime;
using static Genoptraening.Domain.Courses.CourseEvent;

namespace Genoptraening.Workflows.Steps;

/// <summary>
/// Requests kept in the shape of the event they ask for: <c>CourseStarted</c> for the start,
/// <c>OccurrenceRecorded</c> for what staff record, <c>AlertAcknowledged</c> for an acknowledgement.
/// </summary>
public static class RequestCommands
{
    public static StoredRequest Start(string requestId, Instant decideAt, StandardVersion rules, Referral referral) =>
        Keep(requestId, decideAt, new CourseStarted(referral.ReceivedAt, rules, referral));

    public static StoredRequest Record(string requestId, Instant decideAt, Occurrence occurrence) =>
        Keep(requestId, decideAt, new OccurrenceRecorded(occurrence));

    public static StoredRequest Acknowledge(string requestId, Instant decideAt, CourseCommand.Acknowledge acknowledge)
    {
        ArgumentNullException.ThrowIfNull(acknowledge);
        return Keep(requestId, decideAt, new AlertAcknowledged(decideAt, acknowledge.Kind, acknowledge.Level, acknowledge.Comment, acknowledge.By));
    }

    /// <summary>The command a stored request asks the decider.</summary>
    public static CourseCommand ToCommand(StoredRequest request, ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CourseEventJson.Deserialize(request.CommandType, request.CommandData, ReplayedCourse.ResolveIn(catalog)) switch
        {
            CourseStarted s => new CourseCommand.StartCourse(s.Rules, s.Referral),
            OccurrenceRecorded r => new CourseCommand.Record(r.Occurrence),
            AlertAcknowledged a => new CourseCommand.Acknowledge(a.Kind, a.Level, a.Comment, a.By),
            var other => throw new InvalidOperationException($"A request cannot ask for {other.GetType().Name}."),
        };
    }

    private static StoredRequest Keep(string requestId, Instant decideAt, CourseEvent asked)
    {
        var (type, data) = CourseEventJson.Serialize(asked);
        return new StoredRequest(requestId, decideAt, type, data);
    }
}
