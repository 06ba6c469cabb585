using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// A course's life in the order it happened: the referral, the events, the warnings and escalations, their
/// acknowledgements; each with who did it, where the history says (a key's name, the signed-in person).
/// </summary>
public static class Timeline
{
    /// <param name="Who">Who recorded it; null for what the course's timers did.</param>
    public sealed record Entry(string When, string Text, string? Who = null);

    /// <param name="state">The course.</param>
    /// <param name="whoRecorded">Who recorded each of the course's events (its history's <c>by</c>); null where unknown.</param>
    public static IReadOnlyList<Entry> Of(CourseState state, Func<Occurrence, string?>? whoRecorded = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var plans = PlansBefore(state);
        whoRecorded ??= _ => null;
        return [.. state.Occurrences.Select(o => (o.At, TextOf(o, plans, state.Rules), whoRecorded(o)))
            .Concat(state.Alerts.Select(a => (a.At, a.IsWarning ? $"Varsel: {Light.Danish(a.Kind)}" : $"Eskalering niveau {a.Level}: {Light.Danish(a.Kind)} overskredet", (string?)null)))
            .Concat(state.Alerts.Where(a => a.Acknowledged is not null)
                .Select(a => (a.Acknowledged!.At, $"Kvitteret ({Light.Danish(a.Kind)}): {a.Acknowledged.Comment}", (string?)a.Acknowledged.By)))
            .Concat(state.FreeChoiceTriggeredAt is { } at ? [(at, "Udvidet frit valg udløst", null)] : [])
            .Prepend((state.Referral!.ReceivedAt, "Henvisning modtaget", null))
            .OrderBy(e => e.Item1)
            .Select(e => new Entry(Danish.Time(e.Item1), e.Item2, e.Item3))];
    }

    /// <summary>The timeline of a course as read, with who recorded each event from its history.</summary>
    public static IReadOnlyList<Entry> Of(Genoptraening.Workflows.Reads.CourseRecord course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var by = new Dictionary<Occurrence, string?>(ReferenceEqualityComparer.Instance);
        foreach (var (e, stored) in course.Events.Zip(course.Stored))
        {
            if (e is CourseEvent.OccurrenceRecorded recorded)
            {
                by[recorded.Occurrence] = stored.By;
            }
        }

        return Of(course.State, o => by.GetValueOrDefault(o));
    }

    private static string TextOf(Occurrence occurrence, Dictionary<Occurrence, Referral> plansBefore, StandardVersion? rules) => occurrence switch
    {
        Occurrence.ProviderContacted { Provider: { } id } contacted =>
            $"{NameOf(contacted)}: {rules?.MunicipalProviders.FirstOrDefault(p => p.Id == id)?.Name ?? id}",
        Occurrence.ExtendedFreeChoiceExercised { Provider: { } id } exercised =>
            $"{NameOf(exercised)}: {rules?.FreeChoiceList.FirstOrDefault(p => p.Id == id)?.Name ?? id}",
        Occurrence.TransferredToOtherMunicipality transferred => $"{NameOf(transferred)}: {transferred.Municipality}",
        Occurrence.CitizenInformedOfFreeChoice informed => $"{NameOf(informed)} ({Danish.Channel(informed.Channel)})",
        Occurrence.PlanCorrected corrected => $"Hospitalet har rettet genoptræningsplanen: {Changes(plansBefore[corrected], corrected)}",
        Occurrence.PlanCancelled cancelled => "Hospitalet har annulleret genoptræningsplanen" + (cancelled.Reason is { } reason ? $" ({reason})" : string.Empty),
        _ => NameOf(occurrence),
    };

    private static string NameOf(Occurrence occurrence) =>
        EventForm.Names.TryGetValue(occurrence.Type.ToWireName(), out var name) ? name : occurrence.Type.ToWireName();

    /// <summary>The plan as it stood before each correction, from the plan as received.</summary>
    private static Dictionary<Occurrence, Referral> PlansBefore(CourseState state)
    {
        var before = new Dictionary<Occurrence, Referral>(ReferenceEqualityComparer.Instance);
        var plan = state.ReceivedReferral ?? state.Referral!;
        foreach (var correction in state.Occurrences.OfType<Occurrence.PlanCorrected>())
        {
            before[correction] = plan;
            plan = plan.CorrectedBy(correction);
        }

        return before;
    }

    /// <summary>What a correction changed, in Danish: "udskrivelse 15-05-2026 (før 12-05-2026)".</summary>
    private static string Changes(Referral before, Occurrence.PlanCorrected after)
    {
        static string Date(NodaTime.LocalDate? date) => date is { } d ? Danish.Date(d) : "ingen";
        static string Type(PlanType? type) => type is { } t ? t.ToWireName() : "ikke oplyst";
        static string Level(TrainingLevel? level) => level is { } l ? l.ToWireName() : "ikke oplyst";
        var changes = new List<string>();
        void Compare(string label, string was, string now)
        {
            if (was != now)
            {
                changes.Add($"{label} {now} (før {was})");
            }
        }

        Compare("udskrivelse", Date(before.DischargeDate), Date(after.DischargeDate));
        Compare("træning tidligst fra", Date(before.StartNotBefore), Date(after.StartNotBefore));
        Compare("plantype", Type(before.PlanType), Type(after.PlanType));
        Compare("niveau", Level(before.Level), Level(after.Level));
        return changes.Count == 0 ? "intet ændret i datoer, type eller niveau" : string.Join(", ", changes);
    }
}
