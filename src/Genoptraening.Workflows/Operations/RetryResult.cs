namespace Genoptraening.Workflows.Operations;

/// <summary>What one retry did, as far as the course had got when the answer was given.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Result">One of the constants below.</param>
/// <param name="Step">The course's last step taken when answered.</param>
/// <param name="Error">The error when faulted again.</param>
public sealed record RetryResult(Guid CourseId, string Result, int Step, string? Error)
{
    /// <summary>The step succeeded: the course goes on, and has left the list.</summary>
    public const string Recovered = "recovered";

    /// <summary>The step failed every attempt again.</summary>
    public const string FaultedAgain = "faultedAgain";

    /// <summary>Still between attempts when the answer was given (or already trying by itself): look again in a minute.</summary>
    public const string Retrying = "retrying";

    /// <summary>The course ended (terminated, purged) before its step was taken again.</summary>
    public const string Ended = "ended";
}
