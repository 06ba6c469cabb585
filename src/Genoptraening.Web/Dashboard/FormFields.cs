using System.Globalization;
using Genoptraening.Domain.Calendar;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// An event's fields as the course page's form sends them (text, trimmed; empty is not given), read with the
/// API's rules and messages: dates and times as a Dane writes them (<see cref="DanishDates"/>), <c>at</c> in Danish
/// time, flags <c>true</c>/<c>false</c>. The page's fields are plain text,
/// so the browser's language never decides the order of day and month. Only the fields the chosen event takes are read.
/// </summary>
internal sealed class FormFields(IReadOnlyDictionary<string, string> typed, IReadOnlyCollection<string> eventFields) : IFieldSource
{
    public List<FieldError> Errors { get; } = [];

    public string? Text(string name, bool required = false) => Value(name, required);

    public bool? Bool(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        var text when bool.TryParse(text, out var flag) => flag,
        _ => Failed<bool>(name, FieldProblem.NotTrueOrFalse, "expected true or false"),
    };

    public int? WholeNumber(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        _ => Failed<int>(name, FieldProblem.NotAWholeNumber, "expected a whole number"),
    };

    public Instant? Instant(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        var text when DanishDates.LocalTimeOf(text) is { } local => local.InZoneLeniently(Copenhagen.Zone).ToInstant(),
        _ => Failed<Instant>(name, FieldProblem.NotAnInstant, "expected a Danish time as dd-MM-yyyy HH:mm"),
    };

    public LocalDate? Date(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        var text when DanishDates.DateOf(text) is { } date => date,
        _ => Failed<LocalDate>(name, FieldProblem.NotADate, "expected a date as dd-MM-yyyy"),
    };

    public void Fail(string name, FieldProblem problem, string message) => Errors.Add(new FieldError(name, problem, message));

    private string? Value(string name, bool required)
    {
        if ((name == "at" || eventFields.Contains(name)) && typed.GetValueOrDefault(name) is { Length: > 0 } text)
        {
            return text;
        }

        if (required)
        {
            Fail(name, FieldProblem.Required, "is required");
        }

        return null;
    }

    private T? Failed<T>(string name, FieldProblem problem, string message)
        where T : struct
    {
        Fail(name, problem, message);
        return null;
    }
}
