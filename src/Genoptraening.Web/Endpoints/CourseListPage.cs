namespace Genoptraening.Web.Endpoints;

/// <summary>A page of courses and the token for the next page (null on the last).</summary>
public sealed record CourseListPage(IReadOnlyList<CourseSummaryJson> Items, string? ContinuationToken);
