using System.Globalization;

namespace Genoptraening.Bench;

/// <summary>The benchmark's knobs, from <c>--name value</c> arguments.</summary>
internal sealed record Settings(
    IReadOnlyList<string> Stores, IReadOnlyList<string> Parts, int Starts, int Concurrency, int Pending, int Workers, int Stream, int Scenarios, int Plans, int QuartzMinutes)
{
    public static Settings Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, $"--{name}");
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new Settings(
            Value("stores", "postgres,sqlite").Split(','),
            Value("parts", "host,engine,quartz,simulate,durable").Split(','),
            Number("starts", 20_000),
            Number("concurrency", 32),
            Number("pending", 100_000),
            Number("workers", 4),
            Number("stream", 2_000),
            Number("scenarios", 1_000),
            Number("plans", 20_000),
            Number("quartz-minutes", 10));
    }
}
