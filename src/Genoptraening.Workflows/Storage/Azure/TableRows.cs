using Azure.Data.Tables;
using NodaTime;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// A course's read-model row as table properties: instants as Unix ticks, exact and sortable; the facts, progress
/// and alerts as the short texts of <see cref="FactsText"/>, <see cref="ProgressText"/> and <see cref="AlertsText"/>.
/// </summary>
internal static class TableRows
{
    public static TableEntity ToEntity(CourseSummary s, string rowKey) => new(s.Municipality, rowKey)
    {
        [nameof(s.CourseId)] = s.CourseId.ToString("N"),
        [nameof(s.Standard)] = s.Standard,
        [nameof(s.StandardVersion)] = s.StandardVersion,
        [nameof(s.Step)] = s.Step,
        [nameof(s.Version)] = s.Version,
        [nameof(s.Outcome)] = s.Outcome,
        [nameof(s.NextDueAt)] = s.NextDueAt?.ToUnixTimeTicks(),
        [nameof(s.ReceivedAt)] = s.ReceivedAt.ToUnixTimeTicks(),
        [nameof(s.Facts)] = FactsText.Encode(s.Facts),
        [nameof(s.ReferralKey)] = s.ReferralKey,
        [nameof(s.Progress)] = s.Progress is { } progress ? ProgressText.Encode(progress) : null,
        [nameof(s.Alerts)] = s.Alerts is { } alerts ? AlertsText.Encode(alerts) : null,
        [nameof(s.EndedAt)] = s.EndedAt?.ToUnixTimeTicks(),
    };

    public static CourseSummary FromEntity(TableEntity e) => new(
        Guid.ParseExact(e.GetString(nameof(CourseSummary.CourseId)), "N"),
        e.PartitionKey,
        e.GetString(nameof(CourseSummary.Standard)),
        e.GetInt32(nameof(CourseSummary.StandardVersion))!.Value,
        e.GetInt32(nameof(CourseSummary.Step))!.Value,
        e.GetInt32(nameof(CourseSummary.Version))!.Value,
        e.GetString(nameof(CourseSummary.Outcome)),
        e.GetInt64(nameof(CourseSummary.NextDueAt)) is { } due ? Instant.FromUnixTimeTicks(due) : null,
        Instant.FromUnixTimeTicks(e.GetInt64(nameof(CourseSummary.ReceivedAt))!.Value),
        FactsText.Decode(e.GetString(nameof(CourseSummary.Facts))),
        e.GetString(nameof(CourseSummary.ReferralKey)),
        e.GetString(nameof(CourseSummary.Progress)) is { } progress ? ProgressText.Decode(progress) : null,
        e.GetString(nameof(CourseSummary.Alerts)) is { } alerts ? AlertsText.Decode(alerts) : null,
        e.GetInt64(nameof(CourseSummary.EndedAt)) is { } ended ? Instant.FromUnixTimeTicks(ended) : null);
}
