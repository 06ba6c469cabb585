using System.Xml;
using System.Xml.Linq;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Web.Intake;

/// <summary>
/// Reads MedCom's GGOP (genoptræningsplan) XML: the elements this product needs, by local name and
/// in any namespace (docs/ggop.md lists them). The receiving municipality is found from the
/// receiver's EAN number through <c>Intake:Receivers</c>.
/// </summary>
public static class GgopXmlReader
{
    public static PlanRequest? Read(byte[] xml, IReadOnlyDictionary<string, string> receivers, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(receivers);
        ArgumentNullException.ThrowIfNull(errors);
        XDocument document;
        try
        {
            using var stream = new MemoryStream(xml);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            errors.Add(new FieldError("body", $"malformed XML: {e.Message}"));
            return null;
        }

        var before = errors.Count;
        var statusCode = Value(document, "Letter", "StatusCode");
        var status = PlanStatuses.FromGgop(statusCode);
        if (status is null)
        {
            errors.Add(new FieldError("Letter/StatusCode", $"unknown status '{statusCode}': {PlanStatuses.ExpectedInGgop}"));
        }

        var planId = Required(document, errors, "Letter/Identifier", "Letter", "Identifier");
        var sender = Required(document, errors, "Sender/EANIdentifier", "Sender", "EANIdentifier");
        var receiver = Required(document, errors, "Receiver/EANIdentifier", "Receiver", "EANIdentifier");
        var cpr = Required(document, errors, "Patient/CivilRegistrationNumber", "Patient", "CivilRegistrationNumber");
        string? municipality = null;
        if (receiver is not null && !receivers.TryGetValue(receiver, out municipality))
        {
            errors.Add(new FieldError("Receiver/EANIdentifier", $"no municipality receives at {receiver} (Intake:Receivers)"));
        }

        var discharge = Value(document, "DischargeDate") ?? Value(document, "Discharge", "Date");
        var dischargeDate = default(NodaTime.LocalDate?);
        if (discharge is not null)
        {
            dischargeDate = WireTime.TryParseDate(discharge, out var date) ? date : null;
            if (dischargeDate is null)
            {
                errors.Add(new FieldError("DischargeDate", "expected a date as yyyy-MM-dd"));
            }
        }

        var deadline = Value(document, "RehabilitationDeadline");
        var text = string.Join(Environment.NewLine, new[] { deadline is null ? null : $"Frist: {deadline}", Value(document, "RehabilitationText") }.OfType<string>());
        return errors.Count > before
            ? null
            : new PlanRequest(sender!, planId!, municipality!, cpr!, dischargeDate, Value(document, "TypeOfRehabilitationPlan"), null, null, null,
                text.Length == 0 ? null : text, status ?? PlanStatus.New);
    }

    private static string? Required(XDocument document, List<FieldError> errors, string field, params string[] path)
    {
        var value = Value(document, path);
        if (value is null)
        {
            errors.Add(new FieldError(field, "is required"));
        }

        return value;
    }

    /// <summary>The trimmed text of the first element at the end of the path of local names, searched at any depth.</summary>
    private static string? Value(XDocument document, params string[] path)
    {
        IEnumerable<XElement> current = document.Descendants().Where(e => e.Name.LocalName == path[0]);
        foreach (var name in path.Skip(1))
        {
            current = current.Elements().Where(e => e.Name.LocalName == name);
        }

        return current.Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);
    }
}
