using Genoptraening.Web.Endpoints;
using Genoptraening.Workflows.Operations;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Genoptraening.Functions;

/// <summary>
/// The app's live and ready checks (<see cref="HealthChecks"/>), anonymous like the local host's: <c>/api/healthz/live</c>, and
/// <c>/api/healthz</c>, which the infra's availability test calls (infra/monitoring.tf).
/// </summary>
public sealed class HealthTriggers(AzureCourseStores stores, TaskHubReadiness taskHub, ILogger<HealthTriggers> logger)
{
    [Function("Ready")]
    public async Task<IActionResult> Ready([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "healthz")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (status, answer) = await HealthChecks.ReadyAsync(stores, taskHub, logger, request.HttpContext.RequestAborted);
        return new ObjectResult(answer) { StatusCode = status };
    }

    [Function("Live")]
    public static IActionResult Live([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "healthz/live")] HttpRequest request) => new OkObjectResult(HealthChecks.Live);
}
