using NodaTime;

namespace Genoptraening.Web.Intake;

/// <summary>
/// A hospital's training plan (genoptræningsplan) as received, JSON or GGOP XML: new, corrected or cancelled. A cancellation
/// needs only its sender and plan id: its citizen and municipality are empty when it leaves them out.
/// </summary>
public sealed record PlanRequest(
    string Sender,
    string PlanId,
    string Municipality,
    string Cpr,
    LocalDate? DischargeDate,
    string? PlanType,
    string? Level,
    LocalDate? StartNotBefore,
    Instant? ReceivedAt,
    string? Text,
    PlanStatus Status = PlanStatus.New)
{
    /// <summary>The idempotency key: the same sender and plan id start one course.</summary>
    public string ReferralKey => $"plan:{Sender}/{PlanId}";

    public static string KeyPrefixOf(string sender) => $"plan:{sender}/";
}
