using Azure;
using Azure.Data.Tables;
using DurableTask.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using NodaTime;

namespace Genoptraening.Workflows.TimeSkipping;

/// <summary>The development clock's held timers and virtual now in an Azure Table (Azurite locally).</summary>
public sealed class TableHeldTimerStore(TableClient table) : IHeldTimerStore
{
    private const string TimerPartition = "timer";
    private const string ClockPartition = "clock";
    private const string Now = "now";

    private static readonly JsonSerializerSettings Json = new()
    {
        TypeNameHandling = TypeNameHandling.Objects,
        SerializationBinder = new DurableTaskTypesOnly(),
    };

    /// <summary>The store of a task hub's development clock, in the table <c>{hub}devclock</c> of the account.</summary>
    public static TableHeldTimerStore For(string connectionString, string hubName) => new(new TableClient(connectionString, hubName + "devclock", Storage.Azure.StorageRetries.Apply(new TableClientOptions())));

    public async Task CreateTableAsync() => await table.CreateIfNotExistsAsync().ConfigureAwait(false);

    public async Task SaveAsync(IReadOnlyList<TaskMessage> timers)
    {
        ArgumentNullException.ThrowIfNull(timers);
        foreach (var timer in timers)
        {
            var row = new TableEntity(TimerPartition, HeldTimers.KeyOf(timer)) { ["Message"] = JsonConvert.SerializeObject(timer, Json) };
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace).ConfigureAwait(false);
        }
    }

    public async Task DeleteAsync(IReadOnlyList<TaskMessage> timers)
    {
        ArgumentNullException.ThrowIfNull(timers);
        foreach (var timer in timers)
        {
            await table.DeleteEntityAsync(TimerPartition, HeldTimers.KeyOf(timer), ETag.All).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<TaskMessage>> LoadAllAsync()
    {
        var timers = new List<TaskMessage>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TimerPartition}")).ConfigureAwait(false))
        {
            timers.Add(JsonConvert.DeserializeObject<TaskMessage>(row.GetString("Message"), Json)!);
        }

        return timers;
    }

    public Task SaveNowAsync(Instant now) =>
        table.UpsertEntityAsync(new TableEntity(ClockPartition, Now) { ["Ticks"] = now.ToUnixTimeTicks() }, TableUpdateMode.Replace);

    public async Task<Instant?> LoadNowAsync()
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(ClockPartition, Now).ConfigureAwait(false);
        return row.HasValue ? Instant.FromUnixTimeTicks(row.Value!.GetInt64("Ticks")!.Value) : null;
    }

    /// <summary>Reads nothing but Durable Task's own message types back.</summary>
    private sealed class DurableTaskTypesOnly : DefaultSerializationBinder
    {
        public override Type BindToType(string? assemblyName, string typeName) =>
            typeName.StartsWith("DurableTask.Core.", StringComparison.Ordinal) || typeName.StartsWith("System.", StringComparison.Ordinal)
                ? base.BindToType(assemblyName, typeName)
                : throw new JsonSerializationException($"A held timer may not name {typeName}.");
    }
}
