namespace Genoptraening.Workflows.Queues;

/// <summary>
/// An Azure Storage account as a connection string names it: <c>UseDevelopmentStorage=true</c> (Azurite's
/// well-known account), or <c>AccountName</c>/<c>AccountKey</c> (Shared Key), <c>SharedAccessSignature</c>
/// (SAS) or <c>ManagedIdentityClientId</c> (Entra ID tokens of a user-assigned identity, in Azure), with an
/// explicit <c>QueueEndpoint</c> or one built from the protocol and endpoint suffix.
/// </summary>
public sealed record StorageAccount(string Name, byte[]? Key, string? SasToken, Uri QueueEndpoint)
{
    /// <summary>The client id of the user-assigned managed identity whose tokens authorize requests.</summary>
    public string? ManagedIdentityClientId { get; init; }

    /// <summary>Azurite's and the Storage Emulator's published development account.</summary>
    public const string DevelopmentAccount = "devstoreaccount1";

    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static StorageAccount Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var settings = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (settings.TryGetValue("UseDevelopmentStorage", out var development) && development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            var proxy = settings.TryGetValue("DevelopmentStorageProxyUri", out var uri) ? new Uri(uri) : new Uri("http://127.0.0.1");
            return new StorageAccount(DevelopmentAccount, Convert.FromBase64String(DevelopmentKey), null,
                new Uri($"{proxy.Scheme}://{proxy.Host}:10001/{DevelopmentAccount}"));
        }

        settings.TryGetValue("AccountName", out var name);
        var key = settings.TryGetValue("AccountKey", out var keyText) ? Convert.FromBase64String(keyText) : null;
        var sas = settings.TryGetValue("SharedAccessSignature", out var token) ? token.TrimStart('?') : null;
        Uri endpoint;
        if (settings.TryGetValue("QueueEndpoint", out var explicitEndpoint))
        {
            endpoint = new Uri(explicitEndpoint.TrimEnd('/'));
        }
        else if (name is not null)
        {
            var protocol = settings.TryGetValue("DefaultEndpointsProtocol", out var p) ? p : "https";
            var suffix = settings.TryGetValue("EndpointSuffix", out var s) ? s : "core.windows.net";
            endpoint = new Uri($"{protocol}://{name}.queue.{suffix}");
        }
        else
        {
            throw new FormatException("The storage connection string names neither QueueEndpoint nor AccountName.");
        }

        var identity = settings.TryGetValue("ManagedIdentityClientId", out var clientId) ? clientId : null;
        if (key is null && sas is null && identity is null)
        {
            throw new FormatException("The storage connection string has neither AccountKey, SharedAccessSignature nor ManagedIdentityClientId.");
        }

        if (key is not null && name is null)
        {
            throw new FormatException("Shared Key authentication needs AccountName.");
        }

        return new StorageAccount(name ?? string.Empty, key, sas, endpoint) { ManagedIdentityClientId = identity };
    }
}
