namespace Genoptraening.Workflows.Store;

/// <summary>A page of courses, soonest next due first (courses with nothing due last), then by id.</summary>
/// <param name="Municipality">Only this municipality's courses.</param>
/// <param name="Standard">Only this standard.</param>
/// <param name="Status"><c>active</c>, <c>ended</c>, or an outcome (<c>completed</c>, <c>cancelled</c>, ...).</param>
/// <param name="ReferralKeyPrefix">Only courses whose referral key starts so, e.g. one hospital's plans.</param>
/// <param name="Top">The page size.</param>
/// <param name="After">The sort key and id of the previous page's last course.</param>
/// <param name="ReceivedFrom">Only courses received at or after this instant.</param>
/// <param name="ReceivedBefore">Only courses received before this instant.</param>
public sealed record CourseQuery(
    string? Municipality, string? Standard, string? Status, string? ReferralKeyPrefix, int Top, (long SortKey, Guid Id)? After,
    NodaTime.Instant? ReceivedFrom = null, NodaTime.Instant? ReceivedBefore = null)
{
    /// <summary>The sort key of a course row: its next due instant in ticks, or the largest value when nothing is due.</summary>
    public static long SortKeyOf(CourseRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.NextDueAt is { } due ? due.ToUnixTimeTicks() : long.MaxValue;
    }
}
