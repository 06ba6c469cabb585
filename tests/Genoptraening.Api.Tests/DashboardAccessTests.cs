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
    [InlineData("AppService", """[{ "typ": "roles", "val": "visitator.aarhus" }]""", HttpStatusCode.Redirect)]
    [InlineData("AppService", """[{ "typ": "roles", "val": "visitator.norddjurs" }, { "typ": "roles", "val": "visitator.rebild" }]""", HttpStatusCode.Redirect)]
    [InlineData("AppService", """[{ "typ": "name", "val": "visitator.norddjurs" }]""", HttpStatusCode.Redirect)]
    [InlineData(null, """[{ "typ": "roles", "val": "visitator.norddjurs" }]""", HttpStatusCode.Redirect)]
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

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
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
}
