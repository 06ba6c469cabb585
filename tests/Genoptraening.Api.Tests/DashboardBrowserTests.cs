using System.Net.Http.Json;
using Genoptraening.Api.Tests.Support;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary>The dashboard in Debian's Chromium, driven by Playwright; screenshots go to artifacts/screenshots.</summary>
public sealed class DashboardBrowserTests
{
    [Fact]
    public async Task SignIn_TheOverviewShowsABreachedCourseInRed()
    {
        await using var host = await HostProcess.StartAsync("2026-05-11T10:00:00+02:00");
        using var hospital = host.Client("dev-hospital-a");
        var posted = await hospital.PostAsJsonAsync("/api/plans", CourseClient.Plan("5790000000001", "UI-1", "rebild", dischargeDate: "2026-05-01"));
        var id = (await posted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        await using var browser = await Browser.StartAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "/").ToString());
        await Browser.ScreenshotAsync(page, "flow-sign-in");
        await page.SelectOptionAsync("#municipality-select", "rebild");
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#courses");
        await Browser.ScreenshotAsync(page, "flow-overview");

        var row = page.Locator($"tr[data-course='{id}']");
        Assert.Equal("rebild", await page.GetAttributeAsync("#municipality", "data-municipality"));
        Assert.Equal("Rebild Kommune", await page.InnerTextAsync("#municipality"));
        Assert.Equal("red", await row.Locator(".light", new() { HasText = "Opstartsgaranti" }).GetAttributeAsync("data-colour"));
        Assert.Equal("rgb(179, 38, 30)", await row.Locator(".light.red").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        // Record a contact on the course page.
        await row.Locator("a").ClickAsync();
        await page.WaitForSelectorAsync("#record");
        await page.SelectOptionAsync("#event-type", "CitizenContacted");
        await page.ClickAsync("#record-event");
        await page.WaitForSelectorAsync("#message");
        await Browser.ScreenshotAsync(page, "flow-course");
        Assert.Equal("Borger kontaktet registreret.", await page.InnerTextAsync("#message"));
        Assert.Equal("green", await page.Locator("#deadlines tr[data-kind='Contact'] .light").GetAttributeAsync("data-colour"));

        // A refused event shows the API's reason.
        await page.SelectOptionAsync("#event-type", "MidwayEvaluationHeld");
        await page.ClickAsync("#record-event");
        Assert.Equal("Kan ikke registreres, før træningen er startet.", await page.InnerTextAsync("#message"));

        // In the inbox the start guarantee's breach is the extended free choice: recording that the citizen was informed acknowledges it.
        await page.ClickAsync("#inbox-link");
        var notice = page.Locator($"#inbox tr[data-course='{id}'] .free-choice");
        Assert.Equal(0, await page.Locator($"#inbox tr[data-course='{id}'] li[data-kind='startGuarantee'][data-level='1']").CountAsync());
        await Browser.ScreenshotAsync(page, "flow-inbox");
        await notice.Locator("button").ClickAsync();
        await page.WaitForURLAsync(new Uri(host.BaseAddress, "/indbakke").ToString());
        Assert.Equal(0, await page.Locator($"#inbox tr[data-course='{id}']").CountAsync()); // nothing of it is open any more
        await page.GotoAsync(new Uri(host.BaseAddress, $"/forloeb/{id}").ToString());
        Assert.Contains("Borger informeret om udvidet frit valg (telefon)", await page.InnerTextAsync("#timeline"), StringComparison.Ordinal);

        // The report page shows the API's figures.
        await page.ClickAsync("#report-link");
        await page.FillAsync("#from", "2026-05-01");
        await page.FillAsync("#to", "2026-05-31");
        await page.ClickAsync("#show-report");
        await page.WaitForSelectorAsync("section.standard");
        await Browser.ScreenshotAsync(page, "flow-report");
        using var rebild = host.Client("dev-rebild");
        var api = (await rebild.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/reports/quality?from=2026-05-01&to=2026-05-31")).GetProperty("standards")[0];
        var section = page.Locator("section.standard[data-standard='rebild/sul140']");
        foreach (var deadline in api.GetProperty("deadlines").EnumerateArray())
        {
            var line = section.Locator($"table.deadlines tr[data-kind='{deadline.GetProperty("kind").GetString()}']");
            Assert.Equal(deadline.GetProperty("metOnTime").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await line.Locator(".on-time").InnerTextAsync());
        }

        Assert.Equal(api.GetProperty("breaches").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await section.Locator(".breaches").InnerTextAsync());
        Assert.Equal(api.GetProperty("freeChoiceTriggers").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await section.Locator(".free-choice-count").InnerTextAsync());
        Assert.Equal(1, api.GetProperty("freeChoiceTriggers").GetInt32());
    }
}
