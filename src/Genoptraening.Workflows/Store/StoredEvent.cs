using NodaTime;

namespace Genoptraening.Workflows.Store;

/// <summary>One event of a course's append-only history; <c>(course, version)</c> is unique.</summary>
public sealed record StoredEvent(int Version, string Type, Instant At, string Data);
