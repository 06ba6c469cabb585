namespace Genoptraening.Api.Extensions;

/// <summary>
/// Settings as contracts/http-api.md orders them: <c>host.json</c>, then <c>local.settings.json</c>
/// (in Development, when that file does not exist, <c>local.settings.sample.json</c>; both in Azure
/// Functions' format, <see cref="LocalSettingsFile"/>), then environment variables (<c>__</c> for
/// <c>:</c>), then the command line.
/// </summary>
public static class HostSettings
{
    public static WebApplicationBuilder AddHostSettings(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var folder = SettingsFolder(builder.Environment.ContentRootPath);
        var configuration = builder.Configuration;
        configuration.Sources.Clear();
        configuration.AddJsonFile(Path.Combine(folder, "host.json"), optional: true, reloadOnChange: false);
        var local = Path.Combine(folder, "local.settings.json");
        if (File.Exists(local))
        {
            configuration.AddLocalSettingsFile(local);
        }
        else if (builder.Environment.IsDevelopment())
        {
            var sample = Path.Combine(folder, "local.settings.sample.json");
            if (File.Exists(sample))
            {
                configuration.AddLocalSettingsFile(sample);
            }
        }

        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
        return builder;
    }

    /// <summary>The folder holding host.json: the content root, or the repository root above it (<c>dotnet run --project src/...</c>).</summary>
    private static string SettingsFolder(string contentRoot)
    {
        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "host.json")))
            {
                return folder.FullName;
            }
        }

        return contentRoot;
    }
}
