using Genoptraening.Workflows.Reads;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// How a visitator recognises a course: the referral's own reference (the hospital's plan id, the
/// municipality's application id), never the course's technical id, and nothing personal.
/// </summary>
public static class CourseLabel
{
    public static string Of(CourseRecord course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return Of(course.ReferralKey);
    }

    /// <summary>The label from the referral's key (<c>plan:{sender}/{planId}</c>, <c>application:{municipality}/{id}</c>).</summary>
    public static string Of(string? referralKey)
    {
        var key = referralKey ?? string.Empty;
        var reference = key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return key.StartsWith("plan:", StringComparison.Ordinal) ? $"Genoptræningsplan {reference}"
            : key.StartsWith("application:", StringComparison.Ordinal) ? $"Ansøgning {reference}"
            : "Forløb uden reference";
    }
}
