namespace Genoptraening.Workflows.Alerts;

/// <summary>A message for a queue: the visitation's escalations or the operators' faults. No personal data.</summary>
/// <param name="Id">Stable: the same alert sent again has the same id, so a consumer drops the duplicate.</param>
/// <param name="Queue">The queue's name, e.g. <c>escalations-rebild</c>.</param>
/// <param name="Body">The JSON body (docs/escalations.md).</param>
public sealed record AlertMessage(string Id, string Queue, string Body);
