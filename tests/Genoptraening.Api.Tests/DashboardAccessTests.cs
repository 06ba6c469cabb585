using System.Net;
using Genoptraening.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Genoptraening.Api.Tests;

/// <summary>Who gets into the dashboard: the Development sign-in, or in production the platform's sign-in (App Service principal, or a header).</summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardAccessTests(ApiHosts hosts)
{
    [Fact]
    public async Task WithoutSignIn_TheOverviewRedirectsToTheSignInPage()
    {
        var factory = await hosts.CreateAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/log-ind", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("GET", "/findes-ikke", HttpStatusCode.NotFound, "Siden findes ikke")]
    [InlineData("GET", "/forloeb/ikke-et-id", HttpStatusCode.NotFound, "Siden findes ikke")]
    [InlineData("PUT", "/indbakke", HttpStatusCode.MethodNotAllowed, "Siden kan ikke vises sådan")]
    public async Task AnAddressWithoutAPage_IsADanishPage_NotTheApisJson(string method, string path, HttpStatusCode expected, string title)
    {
        var factory = await hosts.CreateAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        using var api = await client.GetAsync("/openapi/v2.json");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{title}</h1>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (api.StatusCode, api.Content.Headers.ContentType?.MediaType));
    }

    [Theory]
    [InlineData("norddjurs", HttpStatusCode.OK)]
    [InlineData("aarhus", HttpStatusCode.Redirect)]
    public async Task PlatformHeader_WhenConfigured_NamesTheMunicipality(string municipality, HttpStatusCode expected)
    {
        var factory = await hosts.CreateAsync();
        using var platform = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Dashboard:MunicipalityHeader"] = "X-Genoptraening-Municipality" })));
        using var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Genoptraening-Municipality", municipality);

        using var response = await client.GetAsync("/");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("data-municipality=\"norddjurs\">Norddjurs Kommune</span>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("AppService", """[{ "typ": "roles", "val": "visitator.norddjurs" }]""", HttpStatusCode.OK)]
    [InlineData("AppService", """[{ "typ": "roles", "val": "visitator.aarhus" }]""", HttpStatusCode.Forbidden)] // signed in, but no visitator of a municipality
    [InlineData("AppService", """[{ "typ": "roles", "val": "visitator.norddjurs" }, { "typ": "roles", "val": "visitator.rebild" }]""", HttpStatusCode.Forbidden)]
    [InlineData("AppService", """[{ "typ": "name", "val": "visitator.norddjurs" }]""", HttpStatusCode.Forbidden)]
    [InlineData(null, """[{ "typ": "roles", "val": "visitator.norddjurs" }]""", HttpStatusCode.Forbidden)] // no sign-in chosen: nobody gets in
    public async Task AppServicePrincipal_WhenConfigured_ItsVisitatorRoleNamesTheMunicipality(string? mode, string claims, HttpStatusCode expected)
    {
        var factory = await hosts.CreateAsync();
        using var platform = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Dashboard:Authentication"] = mode })));
        using var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var principal = $$"""{ "auth_typ": "aad", "name_typ": "name", "role_typ": "roles", "claims": {{claims}} }""";
        client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(principal)));

        using var response = await client.GetAsync("/");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("data-municipality=\"norddjurs\">Norddjurs Kommune</span>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AppServicePrincipal_Unreadable_IsNoSignIn()
    {
        var factory = await hosts.CreateAsync();
        using var platform = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Dashboard:Authentication"] = "AppService" })));
        using var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", "not base64 {");

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PlatformHeader_NotConfigured_IsIgnored()
    {
        var factory = await hosts.CreateAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Genoptraening-Municipality", "rebild");

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("AppService", HttpStatusCode.Redirect)] // to Azure's own sign-in
    [InlineData("", HttpStatusCode.Forbidden)] // no sign-in at all: nobody gets in
    public async Task TheDevelopmentSignIn_ExistsOnlyWhenSetExplicitly(string mode, HttpStatusCode overviewStatus)
    {
        var factory = await hosts.CreateAsync();
        using var other = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Dashboard:Authentication"] = mode })));
        using var client = other.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");

        using var signIn = await client.GetAsync("/log-ind");
        using var overview = await client.GetAsync("/");
        using var withDevelopment = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/log-ind");

        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Equal(overviewStatus, overview.StatusCode); // the development cookie names no one
        Assert.Equal(HttpStatusCode.OK, withDevelopment.StatusCode); // the development settings set it
    }

    [Fact]
    public async Task TheDevelopmentSignIn_InAnAzureApp_TheHostRefusesToStart()
    {
        var factory = await hosts.CreateAsync();
        using var inAzure = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Dashboard:Authentication"] = "Development", ["WEBSITE_SITE_NAME"] = "genoptraening-prod" })));

        var refused = Assert.ThrowsAny<Exception>(() => inAzure.CreateClient());

        Assert.Contains("WEBSITE_SITE_NAME", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheDevelopmentSignIn_AndEveryPageSendsItsSecurityHeaders()
    {
        var factory = await hosts.CreateAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");

        using var overview = await client.GetAsync("/");
        var page = await overview.Content.ReadAsStringAsync();
        using var fromElsewhere = await client.SendAsync(SignOutForm("cross-site"));
        using var signOut = await client.SendAsync(SignOutForm("same-origin"));

        Assert.Contains("<form method=\"post\" action=\"log-ud\" class=\"sign-out\"><button type=\"submit\" id=\"sign-out\">Log ud</button></form>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, fromElsewhere.StatusCode); // another site cannot sign a visitator out
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/log-ind", signOut.Headers.Location!.OriginalString);
        Assert.Contains(signOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{Web.Dashboard.Visitator.DevelopmentCookie}=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        var policy = overview.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Matches("script-src 'nonce-[A-Za-z0-9+/=]{24}';", policy);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", overview.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("max-age=", overview.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

        static HttpRequestMessage SignOutForm(string site)
        {
            var form = new HttpRequestMessage(HttpMethod.Post, "/log-ud") { Content = new FormUrlEncodedContent([]) };
            form.Headers.Add("Sec-Fetch-Site", site);
            return form;
        }
    }

    [Fact]
    public async Task TheCoursePage_ShowsTheCpr_OnlyWhenTheVisitatorOpensIt_NotFromAnotherSite()
    {
        var factory = await hosts.CreateAsync("2026-05-08T10:00:00+02:00");
        var api = new CourseClient(factory);
        var id = await api.PostPlanAsync(CourseClient.HospitalA, CourseClient.Plan("5790000000001", "NAV-1", "rebild"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{Web.Dashboard.Visitator.DevelopmentCookie}=rebild");

        async Task<string> OpenAsync(string site, string mode)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/forloeb/{id}");
            request.Headers.Add("Sec-Fetch-Site", site);
            request.Headers.Add("Sec-Fetch-Mode", mode);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        Assert.DoesNotContain("010150-1234", await OpenAsync("cross-site", "navigate"), StringComparison.Ordinal);
        Assert.DoesNotContain("010150-1234", await OpenAsync("same-origin", "cors"), StringComparison.Ordinal);
        var audited = System.Text.Json.JsonDocument.Parse(await factory.Client(CourseClient.Admin).GetStringAsync("/api/audit/personal-data?from=2026-05-08&to=2026-05-08"));
        Assert.Equal(0, audited.RootElement.GetProperty("views").GetArrayLength());

        Assert.Contains("010150-1234", await OpenAsync("same-origin", "navigate"), StringComparison.Ordinal);
        Assert.Contains("010150-1234", await OpenAsync("none", "navigate"), StringComparison.Ordinal); // typed or bookmarked
    }
}
