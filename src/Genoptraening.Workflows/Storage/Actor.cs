namespace Genoptraening.Workflows.Storage;

/// <summary>
/// Who did something to a course, as its history records it beside each event: an API key's name (<c>dev-rebild</c>), the
/// signed-in person (their Entra ID <c>preferred_username</c>), or <see cref="System"/> for what the course's timers did.
/// </summary>
public static class Actor
{
    /// <summary>The course's own timers: warnings, breaches, escalations, waivers.</summary>
    public const string System = "system";

    /// <summary>What the history says of an event written before the actor was recorded.</summary>
    public const string Unrecorded = "unrecorded";
}
