using Genoptraening.Web.Dashboard;
using Genoptraening.Workflows.Alerts;
using Microsoft.AspNetCore.Routing.Template;
using Xunit;

namespace Genoptraening.Web.Tests.Dashboard;

/// <summary>An escalation message's <c>links.dashboard</c> is the course's page of the dashboard, on both hosts.</summary>
public class EscalationLinkTests
{
    [Fact]
    public void DashboardLink_MatchesTheCoursePagesRoute()
    {
        var id = Guid.NewGuid();
        var coursePage = Assert.Single(DashboardRoutes.All, r => r.Name == nameof(CoursePage));
        var matcher = new TemplateMatcher(TemplateParser.Parse(coursePage.Pattern), new Microsoft.AspNetCore.Routing.RouteValueDictionary());
        var values = new Microsoft.AspNetCore.Routing.RouteValueDictionary();

        Assert.True(matcher.TryMatch("/" + EscalationMessage.DashboardLink(id), values));
        Assert.Equal(id.ToString("D"), values["id"]);
    }
}
