using System.Text.Json;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Workflows.Orchestration;

/// <summary>The operators' alert for a faulted course, on the queue <c>course-faults</c> (docs/escalations.md).</summary>
public static class FaultAlerts
{
    public const string Queue = "course-faults";
    public const string Type = "course.faulted";

    /// <summary>One alert per course and step: sent again, it keeps its id.</summary>
    public static AlertMessage For(CourseFault fault, Instant at)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var id = $"{Guid.Parse(fault.CourseId):N}-fault-{fault.Step:D6}";
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteString("id", id);
            w.WriteString("type", Type);
            w.WriteString("courseId", fault.CourseId);
            w.WriteNumber("step", fault.Step);
            w.WriteString("error", fault.Error);
            w.WriteString("at", WireTime.Format(at));
            w.WriteEndObject();
        }

        return new AlertMessage(id, Queue, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
