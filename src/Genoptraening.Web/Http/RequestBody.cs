using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Web.Http;

/// <summary>Reads a request body within the size limit and checks its content type (413 and 415 otherwise).</summary>
public static class RequestBody
{
    public const int MaxBytes = 256 * 1024;

    public const string Json = "application/json";

    /// <summary>The body's bytes and media type, or the problem to answer with. An empty body is allowed when <paramref name="allowEmpty"/>.</summary>
    public static async Task<(byte[] Bytes, string? MediaType, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, IReadOnlyCollection<string> mediaTypes, bool allowEmpty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return ([], null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return ([], null, TooLarge());
            }
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (buffer.Length == 0 && allowEmpty && mediaType is null)
        {
            return ([], null, null);
        }

        if (mediaType is null || !mediaTypes.Contains(mediaType))
        {
            return ([], mediaType, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: $"Send {string.Join(" or ", mediaTypes)}; got {mediaType ?? "no Content-Type"}."));
        }

        return (buffer.ToArray(), mediaType, null);
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The body may be at most {MaxBytes / 1024} KiB.");
}
