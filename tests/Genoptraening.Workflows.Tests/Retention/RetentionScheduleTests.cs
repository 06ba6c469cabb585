using Genoptraening.Workflows.Retention;
using Xunit;

namespace Genoptraening.Workflows.Tests.Retention;

/// <summary>The retention sweep runs every night at 02:00 Danish time; the next run is always after the instant given.</summary>
public class RetentionScheduleTests
{
    [Theory]
    [InlineData("2026-05-08T10:00:00+02:00", "2026-05-09T02:00:00+02:00")]
    [InlineData("2026-05-09T01:59:00+02:00", "2026-05-09T02:00:00+02:00")]
    [InlineData("2026-05-09T02:00:00+02:00", "2026-05-10T02:00:00+02:00")]
    [InlineData("2026-12-31T23:30:00+01:00", "2027-01-01T02:00:00+01:00")]
    [InlineData("2026-03-28T12:00:00+01:00", "2026-03-29T03:00:00+02:00")] // 02:00 does not exist the night summer time begins
    [InlineData("2026-10-24T12:00:00+02:00", "2026-10-25T02:00:00+02:00")] // the night it ends, the first 02:00
    public void NextRun_IsTheNext0200InDenmark(string after, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            RetentionSchedule.NextRun(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture)));
}
