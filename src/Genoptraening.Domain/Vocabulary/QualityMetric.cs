namespace Genoptraening.Domain.Vocabulary;

/// <summary>What a quality target counts.</summary>
public enum QualityMetric
{
    /// <summary>Courses whose deadline of the given kind was met on time.</summary>
    DeadlineMetOnTime,

    /// <summary>Courses that had an initial examination with goals set when training started.</summary>
    ExaminationWithGoalsAtStart,

    /// <summary>Ended courses that had a final evaluation (<c>CourseCompleted</c>).</summary>
    FinalEvaluation,

    /// <summary>Ended courses with a registered continuation (where the citizen trains on).</summary>
    ContinuationRegistered,
}
