using NodaTime;

namespace Genoptraening.Workflows.Storage;

/// <summary>
/// The order of a municipality's course list as a sortable key: active courses first, soonest next
/// deadline first (nothing due last), then ended courses, each group by course id. And the inbox's
/// order: active courses with an open alert, the most urgent alert first (level 2 before 1 before
/// warnings, older before newer).
/// </summary>
public static partial class CourseOrder
{
    public const string ActivePrefix = "a|";
    public const string EndedPrefix = "e|";
    public const string InboxPrefix = "inbox|";

    /// <summary>The inbox's key range, [from, to): beside the list's and the course rows' (<c>id|</c>), in none of them.</summary>
    public static readonly (string From, string To) InboxRange = (InboxPrefix, "inbox}");

    public static string KeyOf(CourseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var id = summary.CourseId.ToString("N");
        return summary.Outcome is null
            ? $"{ActivePrefix}{Ticks(summary.NextDueAt):D20}|{id}"
            : $"{EndedPrefix}{id}";
    }

    /// <summary>The course's key in the inbox: null unless it is active and has an open alert.</summary>
    public static string? InboxKeyOf(CourseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary is { Outcome: null, Alerts.MostUrgent: { } alert }
            ? $"{InboxPrefix}{9 - alert.Level}|{Ticks(alert.At):D20}|{summary.CourseId:N}"
            : null;
    }

    /// <summary>Whether <paramref name="key"/> is an order key as <see cref="KeyOf"/> writes them (a continuation token is checked so).</summary>
    public static bool IsOrderKey(string? key) => key is not null && OrderKeyPattern().IsMatch(key);

    /// <summary>Whether a course matches a list's status, standard and referral filters.</summary>
    public static bool Matches(CourseSummary summary, CourseListQuery query)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(query);
        var statusMatches = query.Status switch
        {
            null => true,
            "active" => summary.Outcome is null,
            "ended" => summary.Outcome is not null,
            var outcome => summary.Outcome == outcome,
        };
        return statusMatches
            && (query.Standard is null || summary.Standard == query.Standard)
            && (query.ReferralKeyPrefix is null || summary.ReferralKey?.StartsWith(query.ReferralKeyPrefix, StringComparison.Ordinal) == true);
    }

    /// <summary>The key range a status filter reads: [from, to).</summary>
    public static (string From, string To) RangeOf(string? status) => status switch
    {
        "active" => (ActivePrefix, "a}"),
        null => (ActivePrefix, "e}"),
        _ => (EndedPrefix, "e}"),
    };

    [System.Text.RegularExpressions.GeneratedRegex("^(a\\|[0-9]{20}|e)\\|[0-9a-f]{32}$")]
    private static partial System.Text.RegularExpressions.Regex OrderKeyPattern();

    // Ticks since the Unix epoch are positive for every date the calendar allows (1900 is negative:
    // shift by 2^62 so the keys stay positive and sort as the instants do).
    private static ulong Ticks(Instant? due) => due is { } d ? (ulong)(d.ToUnixTimeTicks() + (1L << 62)) : ulong.MaxValue;
}
