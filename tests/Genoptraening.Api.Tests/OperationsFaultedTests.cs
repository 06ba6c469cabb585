using System.Net;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// The operators' list of faulted courses and their filtered bulk retry, on a real host and Azurite: courses whose step fails
/// every attempt are listed with step, error and attempts; a retry of those matching a filter restores them, and their
/// histories are then those of courses that never faulted.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OperationsFaultedTests(ApiHosts hosts)
{
    private const string WarningAt = "2026-05-11T00:00:00+02:00";

    [Fact]
    public async Task ThreeFaultedCourses_AreListed_AndAFilteredRetryRestoresThem_AsIfTheyHadNeverFaulted()
    {
        FailingAppends? store = null;
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00", FailingAppends.Into(s => store = s)));
        var faulting = new List<string>();
        var healthy = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            faulting.Add(await api.PostPlanAsync(HospitalA, Plan("5790000000001", $"FAULT-{i}", "rebild")));
            healthy.Add(await api.PostPlanAsync(HospitalA, Plan("5790000000001", $"HEALTHY-{i}", "rebild")));
        }

        var otherError = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "FAULT-OTHER", "rebild"));
        foreach (var id in faulting)
        {
            store!.Fail(id, () => new InvalidOperationException("a bug in a step (the test's)"));
        }

        store!.Fail(otherError, () => new NotSupportedException("another bug (the test's)"));

        // The warning's step fails; it is tried again after 10 s and 20 s more, then the course is faulted.
        foreach (var at in new[] { WarningAt, "2026-05-11T00:00:10+02:00", "2026-05-11T00:00:30+02:00" })
        {
            await api.AdvanceAsync(at);
        }

        var all = await FaultedAsync(api, string.Empty);
        Assert.Equal(faulting.Append(otherError).Order(), all.Select(c => c.GetProperty("courseId").GetString()).Order());
        var first = all.Single(c => c.GetProperty("courseId").GetString() == faulting[0]);
        Assert.Equal("InvalidOperationException", first.GetProperty("error").GetString());
        Assert.Equal("rebild", first.GetProperty("municipality").GetString());
        Assert.Equal("rebild/sul140", first.GetProperty("standard").GetString());
        Assert.Equal(2, first.GetProperty("step").GetInt32());
        Assert.Equal(3, first.GetProperty("attempts").GetInt32());
        Assert.Equal("2026-05-11T00:00:30+02:00", first.GetProperty("since").GetString());
        Assert.Equal("2026-05-12T00:00:30+02:00", first.GetProperty("retriesAt").GetString());
        Assert.Equal(3, (await FaultedAsync(api, "?error=InvalidOperationException&municipality=rebild")).Count);
        Assert.Empty(await FaultedAsync(api, "?municipality=norddjurs"));

        store.Heal();
        using var retry = await api.Factory.Client(Admin).PostAsync("/api/operations/faulted/retry?error=InvalidOperationException&municipality=rebild", null);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var retried = JsonDocument.Parse(await retry.Content.ReadAsStringAsync()).RootElement.GetProperty("retried").EnumerateArray().ToList();
        Assert.Equal(faulting.Order(), retried.Select(r => r.GetProperty("courseId").GetString()).Order());
        Assert.All(retried, r => Assert.Equal("recovered", r.GetProperty("result").GetString()));

        // Recovered courses leave the list at once; the one of the other error stays.
        var left = Assert.Single(await FaultedAsync(api, string.Empty));
        Assert.Equal(otherError, left.GetProperty("courseId").GetString());

        await api.AdvanceAsync("2026-05-21T00:00:00+02:00");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(await HistoryAsync(api, healthy[i], $"HEALTHY-{i + 1}"), await HistoryAsync(api, faulting[i], $"FAULT-{i + 1}"));
        }
    }

    [Fact]
    public async Task DriftPage_ListsTheMunicipalitysFaultedCourses_AndRetriesOneThenAllOfAnError()
    {
        FailingAppends? store = null;
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00", FailingAppends.Into(s => store = s)));
        var first = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "DRIFT-1", "rebild"));
        var second = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "DRIFT-2", "rebild"));
        var elsewhere = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "DRIFT-3", "norddjurs"));
        foreach (var id in new[] { first, second, elsewhere })
        {
            store!.Fail(id, () => new InvalidOperationException("a bug in a step (the test's)"));
        }

        foreach (var at in new[] { WarningAt, "2026-05-11T00:00:10+02:00", "2026-05-11T00:00:30+02:00" })
        {
            await api.AdvanceAsync(at);
        }

        using var visitator = api.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        visitator.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");
        var page = await visitator.GetStringAsync("/drift");
        Assert.Contains($"data-course=\"{first}\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-course=\"{second}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere, page, StringComparison.Ordinal); // another municipality's
        Assert.Contains("data-kind=\"control\"", page, StringComparison.Ordinal);

        // A course named but not one course's id retries nothing (not all).
        var refused = await PostAsync(visitator, [new("courseId", "not-a-course")]);
        Assert.Contains(Web.Dashboard.FormOutcome.NoSuchCourse, refused, StringComparison.Ordinal);
        Assert.Contains($"data-course=\"{second}\"", refused, StringComparison.Ordinal);

        store!.Heal();
        Assert.Contains("1 prøvet igen: 1 kom videre.", await PostAsync(visitator, [new("courseId", first)]), StringComparison.Ordinal);
        var afterAll = await PostAsync(visitator, [new("error", "InvalidOperationException")]);
        Assert.Contains("1 prøvet igen: 1 kom videre.", afterAll, StringComparison.Ordinal);
        Assert.Contains("id=\"no-faults\"", afterAll, StringComparison.Ordinal);
        Assert.Equal(elsewhere, Assert.Single(await FaultedAsync(api, string.Empty)).GetProperty("courseId").GetString());
    }

    /// <summary>Posts the page's form as a browser does (same origin), follows its redirect, and returns the page it shows.</summary>
    private static async Task<string> PostAsync(HttpClient visitator, KeyValuePair<string, string>[] fields)
    {
        using var form = new HttpRequestMessage(HttpMethod.Post, "/drift") { Content = new FormUrlEncodedContent(fields) };
        form.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var posted = await visitator.SendAsync(form);
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var flash = posted.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Web.Dashboard.FormRedirect.Cookie, StringComparison.Ordinal)).Split(';')[0];
        using var get = new HttpRequestMessage(HttpMethod.Get, "/drift");
        get.Headers.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild; {flash}");
        using var shown = await visitator.SendAsync(get);
        return WebUtility.HtmlDecode(await shown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FaultedList_IsForAdministrators_AndItsFilterIsChecked()
    {
        var api = new CourseClient(await hosts.CreateAsync());
        using var municipality = await api.Factory.Client("dev-rebild").GetAsync("/api/operations/faulted");
        using var hospital = await api.Factory.Client(HospitalA).PostAsync("/api/operations/faulted/retry", null);
        using var badError = await api.Factory.Client(Admin).GetAsync("/api/operations/faulted?error=%3Cscript%3E");
        using var badMunicipality = await api.Factory.Client(Admin).PostAsync("/api/operations/faulted/retry?municipality=Rebild%20Kommune", null);
        using var none = await api.Factory.Client(Admin).PostAsync("/api/operations/faulted/retry", null);
        using var mistyped = await api.Factory.Client(Admin).PostAsync("/api/operations/faulted/retry?municiplaity=rebild", null);
        using var twice = await api.Factory.Client(Admin).PostAsync("/api/operations/faulted/retry?error=A&error=B", null);

        Assert.Equal(HttpStatusCode.Forbidden, municipality.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hospital.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badError.StatusCode);
        Assert.Contains("\"error\"", await badError.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badMunicipality.StatusCode);
        Assert.Contains("\"municipality\"", await badMunicipality.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode); // a mistyped filter retries nothing, rather than everything
        Assert.Contains("\"municiplaity\"", await mistyped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Empty(JsonDocument.Parse(await none.Content.ReadAsStringAsync()).RootElement.GetProperty("retried").EnumerateArray());
    }

    private static async Task<List<JsonElement>> FaultedAsync(CourseClient api, string query)
    {
        using var response = await api.Factory.Client(Admin).GetAsync("/api/operations/faulted" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. JsonDocument.Parse(text).RootElement.GetProperty("courses").EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>The course's history as the administrator reads it, with its own id and plan id taken out.</summary>
    private static async Task<string> HistoryAsync(CourseClient api, string courseId, string planId)
    {
        var text = await api.Factory.Client(Admin).GetStringAsync($"/api/courses/{courseId}/history");
        return text.Replace(courseId, "COURSE", StringComparison.Ordinal).Replace(planId, "PLAN", StringComparison.Ordinal);
    }
}
