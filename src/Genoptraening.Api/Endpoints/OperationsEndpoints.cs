using Genoptraening.Api.Engine;
using Genoptraening.Api.Extensions;
using Genoptraening.Api.Http;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Runtime;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Genoptraening.Api.Endpoints;

/// <summary>Health, and in Development with <c>Clock:Mode=Virtual</c> the clock that skips time.</summary>
public static class OperationsEndpoints
{
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", HealthAsync).AllowAnonymous().WithTags("Operations").WithSummary("Reports whether the database answers.");
        if (app.ServiceProvider.GetRequiredService<IOptions<ClockOptions>>().Value.IsVirtual)
        {
            app.MapPost("/api/dev/clock", AdvanceClockAsync).RequireAuthorization(SecurityServices.Administrators).WithTags("Development")
                .WithSummary("Move the virtual clock forward; answers when every timer due by then has fired, in due order.");
        }

        return app;
    }

    /// <summary>True while a timer due by then is leased by a background worker still taking its step.</summary>
    private static async Task<bool> TimersStillDueAsync(ICourseStore store, NodaTime.Instant target, CancellationToken cancellationToken)
    {
        if (await store.NextTimerDueAsync(cancellationToken) is not { } next || next > target)
        {
            return false;
        }

        await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        return true;
    }

    private static async Task<Results<Ok<Health>, JsonHttpResult<Health>>> HealthAsync(
        ICourseStore store, IOptions<StoreOptions> options, CancellationToken cancellationToken)
    {
        try
        {
            await store.PingAsync(cancellationToken);
            return TypedResults.Ok(new Health("healthy", options.Value.Provider, null));
        }
        catch (System.Data.Common.DbException)
        {
            // The reason goes to the log, not to an anonymous caller.
            return TypedResults.Json(new Health("unhealthy", options.Value.Provider, "the database does not answer"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<Results<Ok<ClockState>, ValidationProblem>> AdvanceClockAsync(
        ClockAdvance? body, VirtualClock clock, TimerWorker worker, ICourseStore store, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        if (body?.AdvanceTo is null || !WireTime.TryParseInstant(body.AdvanceTo, out var target))
        {
            return Problems.Invalid("advanceTo", "expected an instant in ISO 8601 with an offset, e.g. 2026-05-20T00:00:00+02:00");
        }

        if (target < clock.GetCurrentInstant())
        {
            return Problems.Invalid("advanceTo", $"the clock stands at {WireTime.Format(clock.GetCurrentInstant())} and only moves forward");
        }

        clock.AdvanceTo(target);
        var fired = 0;
        do
        {
            fired += await worker.FireDueAsync(target, cancellationToken);
        }
        while (await TimersStillDueAsync(store, target, cancellationToken));

        var logger = logs.CreateLogger(nameof(OperationsEndpoints));
        Log.ClockAdvanced(logger, target, fired);
        return TypedResults.Ok(new ClockState(WireTime.Format(target), fired));
    }
}
