using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// RULES.md § 9: a plan sent before a planned discharge names the expected date, up to 90 days after its receipt; the start
/// guarantee runs from it, the receipt's deadlines from the receipt. Later is a 400 naming the field.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ExpectedDischargeTests(ApiHosts hosts)
{
    [Fact]
    public async Task PlanBeforeDischarge_IsTaken_AndTheGuaranteeRunsFromTheExpectedDischarge()
    {
        var courses = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));

        var id = await courses.PostPlanAsync(HospitalA, Plan("5790000000001", "EXPECTED-1", "rebild", dischargeDate: "2026-08-06"));
        var course = await courses.GetAsync("dev-rebild", id);

        Assert.Equal("2026-08-13", Deadline(course, "startGuarantee").GetProperty("due").GetString());
        Assert.Equal("2026-05-12", Deadline(course, "contact").GetProperty("due").GetString());
        Assert.Equal("2026-08-06", course.GetProperty("referral").GetProperty("dischargeDate").GetString());
    }

    [Fact]
    public async Task PlanWithADischargeMoreThan90DaysAhead_Is400NamingTheField_AndStartsNoCourse()
    {
        var courses = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));

        using var refused = await courses.Factory.Client(HospitalA).PostAsJsonAsync("/api/plans", Plan("5790000000001", "EXPECTED-2", "rebild", dischargeDate: "2026-08-07"));
        using var list = await courses.Factory.Client("dev-rebild").GetAsync("/api/courses?municipality=rebild");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"dischargeDate\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.GetProperty("items").GetArrayLength());
    }
}
