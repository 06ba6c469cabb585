using NodaTime;

namespace Genoptraening.Api.Engine;

/// <summary>
/// The real clock, for what happens in real time whatever the course clock says (delivering
/// messages, dating requests to Azure Storage). With <c>Clock:Mode=System</c> it is the same clock.
/// </summary>
public sealed record WallClock(IClock Clock);
