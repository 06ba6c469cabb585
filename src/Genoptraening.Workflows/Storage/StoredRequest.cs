using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// A request to a course as the handler stored it in the course's partition, before the orchestration
/// is told of it by id only: its command as <see cref="Serialization.CommandJson"/> writes it. Free text
/// stays here and never enters Durable Task's history.
/// </summary>
/// <param name="RequestId">The request's id, unique within the course.</param>
/// <param name="DecideAt">The clock's instant when the request was accepted: the step decides at it.</param>
/// <param name="CommandType">The command's stored name (<c>StartCourse</c>, <c>Record</c>, <c>Acknowledge</c>).</param>
/// <param name="CommandData">The command's JSON body.</param>
/// <param name="By">Who asked (<see cref="Actor"/>); the events its step records name them.</param>
public sealed record StoredRequest(string RequestId, Instant DecideAt, string CommandType, string CommandData, string By)
{
    /// <summary>The request of <paramref name="by"/> to decide <paramref name="command"/> at <paramref name="decideAt"/>, as the course's partition stores it.</summary>
    public static StoredRequest Of(string requestId, Instant decideAt, Domain.Courses.CourseCommand command, string by)
    {
        var (type, data) = Serialization.CommandJson.Serialize(command);
        return new StoredRequest(requestId, decideAt, type, data, by);
    }
}
