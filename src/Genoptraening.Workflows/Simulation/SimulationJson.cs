using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Genoptraening.Workflows.Views;

namespace Genoptraening.Workflows.Simulation;

/// <summary>Writes results as contracts/simulate.md shows them: one object, or an array in input order.</summary>
public static class SimulationJson
{
    public static string Write(IReadOnlyList<SimulationResult> results, bool asArray)
    {
        ArgumentNullException.ThrowIfNull(results);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (asArray)
            {
                w.WriteStartArray();
            }

            foreach (var result in results)
            {
                w.WriteStartObject();
                CourseViewWriter.WriteFields(w, result.State);
                w.WriteStartArray("rejected");
                foreach (var r in result.Rejected)
                {
                    w.WriteStartObject();
                    w.WriteNumber("index", r.Index);
                    w.WriteString("type", r.Type);
                    w.WriteString("reason", r.Reason);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            if (asArray)
            {
                w.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
