using Genoptraening.Api.Tests.Support;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary>
/// A visitator's Monday morning on the demo data, walked in Chromium as issue 34 tells it: the date and what to do
/// next on every course, an inbox of one row and one comment per course, acknowledging a course's alerts at once,
/// a course page with the plan's facts and its next step, an event entered with a Danish date, every form answered
/// with a redirect to a page (a reload posts nothing again), and alerts of a deadline that is met leaving the
/// inbox by themselves.
/// </summary>
public sealed partial class DashboardVisitatorTests
{
    [Fact]
    public async Task MondayMorning_Inbox_Acknowledge_OpenACourse_SeeItsNextStepAndPlan_RecordAnEvent_AndComeBack()
    {
        var page = await demo.SignedInAsync("norddjurs"); // no other test acts on its courses

        // The overview: today's date, a phase that follows the course, and what to do next on each.
        Assert.Equal("mandag 15-06-2026", await page.InnerTextAsync("#today"));
        var contacted = page.Locator("#courses tbody tr", new() { Has = page.Locator("a", new() { HasText = "DEMO-sel86-kontaktet" }) });
        Assert.Equal("Kontaktet", await contacted.Locator("td.phase").InnerTextAsync());
        Assert.StartsWith("Træf afgørelse ved visitation senest ", await contacted.Locator("td.next-step").InnerTextAsync(), StringComparison.Ordinal);
        Assert.All(await page.Locator("#courses td.next-step").AllInnerTextsAsync(), next => Assert.False(string.IsNullOrWhiteSpace(next)));

        // The inbox: one row per course, each with one comment and one button; its alerts grouped by deadline, the most severe first.
        await page.ClickAsync("#inbox-link");
        await page.WaitForSelectorAsync("#inbox");
        await Browser.ScreenshotAsync(page, "morning-inbox");
        var rows = await page.Locator("#inbox tbody tr").CountAsync();
        Assert.Equal(2, rows); // the two late courses
        Assert.Equal(rows, await page.Locator("#inbox tbody tr form.acknowledge").CountAsync());
        Assert.Equal(rows, await page.Locator("#inbox input[name=comment]").CountAsync());
        foreach (var deadlines in await page.Locator("#inbox tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [...r.querySelectorAll('li[data-deadline]')].map(g => g.dataset.deadline))"))
        {
            Assert.Equal(deadlines.Distinct(), deadlines);
        }

        foreach (var levels in await page.Locator("#inbox li[data-deadline]").EvaluateAllAsync<int[][]>(
            "groups => groups.map(g => [...g.querySelectorAll('li.alert')].map(a => +a.dataset.level))"))
        {
            Assert.Equal(levels.OrderDescending(), levels);
        }

        // Acknowledge all of the application's alerts with one comment: back on the inbox's address, which a reload shows afresh.
        var application = page.Locator("#inbox tbody tr", new() { Has = page.Locator("a", new() { HasText = "DEMO-sel86-forsinket" }) });
        var acknowledged = await application.GetAttributeAsync("data-course");
        var open = await application.Locator("li.alert").CountAsync();
        await application.Locator("input[name=comment]").FillAsync("Ringet til borgeren, afgørelse sendes i dag");
        await application.Locator("form.acknowledge button").ClickAsync();
        await page.WaitForSelectorAsync("#message");
        Assert.True(open > 1);
        Assert.Equal(demo.Url("/indbakke"), page.Url);
        Assert.Equal($"{open} kvitteret.", await page.InnerTextAsync("#message"));
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator("#message").CountAsync());
        Assert.Equal(0, await page.Locator($"#inbox tr[data-course='{acknowledged}']").CountAsync());

        // Open the late plan: its next step, the hospital's plan, and its contact breached.
        var late = page.Locator("#inbox tbody tr", new() { Has = page.Locator("a", new() { HasText = "DEMO-norddjurs-forsinket" }) });
        var id = await late.GetAttributeAsync("data-course");
        Assert.Equal(1, await late.Locator("li[data-deadline='contact'] li.alert[data-level='1']").CountAsync());
        await late.Locator("a").First.ClickAsync();
        await page.WaitForSelectorAsync("#record");
        Assert.Equal("Informér borgeren om udvidet frit valg", await page.InnerTextAsync("#next-step"));
        var plan = await page.InnerTextAsync("#plan");
        Assert.Contains("5790000000001", plan, StringComparison.Ordinal);
        Assert.Contains("Udskrevet", plan, StringComparison.Ordinal);
        Assert.Contains("opstart tilbudt senest", plan, StringComparison.Ordinal);
        Assert.Equal("mandag 15-06-2026", await page.InnerTextAsync("#today"));

        // A date the calendar does not have is refused in Danish, and what was typed stays.
        await page.SelectOptionAsync("#event-type", "CitizenContacted");
        await page.FillAsync("#at", "31-02-2026 09:30");
        await page.ClickAsync("#record-event");
        await page.WaitForSelectorAsync("#message");
        Assert.Equal(demo.Url($"/forloeb/{id}"), page.Url);
        Assert.Contains("dd-mm-åååå tt:mm", await page.InnerTextAsync("#message"), StringComparison.Ordinal);
        Assert.Equal("31-02-2026 09:30", await page.InputValueAsync("#at"));

        // Record the contact at 09:30 this morning, typed as a Dane writes it.
        await page.FillAsync("#at", "15-06-2026 09:30");
        await page.ClickAsync("#record-event");
        await page.WaitForSelectorAsync("#message.ok");
        await Browser.ScreenshotAsync(page, "morning-course");
        Assert.Equal(demo.Url($"/forloeb/{id}"), page.Url);
        Assert.Equal("Borger kontaktet registreret.", await page.InnerTextAsync("#message"));
        Assert.Contains("15-06-2026 kl. 09:30: Borger kontaktet", await page.InnerTextAsync("#timeline"), StringComparison.Ordinal);
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator("#message").CountAsync());
        Assert.Equal(1, (await page.InnerTextAsync("#timeline")).Split("Borger kontaktet").Length - 1);

        // Back in the inbox, the contact's alerts have left by themselves; the course's other alerts stay.
        await page.ClickAsync("#inbox-link");
        await page.WaitForSelectorAsync("#inbox");
        Assert.Equal(0, await page.Locator($"#inbox tr[data-course='{id}'] li[data-deadline='contact']").CountAsync());
        Assert.True(await page.Locator($"#inbox tr[data-course='{id}'] li.alert").CountAsync() > 0);

        // The free choice form's address, opened as a page, is the course's page.
        await page.GotoAsync(demo.Url($"/forloeb/{id}/frit-valg"));
        Assert.Equal(demo.Url($"/forloeb/{id}"), page.Url);
    }
}
