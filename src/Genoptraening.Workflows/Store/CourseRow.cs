using NodaTime;

namespace Genoptraening.Workflows.Store;

/// <summary>The row queries read: one per course, updated by every step.</summary>
/// <param name="Id">The course id.</param>
/// <param name="Standard">The standard id, e.g. <c>rebild/sul140</c>.</param>
/// <param name="StandardVersion">The catalog version the course keeps.</param>
/// <param name="Municipality">The municipality that owns the course.</param>
/// <param name="ReferralKey">The referral's sender and own id, unique: the same plan twice starts one course.</param>
/// <param name="Version">The number of events.</param>
/// <param name="Outcome">Null while active.</param>
/// <param name="NextDueAt">The next timer's instant; null when none.</param>
/// <param name="ReceivedAt">When the referral was received.</param>
/// <param name="UpdatedAt">When the last step was taken.</param>
public sealed record CourseRow(
    Guid Id,
    string Standard,
    int StandardVersion,
    string Municipality,
    string? ReferralKey,
    int Version,
    string? Outcome,
    Instant? NextDueAt,
    Instant ReceivedAt,
    Instant UpdatedAt);
