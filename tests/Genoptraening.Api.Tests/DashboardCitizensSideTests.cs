using System.Net.Http.Json;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary>
/// The citizen's side of the start guarantee in Debian's Chromium (RULES.md § 10), on a host of its own whose
/// development clock the tests move: a reply date that passes waives the guarantee; the letter of the extended free
/// choice is opened, sent and recorded, and the notice's deadline is met. Screenshots in artifacts/screenshots.
/// </summary>
public sealed class DashboardCitizensSideTests(DashboardCitizensSideTests.OwnHost own) : IClassFixture<DashboardCitizensSideTests.OwnHost>
{
    [Fact]
    public async Task AReplyDateRecorded_PassesOnTheDevelopmentClock_AndTheGuaranteeIsWaived_WithNoAlertToStaff()
    {
        // Discharged Friday 8 May; the guarantee is due 15 May. Today is Monday 11 May.
        var id = await own.PostPlanAsync("REPLY-1", "2026-05-08");
        var page = await own.SignedInAsync();
        await page.GotoAsync(own.Url($"/forloeb/{id}"));
        await page.SelectOptionAsync("#event-type", "CitizenContacted");
        await page.FillAsync("#reply-by", "12-05-2026");
        await page.ClickAsync("#record-event");
        await page.WaitForSelectorAsync("#message");
        Assert.Equal("Borger kontaktet registreret.", await page.InnerTextAsync("#message"));
        Assert.Equal("Frist 12-05-2026, inden for to hverdage", await Status(page, "CitizenReply"));
        Assert.Contains("Borger kontaktet · udviklingslogin (rebild)", await page.InnerTextAsync("#timeline"), StringComparison.Ordinal); // who recorded it

        await own.AdvanceAsync("2026-05-13T08:00:00+02:00");
        await own.WaitForAsync(id, course => CourseClient.Status(course, "startGuarantee") == "waived");
        await page.GotoAsync(own.Url($"/forloeb/{id}"));
        await Browser.ScreenshotAsync(page, "citizen-reply-passed");

        Assert.Equal("Overskredet, frist 12-05-2026", await Status(page, "CitizenReply"));
        Assert.Equal("Frafaldet", await Status(page, "StartGuarantee"));
        Assert.Equal(0, await page.Locator(".free-choice").CountAsync());
        await page.GotoAsync(own.Url("/indbakke"));
        Assert.Equal(0, await page.Locator($"#inbox tr[data-course='{id}'] li[data-kind='citizenReply']").CountAsync());
    }

    [Fact]
    public async Task TheFreeChoiceLetter_OpenedFromTheCoursePage_Sent_AndTheCitizenRecordedInformed_MeetsTheNotice()
    {
        // Discharged 1 May: the guarantee was due 8 May, so the plan's arrival triggers the free choice at once.
        var id = await own.PostPlanAsync("LETTER-UI-1", "2026-05-01");
        var page = await own.SignedInAsync();
        await page.GotoAsync(own.Url($"/forloeb/{id}"));
        Assert.Equal("Frist", (await Status(page, "FreeChoiceNotice"))[..5]);

        await page.ClickAsync($".free-choice[data-course='{id}'] a.free-choice-letter");
        await page.WaitForSelectorAsync("#letter");
        await Browser.ScreenshotAsync(page, "free-choice-letter");
        var letter = await page.InnerTextAsync("#letter");
        Assert.StartsWith("Rebild Kommune", letter, StringComparison.Ordinal);
        Assert.Contains("senest 8. maj 2026", letter, StringComparison.Ordinal);
        Assert.Contains("Træningsklinikken Vest", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("0101501234", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty(await Browser.SeriousAccessibilityViolationsAsync(page));

        await page.SelectOptionAsync($".free-choice[data-course='{id}'] select[name='channel']", "digitalPost");
        await page.ClickAsync($".free-choice[data-course='{id}'] button.record-free-choice");
        await page.WaitForURLAsync(own.Url($"/forloeb/{id}"));

        Assert.Equal("Det er registreret, at borgeren er informeret om udvidet frit valg.", await page.InnerTextAsync("#message"));
        Assert.StartsWith("Opfyldt", await Status(page, "FreeChoiceNotice"), StringComparison.Ordinal);
        Assert.Contains("Borger informeret om udvidet frit valg (Digital Post)", await page.InnerTextAsync("#timeline"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($".free-choice[data-course='{id}'] form").CountAsync()); // nothing left to record
    }

    private static Task<string> Status(IPage page, string kind) => page.InnerTextAsync($"#deadlines tr[data-kind='{kind}'] td:nth-child(3)");

    /// <summary>A host on the development clock at Monday 11 May 2026 10:00, on an Azurite of its own, and a browser.</summary>
    public sealed class OwnHost : IAsyncLifetime
    {
        private HostProcess host = null!;
        private Browser browser = null!;

        public async Task InitializeAsync()
        {
            host = await HostProcess.StartAsync("2026-05-11T10:00:00+02:00");
            browser = await Browser.StartAsync();
        }

        public string Url(string path) => new Uri(host.BaseAddress, path).ToString();

        public async Task<string> PostPlanAsync(string planId, string discharge)
        {
            using var hospital = host.Client(CourseClient.HospitalA);
            using var posted = await hospital.PostAsJsonAsync("/api/plans", CourseClient.Plan("5790000000001", planId, "rebild", dischargeDate: discharge));
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
            return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        public async Task AdvanceAsync(string instant)
        {
            using var admin = host.Client(CourseClient.Admin);
            using var moved = await admin.PostAsJsonAsync("/api/dev/clock", new { advanceTo = instant });
            Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        }

        /// <summary>Reads the course until <paramref name="done"/> holds: the clock's timers run in the background.</summary>
        public async Task WaitForAsync(string id, Func<JsonElement, bool> done)
        {
            using var admin = host.Client(CourseClient.Admin);
            for (var attempt = 0; attempt < 120; attempt++)
            {
                var course = JsonDocument.Parse(await admin.GetStringAsync($"/api/courses/{id}")).RootElement;
                if (done(course))
                {
                    return;
                }

                await Task.Delay(250);
            }

            Assert.Fail($"Course {id} did not reach the expected state in 30 s.");
        }

        public async Task<IPage> SignedInAsync()
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(Url("/log-ind"));
            await page.SelectOptionAsync("#municipality-select", "rebild");
            await page.ClickAsync("#sign-in");
            await page.WaitForSelectorAsync("#courses");
            return page;
        }

        public async Task DisposeAsync()
        {
            await browser.DisposeAsync();
            await host.DisposeAsync();
        }
    }
}
