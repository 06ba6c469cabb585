using System.Globalization;

namespace Genoptraening.Bench.Cost;

/// <summary>The cost part's lines: transactions per course by kind, idle polling, and the monthly bill's arithmetic.</summary>
internal static class CostReport
{
    public static void Write(CostFigures c, TextWriter log)
    {
        var perCourse = c.PerCourse;
        log.WriteLine(Line($"cost (host on Azurite, development clock): {c.Courses} twelve-week courses: {perCourse.Total:F0} storage transactions per course ",
            $"(tables {perCourse.Tables:F0}, queues {perCourse.Queues:F0}, blobs {perCourse.Blobs:F0}; idle polling subtracted; the development clock's own table, {c.DevelopmentClockPerCourse:F0} per course, left out)"));
        log.WriteLine(Line($"cost: per course by kind: {perCourse.Per(1, 16)}"));
        log.WriteLine(Line($"cost: idle host: {c.IdlePerHour.Total:F0} transactions per hour ({c.IdlePerHour.Per(1, 8)})"));
        log.WriteLine(Line($"cost: prices per 10,000: table {StoragePrices.Table}, queue class 1 {StoragePrices.QueueClass1}, class 2 {StoragePrices.QueueClass2}, ",
            $"blob write {StoragePrices.BlobWrite}, other {StoragePrices.BlobOther} USD ({StoragePrices.Source})"));
        log.WriteLine(Line($"cost: a course's life ${StoragePrices.CostOf(perCourse):F5}; {CostFigures.CoursesPerYear} courses a year = {CostFigures.CoursesPerMonth:F0} a month: ${c.CoursesPerMonthCost:F3} a month; ",
            $"idle polling {c.IdlePerHour.Total * CostFigures.HoursPerMonth:F0} transactions a month = ${c.IdlePerMonthCost:F3}; in all about ${c.CoursesPerMonthCost + c.IdlePerMonthCost:F2} a month"));
    }

    private static string Line(params FormattableString[] parts) => string.Concat(parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
