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

    /// <summary>
    /// The citizen's own reply deadline, set when the municipality makes contact (RULES.md § 10): no warning, no escalation;
    /// missed while the start guarantee is pending, it waives the guarantee.
    /// </summary>
    CitizenReply,

    /// <summary>The municipality tells the citizen of the triggered free choice by the next working day (RULES.md § 10).</summary>
    FreeChoiceNotice,
}
