using System.Text;
using System.Text.Json;
using Genoptraening.Domain;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Workflows.Reads;

/// <summary>One deadline as the dashboard's overview shows it (a light, the next deadline, the urgency).</summary>
public sealed record DeadlineProgress(DeadlineKind Kind, LocalDate Due, DeadlineStatus Status);

/// <summary>
/// What the dashboard's overview shows of a course beyond the read-model row's own columns: its deadlines
/// (kind, due date, status; in the order they opened), how far it has come (the phase), and whether its
/// extended free choice is triggered and the citizen informed. Published by every step with the row
/// (<see cref="Encode"/>, a short JSON), so the overview is one range read of the municipality's rows
/// instead of a history read per course. What depends on the day (lights, urgency) is computed when shown.
/// </summary>
/// <param name="Deadlines">Every deadline the course has had.</param>
/// <param name="Visitated">A visitation or a start offer is recorded.</param>
/// <param name="TrainingStarted">Training has started.</param>
/// <param name="FreeChoiceInformed">Null unless the free choice is triggered; then whether the citizen is recorded informed.</param>
public sealed record CourseProgress(IReadOnlyList<DeadlineProgress> Deadlines, bool Visitated, bool TrainingStarted, bool? FreeChoiceInformed)
{
    public static CourseProgress Of(CourseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var freeChoice = state.FreeChoiceTriggeredAt is not null && FreeChoiceBreach.KindOf(state) is not null;
        return new CourseProgress(
            [.. state.Deadlines.Select(d => new DeadlineProgress(d.Kind, d.Due, d.Status))],
            state.Has(OccurrenceType.Visitated) || state.Has(OccurrenceType.StartOffered),
            state.HasTrainingStarted,
            freeChoice ? FreeChoiceBreach.Informed(state) is not null : null);
    }

    /// <summary>E.g. <c>{"deadlines":[["contact","2026-05-04","met"]],"visitated":true,"trainingStarted":false,"freeChoiceInformed":null}</c>.</summary>
    public string Encode()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("deadlines");
            foreach (var d in Deadlines)
            {
                w.WriteStartArray();
                w.WriteStringValue(d.Kind.ToWireName());
                w.WriteStringValue(LocalDatePattern.Iso.Format(d.Due));
                w.WriteStringValue(d.Status.ToWireName());
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteBoolean("visitated", Visitated);
            w.WriteBoolean("trainingStarted", TrainingStarted);
            if (FreeChoiceInformed is { } informed)
            {
                w.WriteBoolean("freeChoiceInformed", informed);
            }
            else
            {
                w.WriteNull("freeChoiceInformed");
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads <see cref="Encode"/>'s text back; throws on a text it did not write.</summary>
    public static CourseProgress Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var deadlines = root.GetProperty("deadlines").EnumerateArray().Select(d => d.EnumerateArray().Select(e => e.GetString()).ToArray() is [var kind, var due, var status]
            && WireNames.TryParse<DeadlineKind>(kind, out var k) && WireNames.TryParse<DeadlineStatus>(status, out var s) && LocalDatePattern.Iso.Parse(due!) is { Success: true } date
                ? new DeadlineProgress(k, date.Value, s)
                : throw new FormatException($"Not a deadline's progress: '{d.GetRawText()}'.")).ToList();
        var informed = root.GetProperty("freeChoiceInformed");
        return new CourseProgress(
            deadlines, root.GetProperty("visitated").GetBoolean(), root.GetProperty("trainingStarted").GetBoolean(),
            informed.ValueKind == JsonValueKind.Null ? null : informed.GetBoolean());
    }
}
