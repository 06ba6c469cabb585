using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Store;

namespace Genoptraening.Api.Endpoints;

/// <summary>One line of the course list.</summary>
public sealed record CourseSummary(string Id, string Standard, string Municipality, string Status, string? Outcome, string? NextDueAt, string ReceivedAt)
{
    public static CourseSummary From(CourseRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new CourseSummary(
            row.Id.ToString("D"), row.Standard, row.Municipality, row.Outcome is null ? "active" : "ended", row.Outcome,
            row.NextDueAt is { } due ? WireTime.Format(due) : null, WireTime.Format(row.ReceivedAt));
    }
}
