using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Web.Endpoints;

/// <summary>One line of the course list, from the course's read-model row.</summary>
public sealed record CourseSummaryJson(string Id, string Standard, string Municipality, string Status, string? Outcome, string? NextDueAt, string ReceivedAt)
{
    public static CourseSummaryJson From(CourseSummary row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new CourseSummaryJson(
            row.CourseId.ToString("D"), row.Standard, row.Municipality, row.Outcome is null ? "active" : "ended", row.Outcome,
            row.NextDueAt is { } due ? WireTime.Format(due) : null, WireTime.Format(row.ReceivedAt));
    }
}
