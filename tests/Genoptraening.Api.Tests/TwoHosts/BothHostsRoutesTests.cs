using Genoptraening.Api.Tests.Support;
using Genoptraening.Web.Dashboard;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Genoptraening.Api.Tests.TwoHosts;

/// <summary>
/// The local host and the Functions app expose the same API routes and methods: read from the local
/// host's endpoint data source and from the Functions app's built <c>functions.metadata</c>, as the
/// Functions host reads it, and both hold every route of the contracts.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BothHostsRoutesTests(ApiHosts hosts)
{
    /// <summary>contracts/http-api.md and contracts/functions-app.md, without the <c>api/</c> prefix; route parameters by any name.</summary>
    private static readonly string[] ContractRoutes =
    [
        "POST plans", "POST applications", "POST courses/{}/events/{}", "GET courses/{}", "GET courses/{}/history", "GET courses",
        "POST courses/{}/terminate", "DELETE courses/{}", "GET reports/quality",
    ];

    /// <summary>The local host's own, not in Azure: the development clock, the OpenAPI document.</summary>
    private static readonly string[] LocalHostOnly = ["POST api/dev/clock", "GET openapi/v1.json"];

    /// <summary>Ready and live: at the local host's root, under <c>api/</c> in the Functions app.</summary>
    private static readonly string[] HealthChecks = ["GET healthz", "GET healthz/live"];

    /// <summary>The dashboard's pages: at the local host's root, under <c>dashboard/</c> in the Functions app.</summary>
    private static readonly string[] DashboardPages =
    [
        "GET ", "GET forloeb/{}", "POST forloeb/{}", "GET forloeb/{}/brev/frit-valg", "GET forloeb/{}/frit-valg", "POST forloeb/{}/frit-valg", "GET indbakke", "POST indbakke", "GET rapport", "GET rapport/csv", "GET drift", "POST drift",
        "GET log-ind", "POST log-ind", "POST log-ud",
    ];

    [Fact]
    public async Task LocalHostAndFunctionsApp_ServeTheSameRoutesAndMethods_AndEveryContractRoute()
    {
        var factory = await hosts.CreateAsync();
        var local = LocalHostRoutes(factory);
        var functions = FunctionsRoutes();

        Assert.All(LocalHostOnly, route => Assert.Contains(route, local));
        Assert.All(HealthChecks, route => Assert.Contains(route, local));
        Assert.All(HealthChecks, route => Assert.Contains(route, functions));
        var api = local.Where(r => r.Contains(" api/", StringComparison.Ordinal) && !LocalHostOnly.Contains(r))
            .Select(r => r.Replace(" api/", " ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(api, functions.Where(r => !IsFunctionsPage(r) && !HealthChecks.Contains(r)).ToList());
        Assert.All(ContractRoutes, route => Assert.Contains(route, api.Select(Anonymous)));
        Assert.DoesNotContain(functions, r => r.Contains("dev/clock", StringComparison.Ordinal));

        var localPages = local.Where(r => !r.Contains(" api/", StringComparison.Ordinal) && !LocalHostOnly.Contains(r) && !HealthChecks.Contains(r)).Select(Anonymous).Order(StringComparer.Ordinal).ToList();
        var functionsPages = functions.Where(IsFunctionsPage).Select(r => Anonymous(System.Text.RegularExpressions.Regex.Replace(r, " dashboard/?", " "))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(DashboardPages.Order(StringComparer.Ordinal), localPages);
        Assert.Equal(localPages, functionsPages);
    }

    [Fact]
    public void FunctionsApp_HasATriggerOfTheSameNameMethodAndRoute_ForEveryDashboardPage()
    {
        var triggers = FunctionsMetadata.Read().EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray()
                .Where(b => b.GetProperty("type").GetString() == "httpTrigger" && IsFunctionsPage($"X {b.GetProperty("route").GetString()}"))
                .SelectMany(b => b.GetProperty("methods").EnumerateArray().Select(m => $"{f.GetProperty("name").GetString()} {m.GetString()!.ToUpperInvariant()} {b.GetProperty("route").GetString()}")))
            .Order(StringComparer.Ordinal);

        Assert.Equal(DashboardRoutes.All.Select(r => $"{r.Name} {r.Method} {r.FunctionsPattern}").Order(StringComparer.Ordinal), triggers);
    }

    /// <summary>"METHOD pattern" of each route the local host maps.</summary>
    private static List<string> LocalHostRoutes(ApiFactory factory) =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimStart('/')}"))
            .Where(r => !r.Contains("{*", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal),
    ];

    /// <summary>"METHOD route" of each HTTP trigger in the built metadata.</summary>
    private static List<string> FunctionsRoutes() =>
    [
        .. FunctionsMetadata.Read().EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(b => b.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()!.ToUpperInvariant()} {b.GetProperty("route").GetString()}"))
            .Order(StringComparer.Ordinal),
    ];

    private static bool IsFunctionsPage(string route) => route.Split(' ')[1] is "dashboard" || route.Split(' ')[1].StartsWith("dashboard/", StringComparison.Ordinal);

    /// <summary>A route with its parameters unnamed: <c>courses/{id:guid}</c> → <c>courses/{}</c>.</summary>
    private static string Anonymous(string route) => System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]*\}", "{}");
}
