using Genoptraening.Workflows.Alerts;
using Microsoft.DurableTask;

namespace Genoptraening.Bench.Peer;

/// <summary>The peer's activity per alert: one message to <c>escalations-{municipality}</c>, as ours sends.</summary>
internal sealed class SendPeerAlert(IAlertSender alerts) : TaskActivity<AlertMessage, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, AlertMessage input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await alerts.SendAsync([input]);
        return input.Id;
    }
}
