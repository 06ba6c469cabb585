namespace Genoptraening.Api.Endpoints;

/// <summary>Where the virtual clock stands and how many timers the move fired.</summary>
public sealed record ClockState(string Now, int Fired);
