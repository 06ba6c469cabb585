using System.Globalization;

namespace Genoptraening.Bench;

/// <summary>The benchmark's knobs, from <c>--name value</c> arguments.</summary>
/// <param name="Parts">Which parts run.</param>
/// <param name="Concurrency">Clients posting at once (host).</param>
/// <param name="Scenarios">Courses simulated (simulate, durable).</param>
/// <param name="Plans">Plans posted (host).</param>
/// <param name="Lives">Courses that live their twelve weeks on Azurite, half on time and half left alone (peer, cost).</param>
/// <param name="Wave">Courses posted over HTTP whose deadlines fall due at one instant (wave; the warm-up's plans come on top).</param>
/// <param name="Courses">Courses of one municipality seeded for the reads (reads).</param>
/// <param name="Requests">Sequential requests per read (reads).</param>
/// <param name="BaselineHost">Another build of the host to read the same storage with (reads).</param>
/// <param name="PeerWave">Courses whose deadlines fall due at one instant, in process, ours and the peer's (peer).</param>
/// <param name="Change">The decider's change at the deployment (peer): deadline-later or level2-sooner.</param>
/// <param name="DeployDay">The day of the courses' lives on which the changed decider is deployed (peer).</param>
internal sealed record Settings(
    IReadOnlyList<string> Parts, int Concurrency, int Scenarios, int Plans, int Wave, int Courses, int Requests, string? BaselineHost,
    int Lives, int PeerWave, string Change, int DeployDay)
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
            Value("parts", "host,wave,simulate,durable,reads,peer,cost").Split(','),
            Number("concurrency", 32),
            Number("scenarios", 1_000),
            Number("plans", 300),
            Number("wave", 500),
            Number("courses", 20_000),
            Number("requests", 40),
            Value("baseline-host", string.Empty) is { Length: > 0 } baseline ? baseline : null,
            Number("lives", 20),
            Number("peer-wave", 500),
            Value("change", "deadline-later"),
            Number("deploy-day", 5));
    }
}
