using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Web.Dashboard;
using Microsoft.Playwright;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary>
/// What a visitator needs on a Monday morning, in Debian's Chromium on the demo data: the most urgent
/// courses first under readable names, the extended free choice on every page it concerns, an inbox of
/// one row per course, a course page that asks only for the chosen event's fields and keeps them on a
/// refusal, a report on the year to date against the targets with a CSV for a Danish Excel, and every
/// page usable by keyboard with no serious or critical axe-core violation. Screenshots in artifacts/screenshots.
/// </summary>
public sealed partial class DashboardVisitatorTests(DemoDashboard demo) : IClassFixture<DemoDashboard>
{
    private static readonly string[] UrgencyOrder = ["Breached", "DueToday", "DueSoon", "Later"];

    [Fact]
    public async Task Overview_BreachedFirst_ThenByUrgency_UnderReadableNames_WithPhaseNextDeadlineAndLegend()
    {
        var page = await demo.SignedInAsync();
        await Browser.ScreenshotAsync(page, "overview");
        var rows = page.Locator("#courses tbody tr");
        var urgencies = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.urgency)");
        var labels = await page.Locator("#courses tbody tr td:first-child a").AllInnerTextsAsync();
        var standards = await page.Locator("#courses tbody tr td:nth-child(2)").AllInnerTextsAsync();

