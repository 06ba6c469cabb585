using System.Text.Json;
using Xunit;

namespace Genoptraening.Cli.Tests;

/// <summary>contracts/simulate.md and the worked examples of RULES.md § 8, through <c>simulate</c>.</summary>
public class SimulateContractTests
{
    /// <summary>
    /// The contract's example, with what RULES.md § 10 adds to it (RULES.md decides): the free choice triggered at the offer opens
    /// the free-choice notice, due the next working day; nobody records the citizen informed, so it is breached and escalated.
    /// </summary>
    [Fact]
    public async Task ContractExample_PrintsTheContractsResult_WithTheFreeChoiceNoticeOfRulesSection10()
    {
        var run = await SimulateRun.RunAsync("""
            {
              "standard": "rebild/sul140",
              "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-08", "startNotBefore": null },
              "events": [
                { "at": "2026-05-11T09:30:00+02:00", "type": "CitizenContacted" },
                { "at": "2026-05-12T13:00:00+02:00", "type": "StartOffered", "startDate": "2026-05-18" }
              ],
              "until": "2026-08-01T00:00:00+02:00"
            }
            """);

        Assert.Equal(0, run.ExitCode);
        AssertJsonEqual("""
            {
              "standard": "rebild/sul140",
              "outcome": null,
              "deadlines": [
                { "kind": "contact", "due": "2026-05-12", "status": "met", "satisfiedAt": "2026-05-11T09:30:00+02:00" },
                { "kind": "start", "due": "2026-05-15", "status": "metLate",
                  "satisfiedAt": "2026-05-12T13:00:00+02:00", "breachedAt": "2026-05-12T13:00:00+02:00" },
                { "kind": "startGuarantee", "due": "2026-05-15", "status": "metLate",
                  "satisfiedAt": "2026-05-12T13:00:00+02:00", "breachedAt": "2026-05-12T13:00:00+02:00" },
                { "kind": "freeChoiceNotice", "due": "2026-05-13", "status": "breached", "breachedAt": "2026-05-14T00:00:00+02:00" }
              ],
              "extendedFreeChoice": { "triggeredAt": "2026-05-12T13:00:00+02:00", "informedAt": null, "channel": null, "declinedAt": null, "exercisedAt": null, "provider": null },
              "warnings": [ { "kind": "contact", "at": "2026-05-11T00:00:00+02:00" } ],
              "escalations": [
                { "kind": "start", "level": 1, "at": "2026-05-12T13:00:00+02:00" },
                { "kind": "startGuarantee", "level": 1, "at": "2026-05-12T13:00:00+02:00" },
                { "kind": "freeChoiceNotice", "level": 1, "at": "2026-05-14T00:00:00+02:00" },
                { "kind": "freeChoiceNotice", "level": 2, "at": "2026-05-19T00:00:00+02:00" }
              ],
              "rejected": []
            }
            """, run.Output);
    }

    [Fact]
    public async Task WorkedExamples1To4_AsOneBatch_ResultsInInputOrder()
    {
        var run = await SimulateRun.RunAsync("""
            [
              { "standard": "rebild/sel86-1", "referral": { "receivedAt": "2026-03-27T14:00:00+01:00" }, "events": [],
                "until": "2026-04-01T00:00:00+02:00" },
              { "standard": "rebild/sel86-1", "referral": { "receivedAt": "2026-03-27T14:00:00+01:00" },
                "events": [ { "at": "2026-03-31T10:00:00+02:00", "type": "Visitated", "granted": true } ],
                "until": "2026-03-31T12:00:00+02:00" },
              { "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-08" }, "events": [],
                "until": "2026-06-01T00:00:00+02:00" },
              { "standard": "kommune-004/sel86-1", "referral": { "receivedAt": "2026-01-05T09:00:00+01:00" },
                "events": [ { "at": "2026-01-31T10:00:00+01:00", "type": "TrainingStarted" } ],
                "until": "2026-01-31T12:00:00+01:00" }
            ]
            """);

        Assert.Equal(0, run.ExitCode);
        var results = run.Json.EnumerateArray().ToList();
        Assert.Equal(4, results.Count);

        var contact = Deadline(results[0], "contact");
        Assert.Equal("2026-03-31", contact.GetProperty("due").GetString());
        Assert.Equal("breached", contact.GetProperty("status").GetString());
        Assert.Equal("2026-04-01T00:00:00+02:00", contact.GetProperty("breachedAt").GetString());

        Assert.Equal("2026-04-07", Deadline(results[1], "providerContact").GetProperty("due").GetString());

        var guarantee = Deadline(results[2], "startGuarantee");
        Assert.Equal("2026-05-15", guarantee.GetProperty("due").GetString());
        Assert.Equal("2026-05-16T00:00:00+02:00", guarantee.GetProperty("breachedAt").GetString());
        Assert.Equal("2026-05-16T00:00:00+02:00", results[2].GetProperty("extendedFreeChoice").GetProperty("triggeredAt").GetString());
        Assert.Contains(results[2].GetProperty("escalations").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "startGuarantee" && e.GetProperty("level").GetInt32() == 2
            && e.GetProperty("at").GetString() == "2026-05-20T00:00:00+02:00");

        Assert.Equal("2026-04-30", Deadline(results[3], "end").GetProperty("due").GetString());
        Assert.Equal("2026-03-14", Deadline(results[3], "midwayEvaluation").GetProperty("due").GetString());
    }

