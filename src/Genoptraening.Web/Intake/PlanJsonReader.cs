using System.Text.Json;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Web.Intake;

/// <summary>Reads the contract's plan JSON, with an error per bad field; a cancellation needs only <c>sender</c> and <c>planId</c>.</summary>
public static class PlanJsonReader
{
    public static PlanRequest? Read(JsonElement body, List<FieldError> errors)
    {
        var fields = new JsonFieldReader(body, string.Empty, errors);
        var before = errors.Count;
        var statusName = fields.Text("status");
        var status = PlanStatuses.FromJson(statusName);
        if (status is null)
        {
            fields.Fail("status", FieldProblem.NotOneOf, PlanStatuses.Expected);
        }

        var full = status != PlanStatus.Cancelled;
        var sender = fields.Text("sender", required: true);
        var planId = fields.Text("planId", required: true);
        var municipality = fields.Text("municipality", required: full);
        var cpr = fields.Text("cpr", required: full);
        var plan = new PlanRequest(
            sender ?? string.Empty,
            planId ?? string.Empty,
            municipality ?? string.Empty,
            cpr ?? string.Empty,
            fields.Date("dischargeDate"),
            fields.Text("planType"),
            fields.Text("level"),
            fields.Date("startNotBefore"),
            fields.Instant("receivedAt"),
            fields.Text("text"),
            status ?? PlanStatus.New);
        return errors.Count > before ? null : plan;
    }
}
