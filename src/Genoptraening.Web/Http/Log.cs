namespace Genoptraening.Web.Http;

/// <summary>What the API logs: course ids and standards, never a CPR number or a name.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Course {CourseId} started under {Standard}")]
    public static partial void CourseStarted(ILogger logger, Guid courseId, Domain.Catalog.StandardId standard);

    [LoggerMessage(Level = LogLevel.Information, Message = "Course {CourseId}: {EventType} recorded")]
    public static partial void EventRecorded(ILogger logger, Guid courseId, Domain.Vocabulary.OccurrenceType eventType);

    /// <remarks>The refusal's code and field, not its text: the text may echo what was sent (a provider, a municipality's name).</remarks>
    [LoggerMessage(Level = LogLevel.Information, Message = "Course {CourseId}: {EventType} refused: {Code} ({Field})")]
    public static partial void EventRefused(ILogger logger, Guid courseId, Domain.Vocabulary.OccurrenceType eventType, Domain.Courses.RejectionCode code, string? field);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Course {CourseId} purged by {Actor}")]
    public static partial void CoursePurged(ILogger logger, Guid courseId, string actor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Course {CourseId}: its faulted step retried by {Actor}")]
    public static partial void CourseRetried(ILogger logger, Guid courseId, string actor);

    [LoggerMessage(Level = LogLevel.Error, Message = "The storage account does not answer")]
    public static partial void StorageUnreachable(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Route} failed")]
    public static partial void Failed(ILogger logger, Exception error, string route);

    [LoggerMessage(Level = LogLevel.Information, Message = "Development clock moved to {Instant}; {Fired} timers fired")]
    public static partial void ClockAdvanced(ILogger logger, NodaTime.Instant instant, int fired);
}
