namespace Genoptraening.Web.Endpoints;

/// <summary>The plan JSON of contracts/http-api.md, for the OpenAPI document (the handler reads the body itself to name bad fields).</summary>
public sealed record PlanJsonSchema(
    string Sender, string PlanId, string Municipality, string Cpr, string? DischargeDate, string? PlanType, string? Level,
    string? StartNotBefore, string? ReceivedAt, string? Text, string? Status);

/// <summary>The application JSON, for the OpenAPI document.</summary>
public sealed record ApplicationJsonSchema(string Standard, string Cpr, string ApplicationId, string? ReceivedAt);

/// <summary>An event's fields (RULES.md § 4), for the OpenAPI document; send those of the event type only.</summary>
public sealed record EventJsonSchema(
    string? At, bool? Granted, string? Level, string? StartDate, int? Weeks, bool? GoalsSet, bool? GoalsAttained, string? Continuation,
    string? Reason, string? Provider, string? Channel);

/// <summary>The development clock's request.</summary>
public sealed record ClockAdvance(string AdvanceTo);
