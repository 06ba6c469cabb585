namespace Genoptraening.Web.Endpoints;

/// <summary>The answer to a purge, as Durable Functions gives it.</summary>
public sealed record PurgeResult(int InstancesDeleted);
