namespace Genoptraening.Workflows.Store;

/// <summary>Where an outbox message stands.</summary>
public enum OutboxStatus
{
    Pending,
    Delivered,

    /// <summary>Failed too often; kept and shown, no longer retried.</summary>
    Parked,
}