    [Fact]
    public async Task RefusedEvents_AreListedWithIndexAndReason_ExitZero()
    {
        var run = await SimulateRun.RunAsync("""
            { "standard": "rebild/sel86-1", "referral": { "receivedAt": "2026-03-27T14:00:00+01:00" },
              "events": [
                { "at": "2026-03-30T10:00:00+02:00", "type": "NoShow" },
                { "at": "2026-03-30T11:00:00+02:00", "type": "CourseCancelled", "reason": "flyttet" },
                { "at": "2026-03-30T12:00:00+02:00", "type": "CitizenContacted" }
              ],
              "until": "2026-04-10T00:00:00+02:00" }
            """);

        Assert.Equal(0, run.ExitCode);
        var rejected = run.Json.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([0, 2], rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal("NoShow", rejected[0].GetProperty("type").GetString());
        Assert.Contains("before TrainingStarted", rejected[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("cancelled", run.Json.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task ProviderContacted_NamesOneOfTheMunicipalitysProviders_AnotherIsRefused()
    {
        var run = await SimulateRun.RunAsync("""
            { "standard": "rebild/sel86-1", "referral": { "receivedAt": "2026-03-27T14:00:00+01:00" },
              "events": [
                { "at": "2026-03-30T10:00:00+02:00", "type": "Visitated", "granted": true },
                { "at": "2026-03-31T10:00:00+02:00", "type": "ProviderContacted", "provider": "kl-fv-0001" },
                { "at": "2026-03-31T11:00:00+02:00", "type": "ProviderContacted", "provider": "rebild-gt-stoevring" }
              ],
              "until": "2026-04-01T00:00:00+02:00" }
            """);

        Assert.Equal(0, run.ExitCode);
        var rejected = Assert.Single(run.Json.GetProperty("rejected").EnumerateArray());
        Assert.Equal(1, rejected.GetProperty("index").GetInt32());
        Assert.Contains("'kl-fv-0001' is not one of the municipality's approved providers", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-03-31T11:00:00+02:00", Deadline(run.Json, "providerContact").GetProperty("satisfiedAt").GetString());
    }

    [Fact]
    public async Task WorkedExamples5And8_ThePlansCorrection_AndACancellation_AsEvents()
    {
        var run = await SimulateRun.RunAsync("""
            [
              { "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-12", "planType": "almen", "level": "basal" },
                "events": [ { "at": "2026-05-13T09:00:00+02:00", "type": "PlanCorrected", "dischargeDate": "2026-05-15", "planType": "almen", "level": "basal" } ],
                "until": "2026-06-01T00:00:00+02:00" },
              { "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-08" },
                "events": [ { "at": "2026-05-18T10:00:00+02:00", "type": "PlanCorrected", "dischargeDate": "2026-05-14" } ],
                "until": "2026-06-01T00:00:00+02:00" },
              { "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-12" },
                "events": [ { "at": "2026-05-10T09:00:00+02:00", "type": "PlanCancelled", "reason": "sendt ved en fejl" },
                            { "at": "2026-05-11T09:00:00+02:00", "type": "PlanCorrected", "dischargeDate": "2026-05-15" } ],
                "until": "2026-06-01T00:00:00+02:00" },
              { "standard": "rebild/sel86-1", "referral": { "receivedAt": "2026-03-27T14:00:00+01:00" },
                "events": [ { "at": "2026-03-30T09:00:00+02:00", "type": "PlanMisdirected" } ],
                "until": "2026-04-01T00:00:00+02:00" }
            ]
            """);

        Assert.Equal(0, run.ExitCode);
        var results = run.Json.EnumerateArray().ToList();
        var corrected = Deadline(results[0], "startGuarantee");
        Assert.Equal(("2026-05-22", "2026-05-23T00:00:00+02:00"), (corrected.GetProperty("due").GetString(), corrected.GetProperty("breachedAt").GetString()));
        Assert.Equal("2026-05-23T00:00:00+02:00", results[0].GetProperty("extendedFreeChoice").GetProperty("triggeredAt").GetString());
        Assert.Equal("2026-05-12", Deadline(results[0], "contact").GetProperty("due").GetString());

        var afterTheBreach = Deadline(results[1], "startGuarantee");
        Assert.Equal(("breached", "2026-05-15"), (afterTheBreach.GetProperty("status").GetString(), afterTheBreach.GetProperty("due").GetString()));
        Assert.Equal("2026-05-16T00:00:00+02:00", results[1].GetProperty("extendedFreeChoice").GetProperty("triggeredAt").GetString());

        Assert.Equal("withdrawn", results[2].GetProperty("outcome").GetString());
        Assert.All(results[2].GetProperty("deadlines").EnumerateArray(), d => Assert.Equal("cancelled", d.GetProperty("status").GetString()));
        Assert.Equal(1, results[2].GetProperty("rejected").EnumerateArray().Single().GetProperty("index").GetInt32()); // a correction after the end

        Assert.Null(results[3].GetProperty("outcome").GetString());
        Assert.Contains("application", results[3].GetProperty("rejected")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkedExamples6And7_TheNoticeAndTheCitizensReplyDeadline()
    {
        var run = await SimulateRun.RunAsync("""
            [
              { "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-12" }, "events": [],
                "until": "2026-06-01T00:00:00+02:00" },
              { "standard": "rebild/sul140", "referral": { "receivedAt": "2026-05-08T10:00:00+02:00", "dischargeDate": "2026-05-08" },
                "events": [ { "at": "2026-05-11T09:30:00+02:00", "type": "CitizenContacted", "replyBy": "2026-05-12" } ],
                "until": "2026-06-01T00:00:00+02:00" }
            ]
            """);

        Assert.Equal(0, run.ExitCode);
        var results = run.Json.EnumerateArray().ToList();
        Assert.Equal("2026-05-20T00:00:00+02:00", results[0].GetProperty("extendedFreeChoice").GetProperty("triggeredAt").GetString());
        var notice = Deadline(results[0], "freeChoiceNotice");
        Assert.Equal(("2026-05-21", "breached", "2026-05-22T00:00:00+02:00"), (notice.GetProperty("due").GetString(), notice.GetProperty("status").GetString(), notice.GetProperty("breachedAt").GetString()));

        var reply = Deadline(results[1], "citizenReply");
        Assert.Equal(("2026-05-12", "breached", "2026-05-13T00:00:00+02:00"), (reply.GetProperty("due").GetString(), reply.GetProperty("status").GetString(), reply.GetProperty("breachedAt").GetString()));
        Assert.Equal("waived", Deadline(results[1], "startGuarantee").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("extendedFreeChoice").ValueKind);
        Assert.DoesNotContain(results[1].GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("kind").GetString() == "freeChoiceNotice");
        Assert.DoesNotContain(results[1].GetProperty("escalations").EnumerateArray(), e => e.GetProperty("kind").GetString() == "citizenReply");
    }

    private static JsonElement Deadline(JsonElement result, string kind) =>
        result.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind);

    private static void AssertJsonEqual(string expected, string actual) =>
        Assert.Equal(Normalize(expected), Normalize(actual));

    private static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
