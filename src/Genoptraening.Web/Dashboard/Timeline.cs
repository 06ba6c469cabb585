using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Web.Dashboard;

/// <summary>A course's life in the order it happened: the referral, the events, the warnings and escalations, their acknowledgements.</summary>
public static class Timeline
{
    public sealed record Entry(string When, string Text);

    public static IReadOnlyList<Entry> Of(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. state.Occurrences.Select(o => (o.At, TextOf(o)))
            .Concat(state.Alerts.Select(a => (a.At, a.IsWarning ? $"Varsel: {Light.Danish(a.Kind)}" : $"Eskalering niveau {a.Level}: {Light.Danish(a.Kind)} overskredet")))
            .Concat(state.Alerts.Where(a => a.Acknowledged is not null).Select(a => (a.Acknowledged!.At, $"Kvitteret ({Light.Danish(a.Kind)}): {a.Acknowledged.Comment}")))
            .Concat(state.FreeChoiceTriggeredAt is { } at ? [(at, "Udvidet frit valg udløst")] : [])
            .Prepend((state.Referral!.ReceivedAt, "Henvisning modtaget"))
            .OrderBy(e => e.Item1)
            .Select(e => new Entry(Danish.Time(e.Item1), e.Item2))];
    }

    private static string TextOf(Occurrence occurrence)
    {
        var text = EventForm.Names.TryGetValue(occurrence.Type.ToWireName(), out var name) ? name : occurrence.Type.ToWireName();
        return occurrence is Occurrence.CitizenInformedOfFreeChoice informed ? $"{text} ({Danish.Channel(informed.Channel)})" : text;
    }
}
