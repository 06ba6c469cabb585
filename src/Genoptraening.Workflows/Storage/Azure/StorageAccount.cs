using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// How the stores reach their storage account: a connection string (Azurite, a developer's account),
/// or, in Azure, the account's name and a token credential (the app's managed identity: no keys).
/// </summary>
public sealed class StorageAccount
{
    private readonly string? connectionString;
    private readonly (string Name, TokenCredential Credential)? identity;

    private StorageAccount(string? connectionString, (string, TokenCredential)? identity)
    {
        this.connectionString = connectionString;
        this.identity = identity;
    }

    public static StorageAccount FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new StorageAccount(connectionString, null);
    }

    /// <param name="accountName">E.g. <c>stgenoptraeningprod</c>: the endpoints are the public cloud's.</param>
    /// <param name="credential">Granted the table and queue data roles on the account.</param>
    public static StorageAccount FromIdentity(string accountName, TokenCredential credential)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentNullException.ThrowIfNull(credential);
        return new StorageAccount(null, (accountName, credential));
    }

    public TableServiceClient Tables(TableClientOptions options) => identity is var (name, credential)
        ? new TableServiceClient(new Uri($"https://{name}.table.core.windows.net"), credential, options)
        : new TableServiceClient(connectionString, options);

    /// <summary>The task hub's clients (Durable Task's Azure Storage provider), on the same account.</summary>
    public StorageAccountClientProvider TaskHubClients() => identity is var (name, credential)
        ? new StorageAccountClientProvider(name, credential)
        : new StorageAccountClientProvider(connectionString!);

    public BlobServiceClient Blobs(BlobClientOptions options) => identity is var (name, credential)
        ? new BlobServiceClient(new Uri($"https://{name}.blob.core.windows.net"), credential, options)
        : new BlobServiceClient(connectionString, options);

    public QueueServiceClient Queues(QueueClientOptions options) => identity is var (name, credential)
        ? new QueueServiceClient(new Uri($"https://{name}.queue.core.windows.net"), credential, options)
        : new QueueServiceClient(connectionString, options);
}
