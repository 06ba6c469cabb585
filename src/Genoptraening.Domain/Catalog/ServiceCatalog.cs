using System.Collections.Immutable;
using NodaTime;

namespace Genoptraening.Domain.Catalog;

/// <summary>
/// The service-level catalog: every municipality's standards, each with its versions, and the national free-choice list
/// (<see cref="FreeChoiceListParser.FileName"/>), which every version carries.
/// </summary>
public sealed class ServiceCatalog
{
    private readonly ImmutableDictionary<StandardId, ImmutableArray<StandardVersion>> versionsById;

    private ServiceCatalog(ImmutableDictionary<StandardId, ImmutableArray<StandardVersion>> versionsById) =>
        this.versionsById = versionsById;

    public IEnumerable<StandardId> Standards => versionsById.Keys.OrderBy(id => id.ToString(), StringComparer.Ordinal);

    public IEnumerable<string> Municipalities => Standards.Select(id => id.Municipality).Distinct();

    /// <summary>Parses and validates every file; throws with all mistakes of all files at once.</summary>
    public static ServiceCatalog Load(IEnumerable<CatalogSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var errors = new List<CatalogError>();
        var versions = new Dictionary<StandardId, ImmutableArray<StandardVersion>>();
        var fileOfMunicipality = new Dictionary<string, string>();
        IReadOnlyList<FreeChoiceProvider> freeChoiceList = [];
        foreach (var source in sources)
        {
            if (source.FileName == FreeChoiceListParser.FileName)
            {
                freeChoiceList = FreeChoiceListParser.Parse(source, errors);
                continue;
            }

            var parsed = CatalogFileParser.Parse(source, errors);
            foreach (var (id, standardVersions) in parsed)
            {
                if (fileOfMunicipality.TryGetValue(id.Municipality, out var other) && other != source.FileName)
                {
                    errors.Add(new(source.FileName, null, "municipality", $"'{id.Municipality}' is also defined in {other}"));
                    continue;
                }

                fileOfMunicipality[id.Municipality] = source.FileName;
                versions[id] = standardVersions;
            }
        }

        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }

        // Every version checks against the list as the catalog holds it now: the list is data, not a rule a course keeps.
        return new ServiceCatalog(versions.ToImmutableDictionary(v => v.Key, v => v.Value.Select(version => version with { FreeChoiceList = freeChoiceList }).ToImmutableArray()));
    }

    /// <summary>The municipality's name from its catalog file, e.g. "Rebild Kommune"; its id when unknown.</summary>
    public string NameOf(string municipality) =>
        Standards.Where(id => id.Municipality == municipality).Select(id => VersionsOf(id)[^1].MunicipalityName).FirstOrDefault(n => n.Length > 0) ?? municipality;

    /// <summary>The standard's title from its newest version, e.g. "Genoptræning efter sundhedsloven § 140"; its id when it has none.</summary>
    public string TitleOf(StandardId id) => VersionsOf(id) is [.., var newest] && newest.Title.Length > 0 ? newest.Title : id.ToString();

    /// <summary>How many years the municipality keeps an ended course (<see cref="StandardVersion.RetentionYears"/>).</summary>
    public int RetentionYearsOf(string municipality) =>
        Standards.Where(id => id.Municipality == municipality).Select(id => VersionsOf(id)[^1].RetentionYears).FirstOrDefault(StandardVersion.DefaultRetentionYears);

    public bool Contains(StandardId id) => versionsById.ContainsKey(id);

    /// <summary>All versions of a standard, oldest first.</summary>
    public ImmutableArray<StandardVersion> VersionsOf(StandardId id) =>
        versionsById.TryGetValue(id, out var versions) ? versions : [];

    /// <summary>The version a course received on <paramref name="receivedDate"/> starts with, or null if none applies yet.</summary>
    public StandardVersion? VersionFor(StandardId id, LocalDate receivedDate) =>
        VersionsOf(id).LastOrDefault(v => v.EffectiveFrom <= receivedDate);

    /// <summary>A specific version, e.g. the one a course in flight is pinned to.</summary>
    public StandardVersion? Version(StandardId id, int version) =>
        VersionsOf(id).FirstOrDefault(v => v.Version == version);
}
