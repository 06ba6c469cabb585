using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Web.Http;

/// <summary>A course as the API returns it: the <c>simulate</c> result's fields, plus its id, scope, referral and next timer.</summary>
public static class CourseJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The course as JSON; <paramref name="personal"/> (its citizen's CPR number) only when asked for and audited; the
    /// municipality's case notes (its acknowledgements' comments, and who wrote them) not for a hospital (<paramref name="caseNotes"/> false).
    /// </summary>
    public static ContentHttpResult Result(CourseRecord course, PersonalData? personal = null, bool caseNotes = true) =>
        TypedResults.Text(Write(course, personal, caseNotes), "application/json", Encoding.UTF8);

    public static string Write(CourseRecord course, PersonalData? personal, bool caseNotes = true)
    {
        ArgumentNullException.ThrowIfNull(course);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            var state = course.State;
            w.WriteStartObject();
            w.WriteString("id", course.Id.ToString("D"));
            w.WriteString("municipality", course.Municipality);
            CourseViewWriter.WriteFields(w, state);
            w.WriteNumber("standardVersion", course.StandardVersion);
            w.WriteString("status", state.IsEnded ? "ended" : "active");
            w.WriteNumber("noShows", state.NoShows);
            WriteReferral(w, course, personal);
            if (state.NextTimer is { } next)
            {
                w.WriteStartObject("nextDue");
                w.WriteString("deadline", Domain.Vocabulary.WireNames.ToWireName(next.Deadline));
                w.WriteString("step", Domain.Vocabulary.WireNames.ToWireName(next.Kind));
                w.WriteString("at", WireTime.Format(next.Due));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("nextDue");
            }

            w.WriteStartArray("acknowledgements");
            foreach (var alert in state.Alerts.Where(a => caseNotes && a.Acknowledged is not null))
            {
                w.WriteStartObject();
                w.WriteString("kind", Domain.Vocabulary.WireNames.ToWireName(alert.Kind));
                w.WriteNumber("level", alert.Level);
                w.WriteString("at", WireTime.Format(alert.Acknowledged!.At));
                w.WriteString("comment", alert.Acknowledged.Comment);
                w.WriteString("by", alert.Acknowledged.By);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("version", course.Version);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteReferral(Utf8JsonWriter w, CourseRecord course, PersonalData? personal)
    {
        var referral = course.State.Referral!;
        w.WriteStartObject("referral");
        w.WriteString("kind", Domain.Vocabulary.WireNames.ToWireName(referral.Kind));
        w.WriteString("receivedAt", WireTime.Format(referral.ReceivedAt));
        if (referral.DischargeDate is { } discharge)
        {
            w.WriteString("dischargeDate", WireTime.Format(discharge));
        }

        if (referral.StartNotBefore is { } notBefore)
        {
            w.WriteString("startNotBefore", WireTime.Format(notBefore));
        }

        if (referral.PlanType is { } planType)
        {
            w.WriteString("planType", Domain.Vocabulary.WireNames.ToWireName(planType));
        }

        if (referral.Level is { } level)
        {
            w.WriteString("level", Domain.Vocabulary.WireNames.ToWireName(level));
        }

        if (course.ReferralKey is { } key)
        {
            w.WriteString("key", key);
        }

        w.WriteEndObject();
        if (personal is not null)
        {
            w.WriteStartObject("citizen");
            w.WriteString("cpr", personal.Cpr);
            w.WriteEndObject();
        }
    }
}
