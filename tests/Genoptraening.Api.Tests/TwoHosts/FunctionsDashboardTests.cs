extern alias FunctionsApp;
using System.Net;
using System.Text;
using System.Text.Json;
using FunctionsApp::Genoptraening.Functions;
using Genoptraening.Api.Tests.Support;
using Genoptraening.Web.Dashboard;
using Genoptraening.Web.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Text;
using Xunit;

namespace Genoptraening.Api.Tests.TwoHosts;

/// <summary>
/// The dashboard's pages through the Functions app's triggers, in-process, for a visitator signed in by
/// App Service authentication (Entra ID): the same page as the local host's, byte for byte but for the
/// dashboard's root; no page without that sign-in; a form only from the dashboard's own pages.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FunctionsDashboardTests(ApiHosts hosts) : IAsyncLifetime
{
    private const string Start = "2026-05-08T10:00:00+02:00";
    private InProcessFunctionsApp app = null!;
    private ApiTriggers api = null!;
    private DashboardTriggers pages = null!;

    public async Task InitializeAsync()
    {
        app = await InProcessFunctionsApp.StartAsync(
            OffsetDateTimePattern.ExtendedIso.Parse(Start).GetValueOrThrow().ToInstant(),
            new Dictionary<string, string?> { ["Dashboard:Authentication"] = "AppService" });
        api = new ApiTriggers(app.Services.GetRequiredService<ApiEndpoints>());
        pages = new DashboardTriggers(app.Services.GetRequiredService<DashboardEndpoints>());
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Pages_AsTheLocalHostServesThem_OnlyToASignedInVisitator_AndFormsOnlyFromTheDashboard()
    {
        var host = await hosts.CreateAsync(Start);
        var plan = JsonSerializer.Serialize(CourseClient.Plan("5790000000001", "DASH-1", "rebild"));
        var id = Workflows.Requests.CourseIds.For("plan:5790000000001/DASH-1").ToString();
        Assert.Equal(HttpStatusCode.Accepted, (await host.Client(CourseClient.HospitalA).PostAsync("/api/plans", new StringContent(plan, Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(202, (await app.InvokeAsync(r => api.PostPlan(r), "POST", "/api/plans", new Dictionary<string, string> { ["x-api-key"] = CourseClient.HospitalA }, plan)).Status);

        var overview = await PageAsync(r => pages.OverviewPage(r), "GET", "/api/dashboard", Visitator("rebild"));
        var local = await LocalPageAsync(host, "/");
        Assert.Equal(200, overview.Status);
        Assert.Contains($"data-course=\"{id}\"", overview.Body, StringComparison.Ordinal);
        Assert.Equal(local, AtTheRoot(overview.Body));

        var course = await PageAsync(r => pages.CoursePage(r, id), "GET", $"/api/dashboard/forloeb/{id}", Visitator("rebild"));
        Assert.Equal(await LocalPageAsync(host, $"/forloeb/{id}"), AtTheRoot(course.Body));

        var (nobodyStatus, _, _, nobodyHeaders) = await app.InvokeAsync(r => pages.OverviewPage(r), "GET", "/api/dashboard", new Dictionary<string, string>());
        var noRole = await PageAsync(r => pages.OverviewPage(r), "GET", "/api/dashboard", Visitator("aarhus"));
        var otherMunicipality = await PageAsync(r => pages.CoursePage(r, id), "GET", $"/api/dashboard/forloeb/{id}", Visitator("norddjurs"));
        Assert.Equal((302, "/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Fdashboard"), (nobodyStatus, nobodyHeaders.Location.ToString()));
        Assert.Equal((403, false), (noRole.Status, noRole.Body.Contains(id, StringComparison.Ordinal)));
        Assert.Equal((404, false), (otherMunicipality.Status, otherMunicipality.Body.Contains("DASH-1", StringComparison.Ordinal)));

        var fromElsewhere = await PageAsync(r => pages.RecordEvent(r, id), "POST", $"/api/dashboard/forloeb/{id}", Visitator("rebild", "cross-site"), "type=CitizenContacted");
        Assert.Equal(403, fromElsewhere.Status);
        var (recorded, _, _, answer) = await app.InvokeAsync(
            r => pages.RecordEvent(r, id), "POST", $"/api/dashboard/forloeb/{id}", Visitator("rebild", "same-origin"), "type=CitizenContacted", "application/x-www-form-urlencoded");
        Assert.Equal((303, $"/api/dashboard/forloeb/{id}"), (recorded, answer.Location.ToString())); // post/redirect/get, under the Functions app's root
        var withOutcome = Visitator("rebild");
        withOutcome["Cookie"] = answer.SetCookie.ToString().Split(';')[0];
        var shown = (await PageAsync(r => pages.CoursePage(r, id), "GET", $"/api/dashboard/forloeb/{id}", withOutcome)).Body;
        Assert.Contains("Borger kontaktet registreret.", shown, StringComparison.Ordinal);
        Assert.Contains("Borger kontaktet<span class=\"muted who\"> · Entra ID-bruger uden navn (rebild)</span></li>", shown, StringComparison.Ordinal); // and who recorded it
    }

    [Fact]
    public async Task TheFunctionsApp_HasNoDevelopmentSignIn_EvenWithTheSetting()
    {
        await using var withSetting = await InProcessFunctionsApp.StartAsync(
            OffsetDateTimePattern.ExtendedIso.Parse(Start).GetValueOrThrow().ToInstant(),
            new Dictionary<string, string?> { ["Dashboard:Authentication"] = "Development" });
        var triggers = new DashboardTriggers(withSetting.Services.GetRequiredService<DashboardEndpoints>());

        var (signIn, _, _, _) = await withSetting.InvokeAsync(r => triggers.SignInPage(r), "GET", "/api/dashboard/log-ind", new Dictionary<string, string>());
        var (overview, _, _, _) = await withSetting.InvokeAsync(
            r => triggers.OverviewPage(r), "GET", "/api/dashboard", new Dictionary<string, string> { ["Cookie"] = $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild" });

        Assert.Equal((404, 403), (signIn, overview));
    }

    /// <summary>What App Service authentication hands the app for a user with the app role <c>visitator.{municipality}</c>.</summary>
    private static Dictionary<string, string> Visitator(string municipality, string? fetchSite = null)
    {
        var principal = $$"""{ "auth_typ": "aad", "role_typ": "roles", "claims": [{ "typ": "roles", "val": "visitator.{{municipality}}" }] }""";
        var headers = new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(principal)) };
        if (fetchSite is not null)
        {
            headers["Sec-Fetch-Site"] = fetchSite;
        }

        return headers;
    }

    private async Task<(int Status, string Body)> PageAsync(
        Func<HttpRequest, Task<IActionResult>> trigger, string method, string path, Dictionary<string, string> headers, string? form = null)
    {
        var (status, contentType, body, _) = await app.InvokeAsync(trigger, method, path, headers, form, form is null ? null : "application/x-www-form-urlencoded");
        Assert.Equal("text/html; charset=utf-8", contentType);
        return (status, body);
    }

    /// <summary>The local host's page for the visitator of rebild, signed in by the Development sign-in (its script's nonce left out).</summary>
    private static async Task<string> LocalPageAsync(ApiFactory host, string path)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WithoutNonce(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The Functions app's page as the local host's root would serve it: its base address, and no nonce (each answer has its own).</summary>
    private static string AtTheRoot(string page) =>
        WithoutNonce(page.Replace("<base href=\"/api/dashboard/\" />", "<base href=\"/\" />", StringComparison.Ordinal));

    private static string WithoutNonce(string page) => System.Text.RegularExpressions.Regex.Replace(page, "nonce=\"[^\"]*\"", "nonce=\"\"");
}
