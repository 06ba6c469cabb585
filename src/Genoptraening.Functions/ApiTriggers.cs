using Genoptraening.Web.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Genoptraening.Functions;

/// <summary>
/// The HTTP API as Functions triggers, one a route of <see cref="ApiRoutes"/> (a test holds the two
/// equal): each calls the handler the local host maps, through <see cref="ApiEndpoints"/>, which checks
/// the API key first. Anonymous to the Functions host: the API's own keys guard every route.
/// </summary>
public sealed class ApiTriggers(ApiEndpoints api)
{
    [Function(nameof(PostPlan))]
    public Task<IActionResult> PostPlan([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "plans")] HttpRequest request) =>
        api.InvokeAsync(nameof(PostPlan), request.HttpContext).Written();

    [Function(nameof(PostApplication))]
    public Task<IActionResult> PostApplication([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applications")] HttpRequest request) =>
        api.InvokeAsync(nameof(PostApplication), request.HttpContext).Written();

    [Function(nameof(PostEvent))]
    public Task<IActionResult> PostEvent([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "courses/{id:guid}/events/{type}")] HttpRequest request, string id, string type) =>
        api.InvokeAsync(nameof(PostEvent), request.WithRoute(("id", id), ("type", type))).Written();

    [Function(nameof(TerminateCourse))]
    public Task<IActionResult> TerminateCourse([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "courses/{id:guid}/terminate")] HttpRequest request, string id) =>
        api.InvokeAsync(nameof(TerminateCourse), request.WithRoute(("id", id))).Written();

    [Function(nameof(AcknowledgeAlert))]
    public Task<IActionResult> AcknowledgeAlert([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "courses/{id:guid}/alerts/acknowledge")] HttpRequest request, string id) =>
        api.InvokeAsync(nameof(AcknowledgeAlert), request.WithRoute(("id", id))).Written();

    [Function(nameof(GetRequestStatus))]
    public Task<IActionResult> GetRequestStatus([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "courses/{id:guid}/requests/{requestId}")] HttpRequest request, string id, string requestId) =>
        api.InvokeAsync(nameof(GetRequestStatus), request.WithRoute(("id", id), ("requestId", requestId))).Written();

    [Function(nameof(RetryCourse))]
    public Task<IActionResult> RetryCourse([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "courses/{id:guid}/retry")] HttpRequest request, string id) =>
        api.InvokeAsync(nameof(RetryCourse), request.WithRoute(("id", id))).Written();

    [Function(nameof(PurgeCourse))]
    public Task<IActionResult> PurgeCourse([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "courses/{id:guid}")] HttpRequest request, string id) =>
        api.InvokeAsync(nameof(PurgeCourse), request.WithRoute(("id", id))).Written();

    [Function(nameof(GetCourse))]
    public Task<IActionResult> GetCourse([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "courses/{id:guid}")] HttpRequest request, string id) =>
        api.InvokeAsync(nameof(GetCourse), request.WithRoute(("id", id))).Written();

    [Function(nameof(GetCourseHistory))]
    public Task<IActionResult> GetCourseHistory([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "courses/{id:guid}/history")] HttpRequest request, string id) =>
        api.InvokeAsync(nameof(GetCourseHistory), request.WithRoute(("id", id))).Written();

    [Function(nameof(GetFreeChoiceLetter))]
    public Task<IActionResult> GetFreeChoiceLetter([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "courses/{id:guid}/letters/free-choice")] HttpRequest request, string id) =>
        api.InvokeAsync(nameof(GetFreeChoiceLetter), request.WithRoute(("id", id))).Written();

    [Function(nameof(ListCourses))]
    public Task<IActionResult> ListCourses([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "courses")] HttpRequest request) =>
        api.InvokeAsync(nameof(ListCourses), request.HttpContext).Written();

    [Function(nameof(GetQualityReport))]
    public Task<IActionResult> GetQualityReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/quality")] HttpRequest request) =>
        api.InvokeAsync(nameof(GetQualityReport), request.HttpContext).Written();

    [Function(nameof(GetPersonalDataAudit))]
    public Task<IActionResult> GetPersonalDataAudit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit/personal-data")] HttpRequest request) =>
        api.InvokeAsync(nameof(GetPersonalDataAudit), request.HttpContext).Written();

    [Function(nameof(GetFaultedCourses))]
    public Task<IActionResult> GetFaultedCourses([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "operations/faulted")] HttpRequest request) =>
        api.InvokeAsync(nameof(GetFaultedCourses), request.HttpContext).Written();

    [Function(nameof(RetryFaultedCourses))]
    public Task<IActionResult> RetryFaultedCourses([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "operations/faulted/retry")] HttpRequest request) =>
        api.InvokeAsync(nameof(RetryFaultedCourses), request.HttpContext).Written();

    [Function(nameof(GetTaskHubHealth))]
    public Task<IActionResult> GetTaskHubHealth([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "operations/health")] HttpRequest request) =>
        api.InvokeAsync(nameof(GetTaskHubHealth), request.HttpContext).Written();
}
