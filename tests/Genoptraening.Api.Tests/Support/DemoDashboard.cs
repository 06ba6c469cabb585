using Genoptraening.Tests.Shared;
using Microsoft.Playwright;
using Xunit;

namespace Genoptraening.Api.Tests.Support;

/// <summary>
/// The host as its own process on the demo data (<c>Demo:Seed=true</c>: four courses of every standard,
/// new, contacted, late and completed), the development clock on Monday 15 June 2026, and a browser.
/// </summary>
public sealed class DemoDashboard : IAsyncLifetime
{
    public const string Today = "2026-06-15";
    public HostProcess Host { get; private set; } = null!;

    public Browser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var azurite = new AzuriteProcess(); // the host disposes of it
        await azurite.StartAsync();
        var settings = HostProcess.VirtualClock(azurite, "genoptraening", $"{Today}T10:00:00+02:00");
        settings["Demo:Seed"] = "true";
        Host = await HostProcess.StartAsync(settings, azurite, patience: TimeSpan.FromMinutes(3)); // it seeds 32 courses first
        Browser = await Browser.StartAsync();
    }

    /// <summary>A new page signed in as <paramref name="municipality"/>'s visitator, on the overview.</summary>
    public async Task<IPage> SignedInAsync(string municipality = "rebild")
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Url("/log-ind"));
        await page.SelectOptionAsync("#municipality-select", municipality);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#courses");
        return page;
    }

    public string Url(string path) => new Uri(Host.BaseAddress, path).ToString();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Host.DisposeAsync();
    }
}
