using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// A request to a course as the handler stored it in the course's partition, before the orchestration
/// is told of it by id only. The command is kept in the shape of the event it would record
/// (<c>CourseStarted</c>, <c>OccurrenceRecorded</c>, <c>AlertAcknowledged</c>), so the event
/// serialization reads it back; free text stays here and never enters Durable Task's history.
/// </summary>
/// <param name="RequestId">The request's id, unique within the course.</param>
/// <param name="DecideAt">The clock's instant when the request was accepted: the step decides at it.</param>
/// <param name="CommandType">The event type name the command is kept as.</param>
/// <param name="CommandData">That event's JSON body.</param>
public sealed record StoredRequest(string RequestId, Instant DecideAt, string CommandType, string CommandData);
