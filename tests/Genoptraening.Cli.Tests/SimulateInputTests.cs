using Xunit;

namespace Genoptraening.Cli.Tests;

/// <summary>Input that is not a valid scenario: exit 2 and a one-line reason per problem.</summary>
public class SimulateInputTests
{
    public static TheoryData<string, string> InvalidScenarios => new()
    {
        { """{ "standard": "aarhus/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "events": [], "until": "2026-06-01T00:00:00+02:00" }""", "standard: unknown standard 'aarhus/sul140'" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "until": "2026-06-01T00:00:00+02:00" }""", "events: is required" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "events": [] }""", "until: is required" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2019-12-30T10:00:00+01:00" }, "events": [], "until": "2020-01-01T00:00:00+01:00" }""", "referral.receivedAt: rebild/sul140 has no version in effect on 2019-12-30" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "events": [], "until": "2200-12-30T00:00:00+01:00" }""", "until: lies beyond the calendar" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" """, "malformed JSON" },
        { """{ "standard": "rebild/sul140" }""", "referral: is required" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08 10:00" } }""", "referral.receivedAt: expected an instant" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "events": [ { "at": "2026-05-09T10:00:00+02:00" } ] }""", "events[0].type: is required" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "events": [ { "type": "Telepathy", "at": "2026-05-09T10:00:00+02:00" } ] }""", "events[0].type: unknown event type 'Telepathy'" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "events": [ { "type": "StartOffered", "at": "2026-05-09T10:00:00+02:00" } ] }""", "events[0].startDate: is required" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "events": [ { "type": "Visitated", "at": "2026-05-09T10:00:00+02:00", "granted": "yes" } ] }""", "events[0].granted: expected true or false" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "events": [ { "type": "NoShow", "at": "2026-05-10T10:00:00+02:00" }, { "type": "NoShow", "at": "2026-05-09T10:00:00+02:00" } ] }""", "events[1].at: events out of order" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "events": [ { "type": "NoShow", "at": "2026-05-07T10:00:00+02:00" } ] }""", "events[0].at: events out of order" },
        { """{ "standard": "rebild/sel86-1", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-07" } }""", "referral.dischargeDate: only plans have it" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-08-07" } }""", "referral.dischargeDate: lies more than 90 days after the plan was received" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" }, "until": "2026-05-01T00:00:00+02:00" }""", "until: lies before" },
        { """{ "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-08", "startNotBefore": "2200-06-01" }, "events": [], "until": "2026-08-01T00:00:00+02:00" }""", "referral.startNotBefore: lies too late" },
        { """[ { "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00" } }, 42 ]""", "[1]: expected a scenario object" },
    };

    [Theory]
    [MemberData(nameof(InvalidScenarios))]
    public async Task InvalidScenario_ExitsWith2AndAReason(string scenario, string reason)
    {
        var run = await SimulateRun.RunAsync(scenario);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralProblems_OneLineEach()
    {
        var run = await SimulateRun.RunAsync("""{ "standard": "nowhere/sul140", "referral": { }, "events": [ { "type": "Dance" } ], "until": "2026-06-01T00:00:00+02:00" }""");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(3, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
