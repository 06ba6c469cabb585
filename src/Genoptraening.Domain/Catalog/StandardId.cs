using System.Text.RegularExpressions;

namespace Genoptraening.Domain.Catalog;

/// <summary>One service level of one municipality, written <c>municipality/basis</c>, e.g. <c>rebild/sul140</c>.</summary>
public sealed partial record StandardId(string Municipality, string Basis)
{
    /// <summary>The legal bases a standard can have: § 140 plans and § 86 stk. 1/2 applications.</summary>
    public static IReadOnlyList<string> Bases { get; } = ["sul140", "sel86", "sel86-1", "sel86-2"];

    public bool IsHealthAct => Basis == StatutoryRules.HealthActBasis;

    public static bool IsValidMunicipality(string? municipality) =>
        municipality is not null && MunicipalityPattern().IsMatch(municipality);

    public static bool TryParse(string? text, out StandardId id)
    {
        id = new StandardId(string.Empty, string.Empty);
        var parts = text?.Split('/');
        if (parts is not [var municipality, var basis] || !IsValidMunicipality(municipality) || !Bases.Contains(basis))
        {
            return false;
        }

        id = new StandardId(municipality, basis);
        return true;
    }

    public override string ToString() => $"{Municipality}/{Basis}";

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex MunicipalityPattern();
}
