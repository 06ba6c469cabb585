using System.Globalization;
using Genoptraening.Domain.Calendar;
using Genoptraening.Workflows.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// An event's fields as the course page's form sends them (text, trimmed; empty is not given), read with the
/// API's rules and messages: <c>at</c> is Danish time (<c>2026-05-11T09:30</c>), flags are <c>true</c>/<c>false</c>.
/// Only the fields the chosen event takes are read; the form's others are ignored.
/// </summary>
internal sealed class FormFields(IReadOnlyDictionary<string, string> typed, IReadOnlyCollection<string> eventFields) : IFieldSource
{
    private static readonly LocalDateTimePattern LocalTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

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
        var text when LocalTime.Parse(text) is { Success: true } local => local.Value.InZoneLeniently(Copenhagen.Zone).ToInstant(),
        _ => Failed<Instant>(name, FieldProblem.NotAnInstant, "expected a Danish time as yyyy-MM-ddTHH:mm"),
    };

    public LocalDate? Date(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        var text when WireTime.TryParseDate(text, out var date) => date,
        _ => Failed<LocalDate>(name, FieldProblem.NotADate, "expected a date as yyyy-MM-dd"),
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
