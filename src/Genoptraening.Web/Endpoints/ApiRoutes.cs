namespace Genoptraening.Web.Endpoints;

/// <summary>
/// Every route of the HTTP API (contracts/http-api.md and the developers' own), as both hosts serve
/// them; the local host adds only its health check and the development clock.
/// </summary>
public static class ApiRoutes
{
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        .. IntakeEndpoints.Routes,
        .. CourseReadEndpoints.Routes,
        .. LetterEndpoints.Routes,
        .. CourseActionEndpoints.Routes,
        .. ReportEndpoints.Routes,
        .. AuditEndpoints.Routes,
        .. OperationsEndpoints.Routes,
    ];
}
