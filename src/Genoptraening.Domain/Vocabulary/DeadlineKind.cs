namespace Genoptraening.Domain.Vocabulary;

/// <summary>What a deadline is about. Each kind occurs at most once per course.</summary>
public enum DeadlineKind
{
    /// <summary>The municipality contacts the citizen.</summary>
    Contact,

    /// <summary>A written decision (afgørelse) on an application.</summary>
    Decision,

    /// <summary>The visitation passes the case on to the training provider.</summary>
    ProviderContact,

    /// <summary>The initial examination (forundersøgelse, udredning) with goals for the training.</summary>
    InitialExamination,

    /// <summary>Training starts (or, where the standard says so, start is offered).</summary>
    Start,

    /// <summary>The statutory 7-day start guarantee of Sundhedsloven § 140 stk. 4.</summary>
    StartGuarantee,

    /// <summary>The midway evaluation (midtvejsevaluering).</summary>
    MidwayEvaluation,

    /// <summary>The course ends with a final evaluation within the granted period.</summary>
    End,
}
