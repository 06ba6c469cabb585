using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// One display of a citizen's CPR number, or one purge of a course: who did it, when, on which course, through which
/// route (a purge's is <c>DELETE /api/courses/{id}</c> or <c>retention sweep</c>). Nothing of the CPR itself.
/// </summary>
/// <param name="At">When it was shown.</param>
/// <param name="CourseId">The course whose citizen it is.</param>
/// <param name="Municipality">The course's municipality.</param>
/// <param name="Who">The signed-in user as the sign-in names them (e.g. their Entra ID user name), or the API key's name.</param>
/// <param name="Route">Where it was shown: <see cref="DashboardRoute"/> or <see cref="ApiRoute"/>.</param>
public sealed record PersonalDataView(Instant At, Guid CourseId, string Municipality, string Who, string Route = PersonalDataView.DashboardRoute)
{
    /// <summary>The dashboard's course page (rows written before routes were recorded are all of it).</summary>
    public const string DashboardRoute = "GET /forloeb/{id}";

    /// <summary>The API's course, asked for with <c>?include=cpr</c>.</summary>
    public const string ApiRoute = "GET /api/courses/{id}?include=cpr";
}
