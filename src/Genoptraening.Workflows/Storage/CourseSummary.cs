using Genoptraening.Domain.Reports;
using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>A course's read-model row: what lists, the dashboard and the report read without its history.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Municipality">The municipality that owns it.</param>
/// <param name="Standard">The standard id, e.g. <c>rebild/sul140</c>.</param>
/// <param name="StandardVersion">The catalog version the course keeps.</param>
/// <param name="Step">The step that published the row: an older step never overwrites a newer one.</param>
/// <param name="Version">The number of events.</param>
/// <param name="Outcome">Null while active, else the outcome's wire name.</param>
/// <param name="NextDueAt">The next timer's instant; null when none.</param>
/// <param name="ReceivedAt">When the referral was received.</param>
/// <param name="Facts">The course's report facts.</param>
/// <param name="ReferralKey">The referral's key (<c>plan:{sender}/{planId}</c>): a hospital lists its own plans' courses by it.</param>
/// <param name="Progress">
/// What the dashboard's overview shows of the course; null in a row
/// published before rows carried it, whose course the overview then reads from its history.
/// </param>
/// <param name="Alerts">
/// What the dashboard's inbox shows of the course: its open alerts and
/// its extended free choice. An active course with an open alert is listed in the inbox (<see cref="CourseOrder.InboxKeyOf"/>).
/// </param>
/// <param name="EndedAt">When the course ended; null while active, and in a row published before rows carried it.</param>
public sealed record CourseSummary(
    Guid CourseId, string Municipality, string Standard, int StandardVersion, int Step, int Version, string? Outcome, Instant? NextDueAt, Instant ReceivedAt,
    CourseFacts Facts, string? ReferralKey = null, CourseProgress? Progress = null, CourseAlerts? Alerts = null, Instant? EndedAt = null);
