using System.Text.Json;
using Genoptraening.Cli.Commands;
using Genoptraening.Workflows.Catalog;

namespace Genoptraening.Cli.Tests;

/// <summary>Runs <c>simulate</c> on a scenario text, as the command line does, and keeps its exit code and output.</summary>
internal sealed record SimulateRun(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public static async Task<SimulateRun> RunAsync(string scenarioJson)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, scenarioJson);
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await SimulateCommand.RunAsync(file, CatalogDirectory.Default, output, error, CancellationToken.None);
            return new SimulateRun(exit, output.ToString(), error.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
