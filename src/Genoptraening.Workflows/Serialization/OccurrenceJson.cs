using System.Text.Json;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;
using static Genoptraening.Domain.Courses.Occurrence;

namespace Genoptraening.Workflows.Serialization;

/// <summary>The events of RULES.md § 4 as JSON: <c>{ "at", fields... }</c>, read with field-level errors.</summary>
public static class OccurrenceJson
{
    public static bool TryParseType(string? name, out OccurrenceType type) => WireNames.OccurrenceTypes.TryParse(name, out type);

    public static string TypeNames => string.Join(", ", WireNames.OccurrenceTypes.Names);

    /// <summary>Reads an occurrence's fields; <paramref name="defaultAt"/> stands in for a missing <c>at</c>.</summary>
    public static Occurrence? Read(OccurrenceType type, IFieldSource fields, Instant? defaultAt)
    {
        var errorsBefore = fields.Errors.Count;
        var at = fields.Instant("at", required: defaultAt is null) ?? defaultAt ?? default;
        Occurrence? occurrence = type switch
        {
            OccurrenceType.CitizenContacted => new CitizenContacted(at, fields.Date("replyBy")),
            OccurrenceType.CitizenReplied => new CitizenReplied(at),
            OccurrenceType.FreeChoiceDeclined => new FreeChoiceDeclined(at),
            OccurrenceType.TransferredToOtherMunicipality => ReadOtherMunicipality(fields, at),
            OccurrenceType.Visitated => ReadVisitated(fields, at),
            OccurrenceType.ProviderContacted => new ProviderContacted(at, fields.Text("provider")),
            OccurrenceType.InitialExaminationHeld => new InitialExaminationHeld(at, fields.Bool("goalsSet") ?? true),
            OccurrenceType.StartOffered => fields.Date("startDate", required: true) is { } start ? new StartOffered(at, start) : null,
            OccurrenceType.StartOfferDeclined => new StartOfferDeclined(at),
            OccurrenceType.CitizenMissedResponseDeadline => new CitizenMissedResponseDeadline(at),
            OccurrenceType.TrainingStarted => new TrainingStarted(at),
            OccurrenceType.MidwayEvaluationHeld => new MidwayEvaluationHeld(at),
            OccurrenceType.ExtensionGranted => fields.WholeNumber("weeks", required: true) is { } weeks ? new ExtensionGranted(at, weeks) : null,
            OccurrenceType.NoShow => new NoShow(at),
            OccurrenceType.CourseCompleted => new CourseCompleted(at, fields.Bool("goalsAttained"), fields.Text("continuation")),
            OccurrenceType.CourseCancelled => new CourseCancelled(at, fields.Text("reason")),
            OccurrenceType.ExtendedFreeChoiceExercised => new ExtendedFreeChoiceExercised(at, fields.Text("provider")),
            OccurrenceType.CitizenInformedOfFreeChoice => ReadOneOf(fields, "channel", WireNames.InformationChannels, required: true) is { } channel ? new CitizenInformedOfFreeChoice(at, channel) : null,
            OccurrenceType.PlanCorrected => ReadCorrection(fields, at),
            OccurrenceType.PlanCancelled => new PlanCancelled(at, fields.Text("reason")),
            OccurrenceType.PlanMisdirected => new PlanMisdirected(at),
            _ => null,
        };
        return fields.Errors.Count > errorsBefore ? null : occurrence;
    }

    /// <summary>
    /// Reads an occurrence a course stored (an event's or a request's); <paramref name="at"/> stands in for a
    /// missing <c>at</c>. Throws on one it cannot read: a stored record that does not read is corrupt.
    /// </summary>
    public static Occurrence ReadStored(JsonElement body, Instant? at)
    {
        var errors = new List<FieldError>();
        if (!TryParseType(body.GetProperty("type").GetString(), out var type)
            || Read(type, new JsonFieldReader(body, "occurrence", errors), at) is not { } occurrence)
        {
            throw new InvalidOperationException($"Stored occurrence is unreadable: {string.Join("; ", errors)}");
        }

        return occurrence;
    }

