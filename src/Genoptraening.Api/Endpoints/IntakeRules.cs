using Genoptraening.Api.Intake;
using Genoptraening.Workflows.Serialization;
using NodaTime;

namespace Genoptraening.Api.Endpoints;

/// <summary>Checks shared by plans and applications.</summary>
internal static class IntakeRules
{
    public const int MaxIdLength = 100;
    public const int MaxTextLength = 100_000;

    public static void Identifier(string field, string? value, List<FieldError> errors)
    {
        if (value is { } id && (id.Length > MaxIdLength || id.Any(char.IsControl) || string.IsNullOrWhiteSpace(id)))
        {
            errors.Add(new FieldError(field, $"must be 1 to {MaxIdLength} printable characters"));
        }
    }

    public static void Cpr(string field, string? cpr, Instant now, List<FieldError> errors)
    {
        if (cpr is not null && CprNumber.Problem(cpr, Domain.Calendar.Copenhagen.DateOf(now)) is { } problem)
        {
            errors.Add(new FieldError(field, problem));
        }
    }

    public static void NotInTheFuture(string field, Instant? instant, Instant now, List<FieldError> errors)
    {
        if (instant > now)
        {
            errors.Add(new FieldError(field, "lies in the future"));
        }
    }
}
