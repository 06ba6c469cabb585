using NodaTime;

namespace Genoptraening.Workflows.Store;

/// <summary>A side effect written in the same transaction as the step that caused it, delivered at least once.</summary>
/// <param name="Id">Stable across retries, so consumers can drop duplicates.</param>
/// <param name="CourseId">The course it is about.</param>
/// <param name="Destination">Where it goes, e.g. the queue <c>escalations-rebild</c>.</param>
/// <param name="Type">E.g. <c>deadline.breached</c>.</param>
/// <param name="Body">The message body (JSON), with no personal data.</param>
/// <param name="CreatedAt">The instant of the step that wrote it.</param>
/// <param name="Attempts">Failed deliveries so far.</param>
public sealed record OutboxMessage(Guid CourseId, string Id, string Destination, string Type, string Body, Instant CreatedAt, int Attempts = 0);
