using Genoptraening.Web.Http;
using Genoptraening.Workflows.Operations;
using Genoptraening.Workflows.Storage.Azure;

namespace Genoptraening.Web.Endpoints;

/// <summary>
/// Live (the process answers; restart it when not) and ready (the storage account answers and the task hub is started; send it
/// no traffic when not), the same in both hosts: <c>/healthz/live</c> and <c>/healthz</c> on the local host, <c>/api/healthz/live</c>
/// and <c>/api/healthz</c> in the Functions app, where the infra's availability test calls the latter. Anonymous: they say nothing more.
/// </summary>
public static class HealthChecks
{
    public static Health Live { get; } = new("live", "azure-storage", null, null, null);

    /// <summary>200 and <c>healthy</c> when ready, else 503 and <c>unhealthy</c> naming what is not.</summary>
    public static async Task<(int Status, Health Answer)> ReadyAsync(
        AzureCourseStores stores, TaskHubReadiness taskHub, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(taskHub);
        try
        {
            await stores.PingAsync(cancellationToken);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            // The reason goes to the log, not to an anonymous caller.
            Log.StorageUnreachable(logger, e);
            return (StatusCodes.Status503ServiceUnavailable, new("unhealthy", "azure-storage", "unreachable", null, "the storage account does not answer"));
        }

        bool started;
        try
        {
            started = await taskHub.IsStartedAsync(cancellationToken);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            Log.StorageUnreachable(logger, e);
            return (StatusCodes.Status503ServiceUnavailable, new("unhealthy", "azure-storage", "reachable", "unknown", "the task hub's queues do not answer"));
        }

        return started
            ? (StatusCodes.Status200OK, new("healthy", "azure-storage", "reachable", "started", null))
            : (StatusCodes.Status503ServiceUnavailable, new("unhealthy", "azure-storage", "reachable", "stopped",
                "the task hub is not started (the local host: its worker does not run; the Functions app: its queues do not exist)"));
    }

    /// <summary>The health answer.</summary>
    /// <param name="Status"><c>live</c>, <c>healthy</c> or <c>unhealthy</c>.</param>
    /// <param name="Store">Where the courses are kept.</param>
    /// <param name="Storage"><c>reachable</c> or <c>unreachable</c>; null in the live answer.</param>
    /// <param name="TaskHub"><c>started</c>, <c>stopped</c> or <c>unknown</c>; null when not checked.</param>
    /// <param name="Error">What is not ready.</param>
    public sealed record Health(string Status, string Store, string? Storage, string? TaskHub, string? Error);
}
