namespace Genoptraening.Workflows.Serialization;

/// <summary>
/// A problem with one field of some input, e.g. <c>events[2].startDate</c>: expected a date. The message is
/// the API's English; <see cref="Problem"/> (with <see cref="Argument"/>) is what other texts are looked up by.
/// </summary>
public sealed record FieldError(string Field, string Message)
{
    public FieldError(string field, FieldProblem problem, string message, string? argument = null)
        : this(field, message)
    {
        Problem = problem;
        Argument = argument;
    }

    public FieldProblem Problem { get; init; } = FieldProblem.Other;

    /// <summary>What the problem's text needs beside the field: the maximum length of <see cref="FieldProblem.TooLong"/>.</summary>
    public string? Argument { get; init; }

    public override string ToString() => $"{Field}: {Message}";
}
