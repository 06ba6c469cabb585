using Genoptraening.Domain.Courses;
using Xunit;

namespace Genoptraening.Domain.Tests;

public class DomainPurityTests
{
    [Fact]
    public void DomainAssembly_ReferencesOnlyTheFrameworkAndNodaTime()
    {
        var references = typeof(CourseDecider).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("NodaTime", references);
        Assert.All(references, name => Assert.True(
            name is "NodaTime" or "netstandard" || (name.StartsWith("System", StringComparison.Ordinal) && !name.StartsWith("System.Net", StringComparison.Ordinal)),
            $"The domain must not reference {name}."));
    }
}
