namespace Genoptraening.Workflows.Storage;

/// <summary>One event of a course's history as its partition holds it.</summary>
/// <param name="Version">1 for the first event; the course's version is its last event's.</param>
/// <param name="Step">The orchestration step that appended it: a step's events are found again by it.</param>
/// <param name="Type">The event's type name (<see cref="Serialization.CourseEventJson"/>).</param>
/// <param name="Data">The event's JSON body.</param>
/// <param name="By">Who recorded it (<see cref="Actor"/>): the request's, or <see cref="Actor.System"/> for a timer's step; null in rows written before it was kept.</param>
public sealed record StoredCourseEvent(int Version, int Step, string Type, string Data, string? By = null)
{
    /// <summary>An event as a step stores it: its version, the step that wrote it, its type and JSON, and who caused it.</summary>
    public static StoredCourseEvent Of(Domain.Courses.CourseEvent e, int version, int step, string by)
    {
        var (type, data) = Serialization.CourseEventJson.Serialize(e);
        return new StoredCourseEvent(version, step, type, data, by);
    }
}
