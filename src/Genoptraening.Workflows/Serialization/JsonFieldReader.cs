using System.Text.Json;
using NodaTime;

namespace Genoptraening.Workflows.Serialization;

/// <summary>Reads typed fields from a JSON object, collecting a <see cref="FieldError"/> for each bad one.</summary>
public sealed class JsonFieldReader(JsonElement obj, string prefix, List<FieldError> errors) : IFieldSource
{
    public List<FieldError> Errors => errors;

    public string Path(string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";

    public JsonElement? Value(string name, bool required)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Fail(name, FieldProblem.Required, "is required");
        }

        return null;
    }

    public string? Text(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        _ => Fail<string>(name, FieldProblem.NotAString, "expected a string"),
    };

    public bool? Bool(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => FailStruct<bool>(name, FieldProblem.NotTrueOrFalse, "expected true or false"),
    };

    public int? WholeNumber(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var n) => n,
        _ => FailStruct<int>(name, FieldProblem.NotAWholeNumber, "expected a whole number"),
    };

    public Instant? Instant(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v when WireTime.TryParseInstant(v.GetString(), out var instant) => instant,
        _ => FailStruct<Instant>(name, FieldProblem.NotAnInstant, "expected an instant in ISO 8601 with an offset, e.g. 2026-05-08T10:00:00+02:00"),
    };

    public LocalDate? Date(string name, bool required = false) => Value(name, required) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v when WireTime.TryParseDate(v.GetString(), out var date) => date,
        _ => FailStruct<LocalDate>(name, FieldProblem.NotADate, "expected a date as yyyy-MM-dd"),
    };

    public void Fail(string name, string message) => Fail(name, FieldProblem.Other, message);

    public void Fail(string name, FieldProblem problem, string message) => errors.Add(new FieldError(Path(name), problem, message));

    private T? Fail<T>(string name, FieldProblem problem, string message)
        where T : class
    {
        Fail(name, problem, message);
        return null;
    }

    private T? FailStruct<T>(string name, FieldProblem problem, string message)
        where T : struct
    {
        Fail(name, problem, message);
        return null;
    }
}
