using Azure.Data.Tables;
using Microsoft.DurableTask;

namespace Genoptraening.Bench.Peer;

/// <summary>The peer's activity per read-model write: one upsert of the course's row (partition = municipality).</summary>
internal sealed class UpsertPeerCourseRow(TableClient table) : TaskActivity<PeerCourseRow, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, PeerCourseRow input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var row = new TableEntity(input.Municipality, input.CourseId)
        {
            [nameof(input.Standard)] = input.Standard,
            [nameof(input.Version)] = input.Version,
            [nameof(input.NextDue)] = input.NextDue,
            [nameof(input.Outcome)] = input.Outcome,
            [nameof(input.OpenAlerts)] = input.OpenAlerts,
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace);
        return input.CourseId;
    }
}
