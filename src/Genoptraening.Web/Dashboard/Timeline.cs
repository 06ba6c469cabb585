using Genoptraening.Domain.Catalog;
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
        var plans = PlansBefore(state);
        return [.. state.Occurrences.Select(o => (o.At, TextOf(o, plans, state.Rules)))
            .Concat(state.Alerts.Select(a => (a.At, a.IsWarning ? $"Varsel: {Light.Danish(a.Kind)}" : $"Eskalering niveau {a.Level}: {Light.Danish(a.Kind)} overskredet")))
            .Concat(state.Alerts.Where(a => a.Acknowledged is not null).Select(a => (a.Acknowledged!.At, $"Kvitteret ({Light.Danish(a.Kind)}): {a.Acknowledged.Comment}")))
            .Concat(state.FreeChoiceTriggeredAt is { } at ? [(at, "Udvidet frit valg udløst")] : [])
            .Prepend((state.Referral!.ReceivedAt, "Henvisning modtaget"))
            .OrderBy(e => e.Item1)
            .Select(e => new Entry(Danish.Time(e.Item1), e.Item2))];
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
