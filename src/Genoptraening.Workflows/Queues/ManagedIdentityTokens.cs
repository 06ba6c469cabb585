using System.Net.Http.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Genoptraening.Workflows.Queues;

/// <summary>
/// Entra ID tokens for Azure Storage from the managed identity endpoint that Azure Container Apps and
/// App Service provide (<c>IDENTITY_ENDPOINT</c>, <c>IDENTITY_HEADER</c>), kept until five minutes before they expire.
/// </summary>
public sealed class ManagedIdentityTokens(HttpClient http, string clientId, IClock wallClock)
{
    private const string Resource = "https://storage.azure.com/";
    // Two callers may both fetch when the token is due for renewal; that is harmless.
    private volatile Holder? current;

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (current is { } cached && wallClock.GetCurrentInstant() < cached.RenewAt)
        {
            return cached.Token;
        }

        var endpoint = Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT")
            ?? throw new InvalidOperationException("ManagedIdentityClientId needs IDENTITY_ENDPOINT: run in Azure Container Apps or App Service.");
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{endpoint}?resource={Uri.EscapeDataString(Resource)}&api-version=2019-08-01&client_id={Uri.EscapeDataString(clientId)}");
        request.Headers.Add("X-IDENTITY-HEADER", Environment.GetEnvironmentVariable("IDENTITY_HEADER"));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The identity endpoint answered without a token.");
        var expires = Instant.FromUnixTimeSeconds(long.Parse(token.ExpiresOn, System.Globalization.CultureInfo.InvariantCulture));
        current = new Holder(token.AccessToken, expires - Duration.FromMinutes(5));
        return token.AccessToken;
    }

    private sealed record Holder(string Token, Instant RenewAt);

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken, [property: JsonPropertyName("expires_on")] string ExpiresOn);
}
