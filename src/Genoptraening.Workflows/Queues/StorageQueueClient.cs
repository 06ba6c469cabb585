using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using System.Xml.Linq;
using NodaTime;

namespace Genoptraening.Workflows.Queues;

/// <summary>
/// Azure Queue Storage over its REST API (the SDK cannot be restored here): create a queue, put,
/// peek, get and delete messages, count them. Shared Key, SAS or managed identity (Entra ID token)
/// authentication; server errors, throttling and timeouts are retried with exponential backoff.
/// </summary>
/// <param name="http">The HTTP client (its timeout bounds the whole call; each attempt has its own).</param>
/// <param name="account">The account and its queue endpoint.</param>
/// <param name="wallClock">The real clock: requests are dated, and the service refuses dates far off its own.</param>
/// <param name="attempts">Tries per call; between them the wait doubles from 200 ms.</param>
public sealed class StorageQueueClient(HttpClient http, StorageAccount account, IClock wallClock, int attempts = 5)
{
    private const string ApiVersion = "2021-08-06";
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(200);
    private readonly ManagedIdentityTokens? tokens = account.ManagedIdentityClientId is { } clientId ? new ManagedIdentityTokens(http, clientId, wallClock) : null;

    /// <summary>Creates the queue; an existing queue is fine.</summary>
    public async Task CreateQueueAsync(string queue, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Put, queue, null, null, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, HttpStatusCode.Created, HttpStatusCode.NoContent).ConfigureAwait(false);
    }

    /// <summary>Puts a message; it becomes visible after <paramref name="visibilityTimeout"/> and lives <paramref name="timeToLive"/> (null: forever).</summary>
    public async Task PutMessageAsync(string queue, string messageText, Duration? visibilityTimeout = null, Duration? timeToLive = null, CancellationToken cancellationToken = default)
    {
        var query = $"visibilitytimeout={Seconds(visibilityTimeout ?? Duration.Zero)}&messagettl={(timeToLive is { } ttl ? Seconds(ttl) : "-1")}";
        var body = $"<QueueMessage><MessageText>{SecurityElement.Escape(messageText)}</MessageText></QueueMessage>";
        using var response = await SendAsync(HttpMethod.Post, $"{queue}/messages", query, body, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, HttpStatusCode.Created).ConfigureAwait(false);
    }

    /// <summary>Up to <paramref name="max"/> (1–32) messages from the front of the queue, left visible.</summary>
    public async Task<IReadOnlyList<QueueMessage>> PeekMessagesAsync(string queue, int max = 32, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{queue}/messages", $"peekonly=true&numofmessages={max}", null, cancellationToken).ConfigureAwait(false);
        return await ReadMessagesAsync(response).ConfigureAwait(false);
    }

    /// <summary>Receives up to <paramref name="max"/> (1–32) messages, hidden for <paramref name="visibilityTimeout"/> until deleted.</summary>
    public async Task<IReadOnlyList<QueueMessage>> GetMessagesAsync(string queue, int max, Duration visibilityTimeout, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{queue}/messages", $"numofmessages={max}&visibilitytimeout={Seconds(visibilityTimeout)}", null, cancellationToken)
            .ConfigureAwait(false);
        return await ReadMessagesAsync(response).ConfigureAwait(false);
    }

    /// <summary>The queue's approximate number of messages, hidden ones included (Get Queue Metadata).</summary>
    public async Task<long> ApproximateMessageCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, queue, "comp=metadata", null, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, HttpStatusCode.OK).ConfigureAwait(false);
        return long.Parse(response.Headers.GetValues("x-ms-approximate-messages-count").Single(), CultureInfo.InvariantCulture);
    }

    public async Task DeleteMessageAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"{queue}/messages/{Uri.EscapeDataString(messageId)}", $"popreceipt={Uri.EscapeDataString(popReceipt)}", null, cancellationToken)
            .ConfigureAwait(false);
        await EnsureAsync(response, HttpStatusCode.NoContent).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? query, string? body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = Build(method, path, query, body);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AttemptTimeout);
            try
            {
                if (tokens is not null)
                {
                    // Inside the attempt: an identity endpoint that does not answer is retried like the queue service.
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await tokens.TokenAsync(timeout.Token).ConfigureAwait(false));
                }

                var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode) || attempt == attempts)
                {
                    return response;
                }

                response.Dispose();
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or OperationCanceledException)
            {
                // Connection refused, reset or timed out: the service may be restarting.
                if (attempt == attempts)
                {
                    throw new TimeoutException($"The queue service did not answer in {attempts} attempts: {e.Message}", e);
                }
            }

            await Task.Delay(FirstBackoff * Math.Pow(2, attempt - 1), cancellationToken).ConfigureAwait(false);
        }
    }

    private HttpRequestMessage Build(HttpMethod method, string path, string? query, string? body)
    {
        var sas = account.SasToken;
        var fullQuery = string.Join("&", new[] { query, sas }.Where(q => !string.IsNullOrEmpty(q)));
        var uri = new Uri($"{account.QueueEndpoint.AbsoluteUri.TrimEnd('/')}/{path}{(fullQuery.Length > 0 ? "?" + fullQuery : string.Empty)}");
        var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/xml");
        }

        request.Headers.Add("x-ms-date", wallClock.GetCurrentInstant().ToDateTimeUtc().ToString("R", CultureInfo.InvariantCulture));
        request.Headers.Add("x-ms-version", ApiVersion);
        if (account.Key is { } key && sas is null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", SharedKeySigner.Authorization(request, account.Name, key));
        }

        return request;
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static async Task EnsureAsync(HttpResponseMessage response, params HttpStatusCode[] expected)
    {
        if (!expected.Contains(response.StatusCode))
        {
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            var code = response.Headers.TryGetValues("x-ms-error-code", out var values) ? values.FirstOrDefault() : null;
            throw new QueueRequestException(response.StatusCode, code, text.Length > 500 ? text[..500] : text);
        }
    }

    private static async Task<IReadOnlyList<QueueMessage>> ReadMessagesAsync(HttpResponseMessage response)
    {
        await EnsureAsync(response, HttpStatusCode.OK).ConfigureAwait(false);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return [.. document.Root!.Elements("QueueMessage").Select(m => new QueueMessage(
            m.Element("MessageId")!.Value,
            m.Element("MessageText")?.Value ?? string.Empty,
            int.Parse(m.Element("DequeueCount")?.Value ?? "0", CultureInfo.InvariantCulture),
            m.Element("InsertionTime") is { } inserted ? Instant.FromDateTimeOffset(DateTimeOffset.Parse(inserted.Value, CultureInfo.InvariantCulture)) : null,
            m.Element("PopReceipt")?.Value))];
    }

    private static string Seconds(Duration duration) => ((long)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
