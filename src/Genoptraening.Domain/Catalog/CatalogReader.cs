using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Domain.Catalog;

/// <summary>Reads fields of a catalog file's JSON, recording a <see cref="CatalogError"/> for each mistake.</summary>
internal sealed class CatalogReader(string file, List<CatalogError> errors)
{
    /// <summary>The standard being read, named in every error; null at file level.</summary>
    public string? Standard { get; set; }

    public int ErrorCount => errors.Count;

    public void Error(string field, string message) => errors.Add(new CatalogError(file, Standard, field, message));

    /// <summary>Checks that the element is an object with no fields beyond <paramref name="known"/>.</summary>
    public bool IsObject(JsonElement element, string path, params string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path.Length == 0 ? "(root)" : path, $"expected an object, found {Describe(element)}");
            return false;
        }

        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            Error(Join(path, property.Name), $"unknown field; expected one of: {string.Join(", ", known)}");
        }

        return true;
    }

    public JsonElement? Field(JsonElement obj, string path, string name, bool required)
    {
        if (obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Error(Join(path, name), "missing");
        }

        return null;
    }

    public string? String(JsonElement obj, string path, string name, bool required = true)
    {
        var value = Field(obj, path, name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.String && value.Value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        Error(Join(path, name), $"expected a non-empty string, found {Describe(value.Value)}");
        return null;
    }

    public int? Int(JsonElement obj, string path, string name, bool required = true, int min = int.MinValue)
    {
        var value = Field(obj, path, name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt32(out var number))
        {
            Error(Join(path, name), $"expected a whole number, found {Describe(value.Value)}");
            return null;
        }

        if (number < min)
        {
            Error(Join(path, name), number < 0 ? $"must not be negative (found {number})" : $"must be at least {min} (found {number})");
            return null;
        }

        return number;
    }

    public decimal? Decimal(JsonElement obj, string path, string name)
    {
        var value = Field(obj, path, name, required: true);
        if (value is { ValueKind: JsonValueKind.Number } number && number.TryGetDecimal(out var result))
        {
            return result;
        }

        if (value is not null)
        {
            Error(Join(path, name), $"expected a number, found {Describe(value.Value)}");
        }

        return null;
    }

    public bool? Bool(JsonElement obj, string path, string name)
    {
        var value = Field(obj, path, name, required: false);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.Value.GetBoolean();
        }

        Error(Join(path, name), $"expected true or false, found {Describe(value.Value)}");
        return null;
    }

    public LocalDate? Date(JsonElement obj, string path, string name)
    {
        var text = String(obj, path, name);
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Error(Join(path, name), $"expected a date as yyyy-MM-dd, found '{text}'");
        return null;
    }

    /// <summary>The items of an array field with their paths; an empty list when missing or not an array.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> Array(JsonElement obj, string path, string name, bool required = true)
    {
        var value = Field(obj, path, name, required);
        if (value is null)
        {
            return [];
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            Error(Join(path, name), $"expected an array, found {Describe(value.Value)}");
            return [];
        }

        var prefix = Join(path, name);
        return [.. value.Value.EnumerateArray().Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]")))];
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"\"{element.GetString()}\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
