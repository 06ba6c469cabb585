using System.Text.Json;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Workflows.Views;

/// <summary>
/// Writes a course's summary fields exactly as <c>simulate</c> prints them and <c>GET /api/courses/{id}</c>
/// returns them: standard, outcome, deadlines, extendedFreeChoice, warnings, escalations.
/// </summary>
public static class CourseViewWriter
{
    public static void WriteFields(Utf8JsonWriter w, CourseState state)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(state);
        w.WriteString("standard", state.Rules?.Id.ToString());
        if (state.Outcome is { } outcome)
        {
            w.WriteString("outcome", outcome.ToWireName());
        }
        else
        {
            w.WriteNull("outcome");
        }

        WriteDeadlines(w, state);
        if (state.FreeChoice is { } freeChoice)
        {
            // Each of the free choice's facts, null until it happened (contracts/simulate.md).
            w.WriteStartObject("extendedFreeChoice");
            w.WriteString("triggeredAt", WireTime.Format(freeChoice.TriggeredAt));
            WriteOrNull(w, "informedAt", freeChoice.InformedAt is { } informed ? WireTime.Format(informed) : null);
            WriteOrNull(w, "channel", freeChoice.Channel?.ToWireName());
            WriteOrNull(w, "declinedAt", freeChoice.DeclinedAt is { } declined ? WireTime.Format(declined) : null);
            WriteOrNull(w, "exercisedAt", freeChoice.ExercisedAt is { } exercised ? WireTime.Format(exercised) : null);
            WriteOrNull(w, "provider", freeChoice.Provider);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("extendedFreeChoice");
        }

        w.WriteStartArray("warnings");
        foreach (var warning in state.Warnings.OrderBy(a => a.At))
        {
            w.WriteStartObject();
            w.WriteString("kind", warning.Kind.ToWireName());
            w.WriteString("at", WireTime.Format(warning.At));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("escalations");
        foreach (var escalation in state.Escalations.OrderBy(a => a.At))
        {
            w.WriteStartObject();
            w.WriteString("kind", escalation.Kind.ToWireName());
            w.WriteNumber("level", escalation.Level);
            w.WriteString("at", WireTime.Format(escalation.At));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDeadlines(Utf8JsonWriter w, CourseState state)
    {
        w.WriteStartArray("deadlines");
        foreach (var d in state.Deadlines)
        {
            w.WriteStartObject();
            w.WriteString("kind", d.Kind.ToWireName());
            w.WriteString("due", WireTime.Format(d.Due));
            w.WriteString("status", d.Status.ToWireName());
            if (d.SatisfiedAt is { } satisfiedAt)
            {
                w.WriteString("satisfiedAt", WireTime.Format(satisfiedAt));
            }

            if (d.BreachedAt is { } breachedAt)
            {
                w.WriteString("breachedAt", WireTime.Format(breachedAt));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
