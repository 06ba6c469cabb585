using System.ComponentModel.DataAnnotations;

namespace Genoptraening.Api.Engine;

/// <summary>The <c>Clock</c> section: <c>Mode</c> is <c>System</c> or <c>Virtual</c> (Development only); <c>Start</c> the virtual clock's first instant.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    [RegularExpression("^(System|Virtual)$", ErrorMessage = "Clock:Mode must be System or Virtual.")]
    public string Mode { get; set; } = "System";

    /// <summary>ISO 8601 with offset; empty for the present.</summary>
    public string Start { get; set; } = string.Empty;

    public bool IsVirtual => Mode == "Virtual";
}
