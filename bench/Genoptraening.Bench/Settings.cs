using System.Globalization;

namespace Genoptraening.Bench;

/// <summary>The benchmark's knobs, from <c>--name value</c> arguments.</summary>
internal sealed record Settings(
    IReadOnlyList<string> Parts, int Concurrency, int Scenarios, int Plans, int Wave, int Courses, int Requests, string? BaselineHost)
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
            Value("parts", "host,wave,simulate,durable,reads").Split(','),
            Number("concurrency", 32),
            Number("scenarios", 1_000),
            Number("plans", 20_000),
            Number("wave", 10_000),
            Number("courses", 20_000),
            Number("requests", 60),
            Value("baseline-host", string.Empty) is { Length: > 0 } baseline ? baseline : null);
    }
}