    /// <summary>Writes <c>type</c>, <c>at</c> and the occurrence's own fields.</summary>
    public static void Write(Utf8JsonWriter writer, Occurrence occurrence)
    {
        writer.WriteString("type", occurrence.Type.ToWireName());
        writer.WriteString("at", WireTime.Format(occurrence.At));
        switch (occurrence)
        {
            case CitizenContacted c:
                WriteOptional(writer, "replyBy", c.ReplyBy);
                break;
            case TransferredToOtherMunicipality t:
                writer.WriteString("municipality", t.Municipality);
                break;
            case Visitated v:
                writer.WriteBoolean("granted", v.Granted);
                if (v.Level is { } level)
                {
                    writer.WriteString("level", level.ToWireName());
                }

                break;
            case InitialExaminationHeld e:
                writer.WriteBoolean("goalsSet", e.GoalsSet);
                break;
            case StartOffered o:
                writer.WriteString("startDate", WireTime.Format(o.StartDate));
                break;
            case ExtensionGranted x:
                writer.WriteNumber("weeks", x.Weeks);
                break;
            case CourseCompleted c:
                WriteOptional(writer, "goalsAttained", c.GoalsAttained);
                WriteOptional(writer, "continuation", c.Continuation);
                break;
            case CourseCancelled c:
                WriteOptional(writer, "reason", c.Reason);
                break;
            case ProviderContacted p:
                WriteOptional(writer, "provider", p.Provider);
                break;
            case ExtendedFreeChoiceExercised f:
                WriteOptional(writer, "provider", f.Provider);
                break;
            case CitizenInformedOfFreeChoice informed:
                writer.WriteString("channel", informed.Channel.ToWireName());
                break;
            case PlanCorrected c:
                WriteOptional(writer, "dischargeDate", c.DischargeDate);
                WriteOptional(writer, "startNotBefore", c.StartNotBefore);
                WriteOptional(writer, "planType", c.PlanType?.ToWireName());
                WriteOptional(writer, "level", c.Level?.ToWireName());
                break;
            case PlanCancelled c:
                WriteOptional(writer, "reason", c.Reason);
                break;
        }
    }

    private static Visitated? ReadVisitated(IFieldSource fields, Instant at)
    {
        var granted = fields.Bool("granted", required: true);
        var levelName = fields.Text("level");
        TrainingLevel? level = WireNames.TrainingLevels.TryParse(levelName, out var parsed) ? parsed : null;
        if (levelName is not null && level is null)
        {
            fields.Fail("level", FieldProblem.NotOneOf, "expected basal or avanceret");
        }

        return granted is { } g ? new Visitated(at, g, level) : null;
    }

    private static TransferredToOtherMunicipality? ReadOtherMunicipality(IFieldSource fields, Instant at)
    {
        var other = fields.Text("municipality", required: true);
        if (other is { } text && text.Trim().Length == 0)
        {
            fields.Fail("municipality", FieldProblem.Required, "is required");
            return null;
        }

        return other is null ? null : new TransferredToOtherMunicipality(at, other.Trim());
    }

    /// <summary>The corrected plan's fields, each optional as in a new plan.</summary>
    private static PlanCorrected? ReadCorrection(IFieldSource fields, Instant at)
    {
        var discharge = fields.Date("dischargeDate");
        var notBefore = fields.Date("startNotBefore");
        var type = ReadOneOf(fields, "planType", WireNames.PlanTypes);
        var level = ReadOneOf(fields, "level", WireNames.TrainingLevels);
        return new PlanCorrected(at, discharge, notBefore, type, level);
    }

    /// <summary>A field with one of <paramref name="names"/>; a field error for any other text (and, when required, for none).</summary>
    public static T? ReadOneOf<T>(IFieldSource fields, string name, NameTable<T> names, bool required = false)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(names);
        var text = fields.Text(name, required);
        if (text is null)
        {
            return null;
        }

        if (names.TryParse(text, out var value))
        {
            return value;
        }

        fields.Fail(name, FieldProblem.NotOneOf, $"expected one of: {string.Join(", ", names.Names)}");
        return null;
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, LocalDate? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, WireTime.Format(date));
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } v)
        {
            writer.WriteBoolean(name, v);
        }
    }
}
