using System.Text.Json;
using Genoptraening.Workflows.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Web.Http;

/// <summary>Parses a JSON request body into an object, or says why not (as a field error on <c>body</c> or on the field at fault).</summary>
public static class JsonBody
{
    private const string NotText = "is not Unicode text (a lone surrogate escape such as \\ud800, or bytes that are not UTF-8)";

    private static readonly string[] JsonOnly = [RequestBody.Json];

    /// <summary>A property given twice is refused: which of the two counts would be a guess.</summary>
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    /// <summary>
    /// Reads a JSON request body within the size limit: the problem to answer with (413, 415), or the
    /// parsed object, which is null (with an error) when the body is not a JSON object (<see cref="Parse"/>).
    /// </summary>
    public static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadObjectAsync(
        HttpRequest request, bool allowEmpty, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var (bytes, _, problem) = await RequestBody.ReadAsync(request, JsonOnly, allowEmpty, cancellationToken).ConfigureAwait(false);
        return problem is not null ? (null, problem) : (Parse(bytes, errors), null);
    }

    /// <summary>
    /// The body as a JSON object whose every string and property name is Unicode text; else null and
    /// the error: malformed JSON, not an object, a property given twice, a property name that is not
    /// text (on <c>body</c>), or a string that is not text, such as a lone surrogate escape
    /// (<c>"\ud800"</c>) or bytes that are not UTF-8 (on the field that holds it, e.g. <c>planId</c>).
    /// </summary>
    public static JsonDocument? Parse(byte[] bytes, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (bytes is null || bytes.Length == 0)
        {
            return JsonDocument.Parse("{}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            errors.Add(new FieldError("body", $"malformed JSON: {e.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // The check for properties given twice decodes escaped property names.
            errors.Add(new FieldError("body", $"holds a property name that {NotText}"));
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("body", "expected a JSON object"));
        }
        else if (FirstNotText(document.RootElement, string.Empty) is { } error)
        {
            errors.Add(error);
        }
        else
        {
            return document;
        }

        document.Dispose();
        return null;
    }

    /// <summary>
    /// The first string that cannot be read as text, on its path (e.g. <c>x.y[2]</c>), or the first
    /// property name that cannot, on the object holding it (<c>body</c> at the top); null when all can.
    /// </summary>
    private static FieldError? FirstNotText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsText(element.GetString) ? null : new FieldError(path, NotText);
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsText(() => property.Name))
                    {
                        return new FieldError(path.Length == 0 ? "body" : path, $"holds a property name that {NotText}");
                    }

                    if (FirstNotText(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstNotText(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The parser keeps a string's bytes as they came; decoding them is where a lone surrogate or a byte that is not UTF-8 shows.</summary>
    private static bool IsText(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
