using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Serialization;
using static Genoptraening.Domain.Courses.CourseEvent;

namespace Genoptraening.Workflows.Alerts;

/// <summary>
/// Escalation messages for the visitation's queue <c>escalations-{municipality}</c>, schema version 1
/// (contracts/http-api.md). No CPR number, no name: the course id is the link.
/// </summary>
public static class EscalationMessage
{
    public const string Warning = "deadline.warning";
    public const string Breached = "deadline.breached";
    public const string Escalated = "deadline.escalated";
    public const string FreeChoice = "freechoice.triggered";

    /// <summary>What every municipality's escalation queue's name begins with.</summary>
    public const string QueuePrefix = "escalations-";

    public static string QueueFor(string municipality) => QueuePrefix + municipality;

    /// <summary>
    /// The course's page in the dashboard, relative to the dashboard's address (http://localhost:7071/ on the local
    /// host, https://APP/api/dashboard/ in the Functions app): where a visitator opens it with no API key.
    /// </summary>
    public static string DashboardLink(Guid courseId) => $"forloeb/{courseId:D}";

    /// <summary>The letter telling the citizen of the extended free choice (RULES.md § 10), on <c>freechoice.triggered</c> only.</summary>
    public static string LetterLink(Guid courseId) => $"/api/courses/{courseId:D}/letters/free-choice";

    /// <summary>The hospital corrected the course's plan (RULES.md § 9); <c>deadline</c> and <c>level</c> are null.</summary>
    public const string PlanCorrected = "plan.corrected";

    /// <summary>The hospital cancelled the course's plan: the course ended <c>withdrawn</c>; <c>deadline</c> and <c>level</c> are null.</summary>
    public const string PlanCancelled = "plan.cancelled";

    /// <summary>The message an event sends, or null for events that send none.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="state">The course after the step, for the deadline's due date and breach.</param>
    /// <param name="e">The event.</param>
    /// <param name="version">The event's version: with the course id it makes a stable message id.</param>
    public static AlertMessage? For(Guid courseId, CourseState state, CourseEvent e, int version)
    {
        ArgumentNullException.ThrowIfNull(state);
        var (type, kind, level) = e switch
        {
            WarningRaised w => (Warning, w.Kind, Alert.WarningLevel),
            EscalationRaised { Level: 1 } x => (Breached, x.Kind, 1),
            EscalationRaised x => (Escalated, x.Kind, x.Level),
            FreeChoiceTriggered f => (FreeChoice, f.Kind, 1),
            OccurrenceRecorded { Occurrence: Occurrence.PlanCorrected } => (PlanCorrected, (DeadlineKind?)null, (int?)null),
            OccurrenceRecorded { Occurrence: Occurrence.PlanCancelled } => (PlanCancelled, null, null),
            _ => (null, null, null),
        };
        if (type is null)
        {
            return null;
        }

        var id = $"{courseId:N}-{version:D6}";
        var municipality = state.Rules!.Id.Municipality;
        var deadline = kind is { } k ? state.Deadline(k)! : null;
        var breachedAt = type == FreeChoice ? e.At : deadline?.BreachedAt;
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteString("id", id);
            w.WriteString("type", type);
            w.WriteString("courseId", courseId.ToString("D"));
            w.WriteString("municipality", municipality);
            w.WriteString("standard", state.Rules.Id.ToString());
            if (deadline is not null)
            {
                w.WriteStartObject("deadline");
                w.WriteString("kind", deadline.Kind.ToWireName());
                w.WriteString("due", WireTime.Format(deadline.Due));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("deadline");
            }

            if (level is { } l)
            {
                w.WriteNumber("level", l);
            }
            else
            {
                w.WriteNull("level");
            }

            w.WriteString("at", WireTime.Format(e.At));
            if (breachedAt is { } breached && type != Warning)
            {
                w.WriteString("breachedAt", WireTime.Format(breached));
            }
            else
            {
                w.WriteNull("breachedAt");
            }

            w.WriteStartObject("links");
            w.WriteString("course", $"/api/courses/{courseId:D}");
            w.WriteString("dashboard", DashboardLink(courseId));
            if (type == FreeChoice)
            {
                // What a Digital Post integration fetches and sends (docs/escalations.md).
                w.WriteString("letter", LetterLink(courseId));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return new AlertMessage(id, QueueFor(municipality), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
