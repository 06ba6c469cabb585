using System.Text.Json;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Workflows.Alerts;

/// <summary>The operators' alert for a faulted course, on the queue <c>course-faults</c> (docs/escalations.md).</summary>
public static class FaultAlerts
{
    public const string Queue = "course-faults";
    public const string Type = "course.faulted";

    /// <summary>One alert per course and step: sent again, it keeps its id.</summary>
    public static AlertMessage For(string courseId, int step, string error, Instant at)
    {
        var id = $"{Guid.Parse(courseId):N}-fault-{step:D6}";
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteString("id", id);
            w.WriteString("type", Type);
            w.WriteString("courseId", courseId);
            w.WriteNumber("step", step);
            w.WriteString("error", error);
            w.WriteString("at", WireTime.Format(at));
            w.WriteEndObject();
        }

        return new AlertMessage(id, Queue, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
