namespace Genoptraening.Api.Endpoints;

/// <summary>The health answer: status and store; the error when the storage account does not answer.</summary>
public sealed record Health(string Status, string Store, string? Error);
