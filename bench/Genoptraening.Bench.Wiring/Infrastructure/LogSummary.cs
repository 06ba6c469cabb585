namespace Genoptraening.Bench.Wiring.Infrastructure;

internal static class LogSummary
{
    /// <summary>Log lines grouped by template ("count x level category: first message"), most severe, then most frequent, first.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<LogEntry> entries, int top = 10) =>
    [
        .. entries
            .GroupBy(e => (e.Level, Category: ShortCategory(e.Category), e.Template))
            .OrderByDescending(g => g.Key.Level)
            .ThenByDescending(g => g.Count())
            .Take(top)
            .Select(g => $"{g.Count()} x {g.Key.Level} {g.Key.Category}: {Shorten(g.First().Message)}"),
    ];

    private static string ShortCategory(string category) => category.Length > 40 ? "…" + category[^39..] : category;

    private static string Shorten(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}
