using System.Text.Json;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Workflows.Serialization;

/// <summary>
/// A course's standard and referral as a <c>CourseStarted</c> event and a <c>StartCourse</c> command store them:
/// the standard's id and version (resolved in the catalog on reading), the referral's kind, receipt, dates, and
/// the plan's type and level (stored since 2026-12-07; older courses have none). No personal data.
/// </summary>
internal static class ReferralJson
{
    public static void Write(Utf8JsonWriter w, StandardVersion rules, Referral referral)
    {
        w.WriteString("standard", rules.Id.ToString());
        w.WriteNumber("version", rules.Version);
        w.WriteString("referral", StoredNames.ReferralKinds.NameOf(referral.Kind));
        w.WriteString("receivedAt", InstantPattern.ExtendedIso.Format(referral.ReceivedAt));
        WriteIfAny(w, "dischargeDate", referral.DischargeDate is { } discharge ? WireTime.Format(discharge) : null);
        WriteIfAny(w, "startNotBefore", referral.StartNotBefore is { } notBefore ? WireTime.Format(notBefore) : null);
        WriteIfAny(w, "planType", referral.PlanType is { } planType ? StoredNames.PlanTypes.NameOf(planType) : null);
        WriteIfAny(w, "level", referral.Level is { } level ? StoredNames.TrainingLevels.NameOf(level) : null);
    }

    public static (StandardVersion Rules, Referral Referral) Read(JsonElement json, Func<StandardId, int, StandardVersion> resolveStandard)
    {
        var standard = json.GetProperty("standard").GetString();
        if (!StandardId.TryParse(standard, out var id))
        {
            throw new InvalidOperationException($"Stored course names an invalid standard '{standard}'.");
        }

        var referral = new Referral(
            StoredNames.ReferralKinds.Parse(json.GetProperty("referral").GetString()),
            InstantPattern.ExtendedIso.Parse(json.GetProperty("receivedAt").GetString()!).Value,
            OptionalDate(json, "dischargeDate"),
            OptionalDate(json, "startNotBefore"),
            json.TryGetProperty("planType", out var planType) ? StoredNames.PlanTypes.Parse(planType.GetString()) : null,
            json.TryGetProperty("level", out var level) ? StoredNames.TrainingLevels.Parse(level.GetString()) : null);
        return (resolveStandard(id, json.GetProperty("version").GetInt32()), referral);
    }

    private static void WriteIfAny(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static LocalDate? OptionalDate(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) ? LocalDatePattern.Iso.Parse(value.GetString()!).Value : null;
}
