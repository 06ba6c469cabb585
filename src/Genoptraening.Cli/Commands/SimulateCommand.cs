using System.CommandLine;
using Genoptraening.Domain.Catalog;
using Genoptraening.Workflows.Catalog;
using Genoptraening.Workflows.Simulation;

namespace Genoptraening.Cli.Commands;

/// <summary><c>simulate FILE</c>: runs scenarios through the real engine with a virtual clock (contracts/simulate.md).</summary>
internal static class SimulateCommand
{
    private const int InvalidInput = 2;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A scenario or an array of them as JSON; - reads standard input" };
        var folder = new Option<string>("--catalog") { Description = "Folder of {municipality}.json files", DefaultValueFactory = _ => CatalogDirectory.Default };
        var command = new Command("simulate", "Run courses through the workflow engine with a virtual clock and print what happened.") { file, folder };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(file)!, result.GetValue(folder)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string file, string catalogFolder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = file == "-" ? await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false) : await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{file}: {e.Message}").ConfigureAwait(false);
            return InvalidInput;
        }

        ServiceCatalog catalog;
        try
        {
            catalog = CatalogDirectory.Load(catalogFolder);
        }
        catch (CatalogValidationException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return InvalidInput;
        }

        var (scenarios, isArray, problems) = ScenarioReader.Read(json, catalog);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            return InvalidInput;
        }

        var simulator = new Simulator(catalog);
        var results = new List<SimulationResult>(scenarios.Count);
        foreach (var (scenario, i) in scenarios.Select((s, i) => (s, i)))
        {
            try
            {
                results.Add(await simulator.RunAsync(scenario, cancellationToken).ConfigureAwait(false));
            }
            catch (InvalidOperationException e)
            {
                // A course the reader let through that still cannot start: the input's fault, said in one line.
                await error.WriteLineAsync(isArray ? $"[{i}]: {e.Message}" : e.Message).ConfigureAwait(false);
                return InvalidInput;
            }
        }

        await output.WriteLineAsync(SimulationJson.Write(results, isArray)).ConfigureAwait(false);
        return 0;
    }
}
