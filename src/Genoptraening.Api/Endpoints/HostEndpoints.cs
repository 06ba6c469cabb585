using Genoptraening.Api.Engine;
using Genoptraening.Web.Endpoints;
using Genoptraening.Web.Http;
using Genoptraening.Web.Intake;
using Genoptraening.Web.Security;
using Genoptraening.Workflows.Operations;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Genoptraening.Api.Endpoints;

/// <summary>Health (live and ready), and in Development with <c>Clock:Mode=Virtual</c> the clock that skips time.</summary>
public static class HostEndpoints
{
    /// <summary>How long a move of the clock waits for the steps it woke before it gives up answering.</summary>
    private static readonly TimeSpan StepsPatience = TimeSpan.FromMinutes(2);

    /// <summary>This host's own: the development clock does not exist in Azure (contracts/functions-app.md).</summary>
    private static readonly ApiRoute DevelopmentClock = new("AdvanceClock", "POST", "dev/clock", ApiAccess.Administrators, AdvanceClockAsync, b => b
        .WithTags("Development")
        .WithSummary("Move the virtual clock forward; answers when every timer due by then has fired and its course has taken the step, in due order.")
        .Accepts<ClockAdvance>(RequestBody.Json)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType));

    public static IEndpointRouteBuilder MapHostEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", ReadyAsync).AllowAnonymous().WithTags("Operations")
            .WithSummary("Ready: 200 when the storage account answers and the task hub's worker is started, else 503 naming what is not.");
        app.MapGet("/healthz/live", () => TypedResults.Ok(HealthChecks.Live)).AllowAnonymous().WithTags("Operations")
            .WithSummary("Live: 200 while the process answers, whatever its dependencies do.");
        if (app.ServiceProvider.GetRequiredService<IOptions<ClockOptions>>().Value.IsVirtual)
        {
            app.MapApiRoute(DevelopmentClock);
        }

        return app;
    }

    private static async Task<JsonHttpResult<HealthChecks.Health>> ReadyAsync(
        AzureCourseStores stores, TaskHubReadiness taskHub, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var (status, answer) = await HealthChecks.ReadyAsync(stores, taskHub, logs.CreateLogger("Health"), cancellationToken);
        return TypedResults.Json(answer, statusCode: status);
    }

    private static async Task<Results<Ok<ClockState>, ValidationProblem, ProblemHttpResult>> AdvanceClockAsync(
        HttpRequest request, TimeSkippingOrchestrationService timeSkipping, ILogger<ClockState> logger, CancellationToken cancellationToken)
    {
        // The body is read here, not bound, so that a malformed one is a 400 naming the field.
        var errors = new List<FieldError>();
        var (body, problem) = await JsonBody.ReadObjectAsync(request, allowEmpty: true, errors, cancellationToken);
        using var document = body;
        if (problem is not null)
        {
            return problem;
        }

        var clock = timeSkipping.Clock;
        var advanceTo = document is null ? null : new JsonFieldReader(document.RootElement, string.Empty, errors).Instant("advanceTo", required: true);
        if (advanceTo is not { } target || !InputRules.InCalendar("advanceTo", target, errors))
        {
            return Problems.Invalid(errors);
        }

        if (Domain.Calendar.Copenhagen.DateOf(target).Year >= Domain.Calendar.WorkingDayCalendar.LastYear)
        {
            return Problems.Invalid("advanceTo", $"the clock goes no further than {Domain.Calendar.WorkingDayCalendar.LastYear - 1}: "
                + "the deadlines of a course received later would fall past the working-day calendar");
        }

        if (target < clock.GetCurrentInstant())
        {
            return Problems.Invalid("advanceTo", $"the clock stands at {WireTime.Format(clock.GetCurrentInstant())} and only moves forward");
        }

        var firedBefore = timeSkipping.ReleasedTimerCount;
        await timeSkipping.AdvanceToAsync(target);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(StepsPatience);
        try
        {
            await timeSkipping.WaitForIdleAsync(patience.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Problems.Unavailable($"The clock stands at {WireTime.Format(target)}, but the steps it woke have not all finished within {StepsPatience.TotalMinutes} minutes.");
        }

        var fired = (int)(timeSkipping.ReleasedTimerCount - firedBefore);
        Log.ClockAdvanced(logger, target, fired);
        return TypedResults.Ok(new ClockState(WireTime.Format(target), fired));
    }
}
