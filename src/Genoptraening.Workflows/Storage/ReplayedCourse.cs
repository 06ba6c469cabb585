using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Workflows.Storage;

/// <summary>A course's stored history read back into events and folded into its state.</summary>
internal sealed record ReplayedCourse(CourseHistory History, IReadOnlyList<CourseEvent> Events, CourseState State)
{
    public static ReplayedCourse Of(CourseHistory history, ServiceCatalog catalog)
    {
        var events = history.Events.Select(e => CourseEventJson.Deserialize(e.Type, e.Data, ResolveIn(catalog))).ToList();
        return new ReplayedCourse(history, events, CourseDecider.Fold(events));
    }

    /// <summary>Finds a standard version a stored course names; the catalog keeps every version.</summary>
    public static Func<StandardId, int, StandardVersion> ResolveIn(ServiceCatalog catalog) =>
        (id, version) => catalog.Version(id, version)
            ?? throw new InvalidOperationException($"The catalog no longer holds {id} v{version}; a course in flight needs it. Restore that version.");
}
