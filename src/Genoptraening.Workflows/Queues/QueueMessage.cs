using NodaTime;

namespace Genoptraening.Workflows.Queues;

/// <summary>A message read from a queue; <see cref="PopReceipt"/> is set when it was received (not peeked) and is needed to delete it.</summary>
public sealed record QueueMessage(string MessageId, string MessageText, int DequeueCount, Instant? InsertionTime, string? PopReceipt);
