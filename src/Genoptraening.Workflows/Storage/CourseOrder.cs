using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// The order of a municipality's course list as a sortable key: active courses first, soonest next
/// deadline first (nothing due last), then ended courses, each group by course id.
/// </summary>
public static class CourseOrder
{
    public const string ActivePrefix = "a|";
    public const string EndedPrefix = "e|";

    public static string KeyOf(CourseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var id = summary.CourseId.ToString("N");
        return summary.Outcome is null
            ? $"{ActivePrefix}{Ticks(summary.NextDueAt):D20}|{id}"
            : $"{EndedPrefix}{id}";
    }

    /// <summary>Whether a course matches a list's status and standard filters.</summary>
    public static bool Matches(CourseSummary summary, string? status, string? standard)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var statusMatches = status switch
        {
            null => true,
            "active" => summary.Outcome is null,
            "ended" => summary.Outcome is not null,
            _ => summary.Outcome == status,
        };
        return statusMatches && (standard is null || summary.Standard == standard);
    }

    /// <summary>The key range a status filter reads: [from, to).</summary>
    public static (string From, string To) RangeOf(string? status) => status switch
    {
        "active" => (ActivePrefix, "a}"),
        null => (ActivePrefix, "e}"),
        _ => (EndedPrefix, "e}"),
    };

    // Ticks since the Unix epoch are positive for every date the calendar allows (1900 is negative:
    // shift by 2^62 so the keys stay positive and sort as the instants do).
    private static ulong Ticks(Instant? due) => due is { } d ? (ulong)(d.ToUnixTimeTicks() + (1L << 62)) : ulong.MaxValue;
}
