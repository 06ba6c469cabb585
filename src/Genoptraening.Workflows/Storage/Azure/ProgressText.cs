using System.Text;
using System.Text.Json;
using Genoptraening.Domain.Vocabulary;
using NodaTime.Text;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>A course's progress as its read-model row's <c>Progress</c> column holds it: a short JSON.</summary>
public static class ProgressText
{
    /// <summary>E.g. <c>{"deadlines":[["contact","2026-05-04","met"]],"contacted":true,"visitated":true,"trainingStarted":false,"freeChoiceInformed":null}</c>.</summary>
    public static string Encode(CourseProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("deadlines");
            foreach (var d in progress.Deadlines)
            {
                w.WriteStartArray();
                w.WriteStringValue(d.Kind.ToWireName());
                w.WriteStringValue(LocalDatePattern.Iso.Format(d.Due));
                w.WriteStringValue(d.Status.ToWireName());
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteBoolean("contacted", progress.Contacted);
            w.WriteBoolean("visitated", progress.Visitated);
            w.WriteBoolean("trainingStarted", progress.TrainingStarted);
            if (progress.FreeChoiceInformed is { } informed)
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

    /// <summary>
    /// Reads <see cref="Encode"/>'s text back; throws on a text it did not write. A row written before it held
    /// <c>contacted</c> (2026-12-07) reads as contacted when its contact deadline is met, until the course's next step.
    /// </summary>
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
        var contacted = root.TryGetProperty("contacted", out var c)
            ? c.GetBoolean()
            : deadlines.Any(d => d.Kind == DeadlineKind.Contact && d.Status is DeadlineStatus.Met or DeadlineStatus.MetLate);
        return new CourseProgress(
            deadlines, contacted, root.GetProperty("visitated").GetBoolean(), root.GetProperty("trainingStarted").GetBoolean(),
            informed.ValueKind == JsonValueKind.Null ? null : informed.GetBoolean());
    }
}
