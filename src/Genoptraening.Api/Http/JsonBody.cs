using System.Text.Json;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Api.Http;

/// <summary>Parses a JSON request body into an object, or says why not (as a field error on <c>body</c>).</summary>
public static class JsonBody
{
    public static JsonDocument? Parse(byte[] bytes, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (bytes is null || bytes.Length == 0)
        {
            return JsonDocument.Parse("{}");
        }

        try
        {
            var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            errors.Add(new FieldError("body", "expected a JSON object"));
        }
        catch (JsonException e)
        {
            errors.Add(new FieldError("body", $"malformed JSON: {e.Message}"));
        }

        return null;
    }
}
