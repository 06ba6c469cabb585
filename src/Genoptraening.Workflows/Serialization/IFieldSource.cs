using NodaTime;

namespace Genoptraening.Workflows.Serialization;

/// <summary>
/// Typed fields of some input (a JSON body, a dashboard form), each bad one collected as a <see cref="FieldError"/>:
/// what an event's fields are read from, so the API and the dashboard read events with the same code.
/// </summary>
public interface IFieldSource
{
    List<FieldError> Errors { get; }

    string? Text(string name, bool required = false);

    bool? Bool(string name, bool required = false);

    int? WholeNumber(string name, bool required = false);

    Instant? Instant(string name, bool required = false);

    LocalDate? Date(string name, bool required = false);

    void Fail(string name, FieldProblem problem, string message);
}
