namespace Genoptraening.Workflows.Serialization;

/// <summary>A problem with one field of some input, e.g. <c>events[2].startDate</c>: expected a date.</summary>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
