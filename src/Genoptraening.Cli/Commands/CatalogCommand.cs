using System.CommandLine;
using System.Globalization;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Catalog;

namespace Genoptraening.Cli.Commands;

/// <summary><c>catalog</c>: validates the service-level catalog and prints every standard's rules.</summary>
internal static class CatalogCommand
{
    private const int InvalidInput = 2;

    public static Command Create()
    {
        var folder = new Option<string>("--catalog") { Description = "Folder of {municipality}.json files", DefaultValueFactory = _ => CatalogDirectory.Default };
        var command = new Command("catalog", "Validate the service-level catalog and print each standard's deadlines.") { folder };
        command.SetAction(result => Run(result.GetValue(folder)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string folder, TextWriter output, TextWriter error)
    {
        ServiceCatalog catalog;
        try
        {
            catalog = CatalogDirectory.Load(folder);
        }
        catch (CatalogValidationException e)
        {
            foreach (var mistake in e.Errors)
            {
                error.WriteLine(mistake);
            }

            return InvalidInput;
        }

        foreach (var id in catalog.Standards)
        {
            foreach (var version in catalog.VersionsOf(id))
            {
                Print(version, output);
            }
        }

        return 0;
    }

    private static void Print(StandardVersion version, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{version} (from {version.EffectiveFrom:yyyy-MM-dd}): {version.Title}"));
        foreach (var rule in version.Deadlines)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule.Kind.ToWireName(),-20} {rule.Offset} after {rule.Anchor}, met by {rule.SatisfiedBy}"));
        }

        if (version.NoShowLimit is { } limit)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  no-show {limit} ends the course"));
        }

        if (version.MaxExtensionWeeks > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  end may be extended by up to {version.MaxExtensionWeeks} weeks in all"));
        }
    }
}
