using System.Text.Json;
using Genoptraening.Workflows.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Api.Http;

/// <summary>Parses a JSON request body into an object, or says why not (as a field error on <c>body</c>).</summary>
public static class JsonBody
{
    private static readonly string[] JsonOnly = [RequestBody.Json];

    /// <summary>
    /// Reads a JSON request body within the size limit: the problem to answer with (413, 415), or the
    /// parsed object, which is null (with an error on <c>body</c>) when the body is not a JSON object.
    /// </summary>
    public static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadObjectAsync(
        HttpRequest request, bool allowEmpty, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var (bytes, _, problem) = await RequestBody.ReadAsync(request, JsonOnly, allowEmpty, cancellationToken).ConfigureAwait(false);
        return problem is not null ? (null, problem) : (Parse(bytes, errors), null);
    }

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
