using System.Text.Json;
using Azure.Data.Tables;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Serialization;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// A refusal in an answer row: its code (<see cref="StoredNames.RejectionCodes"/>) and arguments (a JSON array),
/// beside the kind and English text that rows written before codes carry alone (read as an uncoded refusal).
/// </summary>
internal static class StoredRefusal
{
    public static string? CodeOf(Decision.Rejected? refusal) => refusal is null ? null : StoredNames.RejectionCodes.NameOf(refusal.Code);

    public static string? ArgsOf(Decision.Rejected? refusal) => refusal is null ? null : JsonSerializer.Serialize(refusal.Args.ToArray(), ArgsContext.Default.StringArray);

    public static Decision.Rejected Read(TableEntity row)
    {
        var field = row.GetString("Field");
        if (row.GetString("Code") is { } code && row.GetString("Args") is { } args)
        {
            return new Decision.Rejected(StoredNames.RejectionCodes.Parse(code), [.. JsonSerializer.Deserialize(args, ArgsContext.Default.StringArray) ?? []], field);
        }

        var uncoded = row.GetString("Rejection") == nameof(RejectionKind.InvalidInput) ? RejectionCode.UncodedInvalidInput : RejectionCode.UncodedNotAllowed;
        return new Decision.Rejected(uncoded, [row.GetString("Reason") ?? "refused"], field);
    }
}
