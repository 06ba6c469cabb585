using System.Net;
using System.Text.RegularExpressions;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// The inbox is read from the read model's inbox rows alone, not from the courses' histories: every course
/// with an open alert is there once with exactly the alerts its history has open, and a course whose
/// alerts are all acknowledged leaves it at once, on the very page the acknowledgement answers with.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class DashboardInboxReadModelTests(ApiHosts hosts)
{
    [Fact]
    public async Task Inbox_ShowsTheAlertsTheHistoriesHaveOpen_FromTheReadModelAlone_AndAnAcknowledgedCourseLeavesAtOnce()
    {
        var factory = await hosts.CreateAsync("2026-05-08T10:00:00+02:00");
        var courses = new CourseClient(factory);
        var ids = new List<Guid>();
        foreach (var plan in new[] { "INBOX-1", "INBOX-2", "INBOX-3" })
        {
            ids.Add(Guid.Parse(await courses.PostPlanAsync(HospitalA, Plan("5790000000001", plan, "rebild"))));
        }

        await courses.EventAsync("dev-rebild", ids[0].ToString(), "CitizenContacted");
        await courses.AdvanceAsync("2026-05-14T10:00:00+02:00"); // the contact deadline breached, the start guarantee warned
        using var visitator = Visitator(factory);
        var inbox = Rows(await GetInboxAsync(visitator));
        await AssertAsInHistoriesAsync(factory, ids, inbox);

        // Acknowledging all of a course's alerts (one comment, no alert named) answers with a redirect to the inbox without it.
        var acknowledged = ids[1];
        using var form = new HttpRequestMessage(HttpMethod.Post, "/indbakke")
        {
            Content = new FormUrlEncodedContent([new("courseId", acknowledged.ToString()), new("comment", "Ringet op")]),
        };
        form.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var answer = await visitator.SendAsync(form);
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        Assert.Equal("/indbakke", answer.Headers.Location?.ToString());
        using var redirected = new HttpRequestMessage(HttpMethod.Get, answer.Headers.Location);
        redirected.Headers.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild; {answer.Headers.GetValues("Set-Cookie").Single().Split(';')[0]}"); // a request's Cookie replaces the client's
        using var shown = await visitator.SendAsync(redirected);
        var after = await shown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains($"{inbox[acknowledged].Count} kvitteret.", after, StringComparison.Ordinal);
        Assert.True(inbox[acknowledged].Count > 1);
        Assert.False(Rows(after).ContainsKey(acknowledged));
        await AssertAsInHistoriesAsync(factory, ids, Rows(after));

        // Later: escalated to the leader of training, and the start guarantee's breach gives the citizen extended free choice.
        await courses.AdvanceAsync("2026-05-20T10:00:00+02:00");
        var later = await GetInboxAsync(visitator);
        await AssertAsInHistoriesAsync(factory, ids, Rows(later));
        Assert.Contains("<li class=\"alert\" data-kind=\"contact\" data-level=\"2\"", later, StringComparison.Ordinal);
        Assert.All(ids, id => Assert.Contains($"<section class=\"free-choice\" data-course=\"{id}\" data-informed=\"false\"", later, StringComparison.Ordinal));

        // A row with no history behind it is shown as the row says: the page reads no history.
        var readModel = AzureCourseStores.For(factory.Storage, factory.Name).ReadModel;
        var ghost = (await readModel.FindAsync("rebild", ids[2]))! with { CourseId = Guid.NewGuid(), ReferralKey = "plan:5790000000001/INBOX-GHOST" };
        await readModel.PublishAsync(ghost);
        var withGhost = await GetInboxAsync(visitator);
        Assert.Contains("ningsplan INBOX-GHOST</a>", withGhost, StringComparison.Ordinal);
        Assert.Equal(Rows(later)[ids[2]], Rows(withGhost)[ghost.CourseId]);
    }

    /// <summary>
    /// The inbox lists exactly the courses with an open alert in their histories, each with those alerts (the free
    /// choice's breach apart), worked out from the course's state as the page did before it read the rows.
    /// </summary>
    private static async Task AssertAsInHistoriesAsync(WebApplicationFactory<Program> factory, List<Guid> ids, Dictionary<Guid, List<string>> inbox)
    {
        var reader = factory.Services.GetRequiredService<CourseReader>();
        var listed = new List<Guid>();
        foreach (var id in ids)
        {
            var state = (await reader.LoadAsync(id))!.State;
            if (state.OpenAlerts.Any())
            {
                listed.Add(id);
                Assert.Equal(state.OpenAlerts.Where(a => state.FreeChoice?.IsItsBreach(a) != true).Select(a => $"{a.Kind.ToWireName()}/{a.Level}").Order(), inbox[id].Order());
            }
        }

        Assert.Equal(listed.Order(), inbox.Keys.Order());
    }

    /// <summary>The inbox's rows: each course's alerts as the page lists them (kind, level).</summary>
    private static Dictionary<Guid, List<string>> Rows(string page) =>
        page.Split("<tr data-course=\"").Skip(1).ToDictionary(
            row => Guid.Parse(row[..36]),
            row => AlertItem().Matches(row[..row.IndexOf("</tr>", StringComparison.Ordinal)]).Select(m => $"{m.Groups[1].Value}/{m.Groups[2].Value}").ToList());

    private static HttpClient Visitator(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");
        return client;
    }

    private static async Task<string> GetInboxAsync(HttpClient visitator)
    {
        using var response = await visitator.GetAsync(new Uri("/indbakke", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<li class=\"alert\" data-kind=\"([a-zA-Z]+)\" data-level=\"([0-9])\"")]
    private static partial Regex AlertItem();
}
