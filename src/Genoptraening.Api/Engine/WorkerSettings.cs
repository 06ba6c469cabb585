using System.ComponentModel.DataAnnotations;

namespace Genoptraening.Api.Engine;

/// <summary>The <c>Workers</c> section: whether this instance fires timers, and how.</summary>
public sealed class WorkerSettings
{
    public const string Section = "Workers";

    /// <summary>False for an API-only instance; another instance (or <c>genoptraening worker</c>) fires the timers.</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    [Range(1, 3_600)]
    public int LeaseSeconds { get; set; } = 30;
}
