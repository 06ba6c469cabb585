using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Genoptraening.Domain.Catalog;
using Genoptraening.Web.Http;

namespace Genoptraening.Web.Security;

/// <summary>The configured keys by hash. Checked at start: a bad entry stops the host with a clear message.</summary>
public sealed class ApiKeyRegistry
{
    private readonly FrozenDictionary<string, Caller> callersByHash;
    private readonly FrozenDictionary<string, Caller> callersByName;

    public ApiKeyRegistry(IConfiguration configuration, ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(catalog);
        var entries = configuration.GetSection(WebSettingKeys.ApiKeys).Get<List<ApiKeyEntry>>() ?? [];
        var problems = entries.SelectMany((e, i) => Problems(e, i, catalog)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("ApiKeys are invalid: " + string.Join("; ", problems));
        }

        callersByHash = entries.ToFrozenDictionary(
            e => e.Sha256.ToLowerInvariant(),
            e => new Caller(e.Name, e.Role, e.Sender, e.Municipality),
            StringComparer.Ordinal);
        callersByName = callersByHash.Values.DistinctBy(c => c.Name).ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>The key of that name, as configured now; null for a person's name or a key no longer configured.</summary>
    public Caller? Named(string name) => callersByName.GetValueOrDefault(name);

    public Caller? Find(string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return callersByHash.GetValueOrDefault(hash);
    }

    private static IEnumerable<string> Problems(ApiKeyEntry e, int index, ServiceCatalog catalog)
    {
        var at = $"ApiKeys:{index} ({e.Name})";
        if (e.Sha256.Length != 64 || !e.Sha256.All(Uri.IsHexDigit))
        {
            yield return $"{at}: Sha256 must be 64 hex digits";
        }

        switch (e.Role)
        {
            case Caller.Hospital when e.Sender is null:
                yield return $"{at}: a hospital key needs Sender";
                break;
            case Caller.MunicipalityRole when e.Municipality is null || !catalog.Municipalities.Contains(e.Municipality):
                yield return $"{at}: a municipality key needs a Municipality of the catalog";
                break;
            case Caller.Hospital or Caller.MunicipalityRole or Caller.Admin:
                break;
            default:
                yield return $"{at}: Role must be hospital, municipality or admin";
                break;
        }
    }
}
