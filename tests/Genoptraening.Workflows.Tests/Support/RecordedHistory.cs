using DurableTask.Core;
using DurableTask.Core.History;
using Genoptraening.Workflows.Orchestration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>Orchestration histories as JSON files, and their replay against an orchestrator's code.</summary>
internal static class RecordedHistory
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Objects,
        SerializationBinder = new HistoryTypesOnly(),
        Formatting = Formatting.Indented,
    };

    public static string Folder(string version) => Path.Combine(AppContext.BaseDirectory, "Orchestration", "Histories", version);

    public static string ToJson(IReadOnlyList<HistoryEvent> events) => JsonConvert.SerializeObject(events, Settings);

    public static List<HistoryEvent> FromJson(string json) =>
        JsonConvert.DeserializeObject<List<HistoryEvent>>(json, Settings) ?? throw new InvalidDataException("Not a history.");

    /// <summary>
    /// Runs <paramref name="orchestrator"/> over the history as a worker would after a restart: every
    /// recorded decision must be made again in the same order. Returns the actions it adds.
    /// </summary>
    public static OrchestratorExecutionResult Replay(IReadOnlyList<HistoryEvent> events, ITaskOrchestrator orchestrator)
    {
        var options = new DurableTaskWorkerOptions { MaximumTimerInterval = TimeSpan.FromDays(3650) };
        var shim = new DurableTaskShimFactory(options).CreateOrchestration(nameof(CourseOrchestrator), orchestrator);
        var executor = new TaskOrchestrationExecutor(
            new OrchestrationRuntimeState([.. events]), shim, BehaviorOnContinueAsNew.Carryover, ErrorPropagationMode.SerializeExceptions);
        return executor.Execute();
    }

    /// <summary>Reads nothing but Durable Task's own history types from a file.</summary>
    private sealed class HistoryTypesOnly : DefaultSerializationBinder
    {
        public override Type BindToType(string? assemblyName, string typeName) =>
            typeName.StartsWith("DurableTask.Core.", StringComparison.Ordinal) || typeName.StartsWith("System.", StringComparison.Ordinal)
                ? base.BindToType(assemblyName, typeName)
                : throw new JsonSerializationException($"A history may not name {typeName}.");
    }
}
