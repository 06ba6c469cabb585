using Azure.Data.Tables;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;

namespace Genoptraening.Workflows.Tests.Durable.Support;

/// <summary>The stores on Azure Tables and queues, tables named after a task hub so tests keep apart.</summary>
internal sealed record AzureStores(ICourseEventStore Events, ICourseReadModel ReadModel, IAlertSender Alerts, IPersonalDataStore PersonalData)
{
    public static async Task<AzureStores> CreateAsync(string connectionString, string prefix)
    {
        var tables = new TableServiceClient(connectionString);
        async Task<TableClient> Table(string name)
        {
            var table = tables.GetTableClient(prefix + name);
            await table.CreateIfNotExistsAsync();
            return table;
        }

        return new AzureStores(
            new TableCourseEventStore(await Table("courseevents")),
            new TableCourseReadModel(await Table("courses")),
            QueueAlertSender.For(connectionString),
            new TablePersonalDataStore(await Table("personaldata")));
    }
}
