namespace Genoptraening.Workflows.Alerts;

/// <summary>Sends alerts at least once; each carries a stable id for the consumer to drop duplicates.</summary>
public interface IAlertSender
{
    Task SendAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken = default);
}
