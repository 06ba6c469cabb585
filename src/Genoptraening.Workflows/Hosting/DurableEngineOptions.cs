using NodaTime;

namespace Genoptraening.Workflows.Hosting;

/// <summary>Where the durable engine keeps everything, and which clock it runs on.</summary>
public sealed record DurableEngineOptions
{
    /// <summary>The storage account of the task hub, the course tables and the queues.</summary>
    public required string ConnectionString { get; init; }

    public TaskHubSettings TaskHub { get; init; } = new();

    /// <summary>Set: the development clock, starting there (or where a previous host left it).</summary>
    public Instant? VirtualClockStart { get; init; }

    /// <summary>Put before every table's name; empty in the product, set by tests sharing one account.</summary>
    public string TablePrefix { get; init; } = "";
}
