namespace Genoptraening.Web.Intake;

/// <summary>
/// What a plan sent under a sender and plan id already used means (RULES.md § 9): JSON's <c>"status"</c>, GGOP XML's
/// <c>Letter/StatusCode</c>.
/// </summary>
public enum PlanStatus
{
    /// <summary><c>new</c> (the default), <c>nytbrev</c>: a plan; again with the same content it is the same course.</summary>
    New,

    /// <summary><c>corrected</c>, <c>rettetbrev</c>: the corrected plan replaces the course's plan.</summary>
    Corrected,

    /// <summary><c>cancelled</c>, <c>annulleretbrev</c>: the course ends withdrawn.</summary>
    Cancelled,
}

/// <summary>The statuses' names in JSON and in GGOP XML.</summary>
public static class PlanStatuses
{
    public const string Expected = "expected new, corrected or cancelled";

    public const string ExpectedInGgop = "expected nytbrev, rettetbrev or annulleretbrev";

    public static PlanStatus? FromJson(string? name) => name switch
    {
        null or "new" => PlanStatus.New,
        "corrected" => PlanStatus.Corrected,
        "cancelled" => PlanStatus.Cancelled,
        _ => null,
    };

    public static PlanStatus? FromGgop(string? code) => code?.ToUpperInvariant() switch
    {
        null or "NYTBREV" => PlanStatus.New,
        "RETTETBREV" => PlanStatus.Corrected,
        "ANNULLERETBREV" => PlanStatus.Cancelled,
        _ => null,
    };
}
