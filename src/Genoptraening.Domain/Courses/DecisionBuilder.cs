namespace Genoptraening.Domain.Courses;

/// <summary>Collects a decision's events, evolving the state after each so later steps see earlier ones.</summary>
internal sealed class DecisionBuilder(CourseState state)
{
    private readonly List<CourseEvent> events = [];

    public CourseState State { get; private set; } = state;

    public void Emit(CourseEvent e)
    {
        events.Add(e);
        State = CourseEvolution.Evolve(State, e);
    }

    public Decision Accept() => new Decision.Accepted([.. events]);
}
