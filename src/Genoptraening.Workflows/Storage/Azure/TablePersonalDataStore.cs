using Azure.Data.Tables;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>CPR numbers and plan texts in an Azure Table of their own, one row per course.</summary>
public sealed class TablePersonalDataStore(TableClient table) : IPersonalDataStore
{
    private const string Row = "citizen";

    public Task SaveAsync(Guid courseId, PersonalData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var row = new TableEntity(TableCourseEventStore.Partition(courseId), Row) { ["Cpr"] = data.Cpr, ["PlanText"] = data.PlanText };
        return table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<PersonalData?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableCourseEventStore.Partition(courseId), Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r ? new PersonalData(r.GetString("Cpr"), r.GetString("PlanText")) : null;
    }

    public Task DeleteAsync(Guid courseId, CancellationToken cancellationToken = default) =>
        table.DeleteEntityAsync(TableCourseEventStore.Partition(courseId), Row, cancellationToken: cancellationToken);
}
