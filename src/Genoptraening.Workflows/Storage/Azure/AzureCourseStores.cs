using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// The course stores on one storage account: four tables with fixed names (a prefix only for tests
/// that share an account), the alert queues, and the queues' depths for the operators. Every host takes them from here.
/// </summary>
public sealed record AzureCourseStores(
    TableCourseEventStore Events, TableCourseReadModel ReadModel, TablePersonalDataStore PersonalData, TablePersonalDataAudit PersonalDataAudit, QueueAlertSender Alerts,
    IReadOnlyList<TableClient> Tables, BlobAuditLog AuditCopy, QueueDepths Queues)
{
    public static AzureCourseStores For(string connectionString, string tablePrefix = "") =>
        For(StorageAccount.FromConnectionString(connectionString), tablePrefix);

    public static AzureCourseStores For(StorageAccount account, string tablePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(account);
        var tables = account.Tables(StorageRetries.Apply(new TableClientOptions()));
        var (events, courses, personalData, audit) = (
            tables.GetTableClient(tablePrefix + "courseevents"), tables.GetTableClient(tablePrefix + "courses"), tables.GetTableClient(tablePrefix + "personaldata"),
            tables.GetTableClient(tablePrefix + "personaldataaudit"));
        var auditCopy = new BlobAuditLog(account.Blobs(StorageRetries.Apply(new BlobClientOptions())).GetBlobContainerClient(tablePrefix.ToLowerInvariant() + BlobAuditLog.Container));
        return new AzureCourseStores(
            new TableCourseEventStore(events), new TableCourseReadModel(courses), new TablePersonalDataStore(personalData), new TablePersonalDataAudit(audit, auditCopy),
            QueueAlertSender.For(account), [events, courses, personalData, audit], auditCopy,
            new QueueDepths(account.Queues(StorageRetries.Apply(new QueueClientOptions()))));
    }

    /// <summary>Reads from the course table: throws when the storage account does not answer.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default) =>
        await Tables[0].GetEntityIfExistsAsync<TableEntity>("health", "ping", cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Creates the tables and the audit trail's container that are missing; the queues are created as alerts first use them.</summary>
    public async Task CreateTablesAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in Tables)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }

        await AuditCopy.CreateAsync(cancellationToken).ConfigureAwait(false);
    }
}
