using System.Text.Json;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// The textbook peer's orchestration input: the referral's facts, no personal data (no CPR, no name):
/// <c>{ "standard": "rebild/sul140", "version": 1, "receivedAt", "dischargeDate" }</c>.
/// </summary>
internal static class PeerStart
{
    public static string ToJson(StandardVersion rules, Referral referral)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(referral);
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["standard"] = rules.Id.ToString(),
            ["version"] = rules.Version,
            ["receivedAt"] = WireTime.Format(referral.ReceivedAt),
            ["dischargeDate"] = referral.DischargeDate is { } date ? WireTime.Format(date) : null,
        });
    }

    /// <summary>The start command the input stands for, and the instant it is decided at (the referral's receipt).</summary>
    public static (CourseCommand.StartCourse Command, Instant At) Read(string json, ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var standard = root.GetProperty("standard").GetString();
        var rules = (StandardId.TryParse(standard, out var id) ? catalog.Version(id, root.GetProperty("version").GetInt32()) : null)
            ?? throw new InvalidOperationException($"The catalog has no {standard}.");
        var fields = new JsonFieldReader(root, "", []);
        var receivedAt = fields.Instant("receivedAt", required: true)!.Value;
        var referral = Referral.Plan(receivedAt, fields.Date("dischargeDate"));
        return (new CourseCommand.StartCourse(rules, referral), receivedAt);
    }
}
