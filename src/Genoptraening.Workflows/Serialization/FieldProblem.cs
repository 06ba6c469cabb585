namespace Genoptraening.Workflows.Serialization;

/// <summary>What is wrong with an input field, as a code: the dashboard's Danish text is looked up by it.</summary>
public enum FieldProblem
{
    /// <summary>Any problem without a code of its own; its English message is all there is.</summary>
    Other,
    Required,
    NotAString,
    NotTrueOrFalse,
    NotAWholeNumber,
    NotAnInstant,
    NotADate,

    /// <summary>A name that is not one of the field's names (a level, a channel, a plan type).</summary>
    NotOneOf,

    /// <summary>Longer than its maximum; the argument is the maximum.</summary>
    TooLong,
    OutsideCalendar,
    InTheFuture,
}
