using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace Genoptraening.Api.Tests.Support;

/// <summary>
/// Debian's Chromium through Playwright, as a Danish visitator's browser (locale da-DK, Danish time),
/// with the checks the dashboard's tests share: a screenshot of a page, and axe-core's accessibility rules.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser chromium;

    private Browser(IPlaywright playwright, IBrowser chromium) => (this.playwright, this.chromium) = (playwright, chromium);

    public static async Task<Browser> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new Browser(playwright, chromium);
    }

    public Task<IPage> NewPageAsync() => chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "da-DK", TimezoneId = "Europe/Copenhagen" });

    /// <summary>A full-page screenshot in <c>artifacts/screenshots/{name}.png</c>.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(Repository.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    /// <summary>Runs axe-core (from npm, <c>node_modules/axe-core</c>) on the page: its serious and critical violations.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var axe = Path.Combine(Repository.Root, "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"axe-core is not installed ({axe}): run npm ci");
        // Evaluated, not added as a script tag: the page's Content-Security-Policy runs no script but its own.
        await page.EvaluateAsync(await File.ReadAllTextAsync(axe));
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(); return { passes: r.passes.length, violations: r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).join(', ') })) }; }");
        Assert.True(result.GetProperty("passes").GetInt32() > 10, "axe-core checked almost nothing: is the page empty?");
        return [.. result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("nodes").GetString()}")];
    }

    public async ValueTask DisposeAsync()
    {
        await chromium.DisposeAsync();
        playwright.Dispose();
    }
}
