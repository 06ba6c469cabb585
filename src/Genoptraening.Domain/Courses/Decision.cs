using System.Collections.Immutable;

namespace Genoptraening.Domain.Courses;

/// <summary>The decider's answer: the events to append, or a rejection that changes nothing.</summary>
public abstract record Decision
{
    private Decision()
    {
    }

    public sealed record Accepted(ImmutableArray<CourseEvent> Events) : Decision;

    /// <summary>
    /// The course refuses, for the reason <paramref name="Code"/> names; <paramref name="Args"/> are what its
    /// text needs (instants and dates as ISO text, names as the wire names), and <paramref name="Field"/>
    /// names the offending input field when there is one (e.g. <c>at</c>). The texts are looked up by code:
    /// <see cref="RejectionText"/> in English, the dashboard's in Danish.
    /// </summary>
    public sealed record Rejected(RejectionCode Code, ImmutableArray<string> Args, string? Field = null) : Decision
    {
        public RejectionKind Kind => Code.KindOf();

        /// <summary>The English text, as the API and <c>simulate</c> give it.</summary>
        public string Reason => RejectionText.English(this);

        public bool Equals(Rejected? other) =>
            other is not null && Code == other.Code && Field == other.Field && Args.AsSpan().SequenceEqual(other.Args.AsSpan());

        public override int GetHashCode() => HashCode.Combine(Code, Field, Args.Length);
    }
}
