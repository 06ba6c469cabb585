using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// An event posted to the API, and one posted from the dashboard's course page (which answers with a redirect to the
/// page), each read the course's partition twice in the host: once before the request, once with its answer; the page
/// the browser then gets reads it once.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CoursePartitionReadsTests(ApiHosts hosts)
{
    [Fact]
    public async Task AnEventPosted_ToTheApiOrFromTheDashboard_ReadsTheCoursesPartitionTwice()
    {
        var factory = await hosts.CreateAsync("2026-05-08T10:00:00+02:00");
        using var counted = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<ICourseEventStore>(sp => new PartitionReadCounter(sp.GetRequiredService<AzureCourseStores>().Events))));
        counted.Server.PreserveExecutionContext = true;
        using var hospital = Client(counted, HospitalA);
        using var municipality = Client(counted, "dev-rebild");
        using var planned = await hospital.PostAsJsonAsync("/api/plans", Plan("5790000000001", "READS-1", "rebild"));
        var id = JsonDocument.Parse(await planned.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        using (var first = await municipality.PostAsync($"/api/courses/{id}/events/CitizenContacted", null))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode); // the course has taken its start step
        }

        int apiReads, dashboardReads;
        using (var reads = PartitionReadCounter.Count())
        {
            using var offered = await municipality.PostAsJsonAsync($"/api/courses/{id}/events/StartOffered", new { startDate = "2026-05-11" });
            Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
            apiReads = reads.Reads;
        }

        using var visitator = counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        visitator.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");
        using var form = new HttpRequestMessage(HttpMethod.Post, $"/forloeb/{id}") { Content = new FormUrlEncodedContent([new("type", "TrainingStarted"), new("at", string.Empty)]) };
        form.Headers.Add("Sec-Fetch-Site", "same-origin");
        string flash;
        using (var reads = PartitionReadCounter.Count())
        {
            using var posted = await visitator.SendAsync(form);
            Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode); // post/redirect/get: to the course's page
            Assert.Equal($"/forloeb/{id}", posted.Headers.Location?.ToString());
            flash = posted.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Web.Dashboard.FormRedirect.Cookie, StringComparison.Ordinal)).Split(';')[0];
            dashboardReads = reads.Reads;
        }

        int pageReads;
        using (var reads = PartitionReadCounter.Count())
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/forloeb/{id}");
            get.Headers.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild; {flash}"); // a request's Cookie replaces the client's
            using var page = await visitator.SendAsync(get);
            var message = Regex.Match(await page.Content.ReadAsStringAsync(), "id=\"message\"[^>]*>([^<]*)").Groups[1].Value;
            Assert.Equal("Træning startet registreret.", WebUtility.HtmlDecode(message).Trim());
            pageReads = reads.Reads;
        }

        Assert.Equal((2, 2, 1), (apiReads, dashboardReads, pageReads));
    }

    private static HttpClient Client(WebApplicationFactory<Program> factory, string apiKey)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-api-key", apiKey);
        return client;
    }
}