        Assert.Equal("Rebild Kommune", await page.InnerTextAsync("#municipality"));
        Assert.Equal("Breached", urgencies[0]);
        Assert.Equal(urgencies.OrderBy(u => Array.IndexOf(UrgencyOrder, u)), urgencies);
        Assert.All(labels, label => Assert.Matches("^(Genoptræningsplan|Ansøgning) DEMO-", label));
        Assert.DoesNotMatch(HexId(), string.Join("\n", labels));
        Assert.All(standards, standard => Assert.StartsWith("Genoptræning efter", standard.Replace("Vedligeholdelsestræning", "Genoptræning", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.All(await page.Locator("#courses td.phase").AllInnerTextsAsync(), phase => Assert.Contains(phase, Phase.Names.Values));
        Assert.All(await page.Locator("#courses td.next-step").AllInnerTextsAsync(), next => Assert.False(string.IsNullOrWhiteSpace(next)));
        Assert.All(await page.Locator("#courses td.next-deadline").AllInnerTextsAsync(), next => Assert.Matches(@"^(\w[\w ]* \d{2}-\d{2}-\d{4}|Ingen åben frist)\n", next));
        Assert.Contains("overskredet", await page.InnerTextAsync("#legend"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtendedFreeChoice_ShowsOnOverviewCourseAndInbox_WithWhatToDo_AndRecordingItMarksItInformed()
    {
        var page = await demo.SignedInAsync();
        var row = page.Locator("#courses tbody tr", new() { Has = page.Locator(".free-choice-badge[data-informed='false']") }).First;
        var id = await row.GetAttributeAsync("data-course");
        Assert.Equal("Udvidet frit valg: informér borgeren", await row.Locator(".free-choice-badge").InnerTextAsync());

        await page.GotoAsync(demo.Url("/indbakke"));
        Assert.Contains(Danish.FreeChoiceWhatToDo, await page.Locator($"#inbox tr[data-course='{id}'] .free-choice").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(demo.Url($"/forloeb/{id}"));
        var notice = page.Locator($".free-choice[data-course='{id}']");
        Assert.Contains(Danish.FreeChoiceWhatToDo, await notice.InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "course");
        await notice.Locator("button.record-free-choice").ClickAsync();
        await page.WaitForSelectorAsync("#message");

        Assert.Equal("Det er registreret, at borgeren er informeret om udvidet frit valg.", await page.InnerTextAsync("#message"));
        Assert.Equal("true", await page.Locator($".free-choice[data-course='{id}']").GetAttributeAsync("data-informed"));
        await page.GotoAsync(demo.Url("/"));
        Assert.Equal("Udvidet frit valg: borger informeret", await page.Locator($"#courses tr[data-course='{id}'] .free-choice-badge").InnerTextAsync());
    }

    [Fact]
    public async Task Inbox_OneRowPerCourse_MostUrgentFirst_LevelTwoForTheLeader_AndAllOfACourseAcknowledgedAtOnce()
    {
        var page = await demo.SignedInAsync();
        await page.ClickAsync("#inbox-link");
        await page.WaitForSelectorAsync("#inbox");
        await Browser.ScreenshotAsync(page, "inbox");
        var courses = await page.Locator("#inbox tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.course)");
        var firstLevels = await page.Locator("#inbox tbody tr").EvaluateAllAsync<int[]>("rows => rows.map(r => +r.dataset.level)");

        Assert.NotEmpty(courses);
        Assert.Equal(courses.Distinct().Count(), courses.Length);
        Assert.Equal(firstLevels.OrderDescending(), firstLevels);
        Assert.Equal(2, firstLevels[0]);
        var levelTwo = await page.Locator("#inbox li[data-level='2']").AllInnerTextsAsync();
        Assert.NotEmpty(levelTwo);
        Assert.All(levelTwo, item => Assert.EndsWith("Leder af træning", item.Trim(), StringComparison.Ordinal));

        var id = await CourseWithAlertsAsync(page, atLeast: 2);
        var row = page.Locator($"#inbox tr[data-course='{id}']");
        var open = await row.Locator("li.alert").CountAsync();
        await row.Locator("form.acknowledge input[name=comment]").FillAsync("Gennemgået mandag morgen");
        await row.Locator("form.acknowledge button").ClickAsync();
        await page.WaitForSelectorAsync("#message");

        Assert.True(open > 1);
        Assert.Equal(demo.Url("/indbakke"), page.Url);
        Assert.Equal($"{open} kvitteret.", await page.InnerTextAsync("#message"));
        Assert.Equal(0, await page.Locator($"#inbox tr[data-course='{id}']").CountAsync());
    }

    [Fact]
    public async Task CoursePage_AsksOnlyForTheChosenEventsFields_KeepsThemOnARefusalWithTheReasonInDanish_AndDatesInDanish()
    {
        var page = await demo.SignedInAsync();
        var id = await page.Locator("#courses tbody tr", new() { Has = page.Locator("td.phase", new() { HasText = "Modtaget" }) }).First.GetAttributeAsync("data-course");
        await page.GotoAsync(demo.Url($"/forloeb/{id}"));

        await page.SelectOptionAsync("#event-type", "StartOffered");
        Assert.True(await page.Locator("#record input[name=startDate]").IsVisibleAsync());
        Assert.False(await page.Locator("#record input[name=weeks]").IsVisibleAsync());
        Assert.False(await page.Locator("#record select[name=granted]").IsVisibleAsync());
        await page.SelectOptionAsync("#event-type", "ExtensionGranted");
        await page.FillAsync("#record input[name=weeks]", "3");
        await page.ClickAsync("#record-event");
        await page.WaitForSelectorAsync("#message");

        Assert.Equal("Kan ikke registreres, før træningen er startet.", await page.InnerTextAsync("#message"));
        Assert.Equal("ExtensionGranted", await page.InputValueAsync("#event-type"));
        Assert.Equal("3", await page.InputValueAsync("#record input[name=weeks]"));
        Assert.True(await page.Locator("#record input[name=weeks]").IsVisibleAsync());
        Assert.Matches(@"^\d{6}-\d{4}$", await page.InnerTextAsync("#cpr"));
        Assert.All(await page.Locator("#deadlines tbody td:nth-child(2)").AllInnerTextsAsync(), due => Assert.Matches(@"^\d{2}-\d{2}-\d{4}$", due));
        Assert.All(await page.Locator("#timeline li").AllInnerTextsAsync(), entry => Assert.Matches(@"^\d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2}: ", entry));
    }

    [Fact]
    public async Task Report_OpensOnTheYearToDate_EachResultBesideItsTarget_AndTheCsvOpensInADanishExcel()
    {
        var page = await demo.SignedInAsync("kommune-004"); // the catalog's municipality with quality targets
        await page.ClickAsync("#report-link");
        await page.WaitForSelectorAsync("section.standard");
        await Browser.ScreenshotAsync(page, "report");

        Assert.Equal(("01-01-2026", "15-06-2026"), (await page.InputValueAsync("#from"), await page.InputValueAsync("#to")));
        Assert.Equal(["Afgjort", "Til tiden", "For sent", "Overskredet"], (await page.Locator("#words dt").AllInnerTextsAsync()).Take(4));
        Assert.Contains("01-01-2026 til og med 15-06-2026", await page.InnerTextAsync("#period"), StringComparison.Ordinal);
        Assert.All(await page.Locator("td.share, td.target").AllInnerTextsAsync(), share => Assert.Matches(@"^(–|\d{1,3}(,\d)? %)$", share));
        Assert.Contains(await page.Locator("td.target").AllInnerTextsAsync(), target => target.EndsWith(" %", StringComparison.Ordinal));
        Assert.All(await page.Locator("td.met").AllInnerTextsAsync(), met => Assert.Contains(met, new[] { "ja", "nej", "–" }));

        var csv = await page.APIRequest.GetAsync(demo.Url("/" + await page.GetAttributeAsync("#csv", "href")));
        var bytes = await csv.BodyAsync();
        var tables = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n\r\n");
        var lines = tables[0].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var danish = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Serviceniveau;Frist;Afgjort;Til tiden;For sent;Overskredet;Andel til tiden (%);Mål (%);Mål opfyldt", lines[0]);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1).Select(l => l.Split(';')), fields =>
        {
            Assert.Equal(9, fields.Length);
            Assert.All(fields[2..6], count => Assert.True(int.TryParse(count, NumberStyles.None, danish, out _), count));
            Assert.All(fields[6..8].Where(f => f.Length > 0), share => Assert.True(decimal.TryParse(share, NumberStyles.AllowDecimalPoint, danish, out var value) && value <= 100, share));
        });
        Assert.Contains(lines.Skip(1), l => l.Split(';')[7].Length > 0);
        Assert.Equal(["Serviceniveau;Udvidet frit valg udløst;Borgeren informeret til tiden;Leverandør valgt;Afslået;Træner i en anden kommune"], tables[1].Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        // Rebild's § 140 courses gave free choice: the CSV's second table counts them as the page does.
        var rebild = await demo.SignedInAsync();
        await rebild.GotoAsync(demo.Url("/rapport"));
        var onPage = await rebild.Locator("section.standard .free-choice-count").AllInnerTextsAsync();
        var rebildCsv = Encoding.UTF8.GetString((await (await rebild.APIRequest.GetAsync(demo.Url("/rapport/csv"))).BodyAsync())[3..]);
        var freeChoiceRows = rebildCsv.Split("\r\n\r\n")[1].Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(l => l.Split(';')).ToList();
        var sul140 = Assert.Single(freeChoiceRows);
        Assert.Equal(6, sul140.Length);
        Assert.True(int.Parse(sul140[1], CultureInfo.InvariantCulture) > 0, string.Join(";", sul140));
        Assert.Contains(sul140[1], onPage);
    }

    [Fact]
    public async Task EveryPage_HasNoSeriousOrCriticalAxeViolation_AndEveryControlIsReachedByKeyboard()
    {
        var signIn = await demo.Browser.NewPageAsync();
        await signIn.GotoAsync(demo.Url("/log-ind"));
        await Browser.ScreenshotAsync(signIn, "sign-in");
        var page = await demo.SignedInAsync();
        var id = await page.Locator("#courses tbody tr").First.GetAttributeAsync("data-course");
        var violations = new List<string>(await Browser.SeriousAccessibilityViolationsAsync(signIn));
        foreach (var path in new[] { "/", $"/forloeb/{id}", "/indbakke", "/rapport", "/drift" })
        {
            await page.GotoAsync(demo.Url(path));
            violations.AddRange((await Browser.SeriousAccessibilityViolationsAsync(page)).Select(v => $"{path}: {v}"));
            var unreached = await UnreachedByTabAsync(page);
            Assert.True(unreached.Count == 0, $"{path}: not reached by Tab: {string.Join(", ", unreached)}");
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task ByKeyboardOnly_SignIn_OpenACourse_AndRecordAnEvent()
    {
        var page = await demo.Browser.NewPageAsync();
        await page.GotoAsync(demo.Url("/log-ind"));
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await TabUntilAsync(page, "document.activeElement.id === 'municipality-select'");
        for (var i = 0; i < 20 && await page.InputValueAsync("#municipality-select") != "rebild"; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#courses");
        await TabUntilAsync(page, "document.activeElement.closest('#courses tbody tr') !== null");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#deadlines");
        await TabUntilAsync(page, "document.activeElement.id === 'record-event'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#message");

        Assert.Equal("Rebild Kommune", await page.InnerTextAsync("#municipality"));
        Assert.NotEmpty(await page.InnerTextAsync("#message"));
        await page.GotoAsync(page.Url);
        await TabUntilAsync(page, "document.activeElement.id === 'record-event'");
        Assert.Equal("solid", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
    }

    /// <summary>The first course in the inbox with at least <paramref name="atLeast"/> open alerts and no free choice to inform of.</summary>
    private static async Task<string> CourseWithAlertsAsync(IPage page, int atLeast)
    {
        var rows = page.Locator("#inbox tbody tr:not(:has(.free-choice))");
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            if (await rows.Nth(i).Locator("li.alert").CountAsync() >= atLeast)
            {
                return (await rows.Nth(i).GetAttributeAsync("data-course"))!;
            }
        }

        throw new InvalidOperationException($"No course in the inbox has {atLeast} open alerts and no free choice.");
    }

    /// <summary>Presses Tab until <paramref name="condition"/> holds (at most 200 times).</summary>
    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => {condition}"))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Tab never reached: {condition}");
    }

    /// <summary>The page's visible links, buttons and fields that Tab never focuses, going once round the page.</summary>
    private static async Task<List<string>> UnreachedByTabAsync(IPage page)
    {
        await page.EvaluateAsync("() => { window.reached = new Set(); document.addEventListener('focusin', e => window.reached.add(e.target)); document.activeElement?.blur(); }");
        for (var i = 0; i < 400 && !await page.EvaluateAsync<bool>("() => window.reached.size > 0 && document.activeElement === document.body"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        return [.. await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select')].filter(e => e.checkVisibility() && !window.reached.has(e)).map(e => e.outerHTML.slice(0, 80))")];
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}|\\b[0-9a-f]{8}\\b")]
    private static partial Regex HexId();
}
