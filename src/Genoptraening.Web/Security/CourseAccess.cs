using Genoptraening.Web.Intake;
using Genoptraening.Workflows.Reads;

namespace Genoptraening.Web.Security;

/// <summary>
/// Which courses a caller may see and act on: a hospital reads the courses of its own plans, a
/// municipality reads and acts on its own courses, an administrator reads all.
/// </summary>
public static class CourseAccess
{
    public static bool CanRead(Caller caller, CourseRecord course)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(course);
        return caller.Role switch
        {
            Caller.Admin => true,
            Caller.MunicipalityRole => course.Municipality == caller.Municipality,
            Caller.Hospital => course.ReferralKey?.StartsWith(PlanRequest.KeyPrefixOf(caller.Sender!), StringComparison.Ordinal) == true,
            _ => false,
        };
    }

    public static bool CanAct(Caller caller, CourseRecord course)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(course);
        return caller.Role == Caller.MunicipalityRole && course.Municipality == caller.Municipality;
    }

    /// <summary>The list filter a caller's scope imposes.</summary>
    public static (string? Municipality, string? ReferralKeyPrefix) Scope(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role switch
        {
            Caller.MunicipalityRole => (caller.Municipality, null),
            Caller.Hospital => (null, PlanRequest.KeyPrefixOf(caller.Sender!)),
            _ => (null, null),
        };
    }
}
