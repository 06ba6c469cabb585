using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.Storage.InMemory;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

public class InMemoryCourseReadModelTests : CourseReadModelContract
{
    protected override Task<ICourseReadModel> CreateAsync() => Task.FromResult<ICourseReadModel>(new InMemoryCourseReadModel());
}

public class TableCourseReadModelTests(AzuriteFixture azurite) : CourseReadModelContract, IClassFixture<AzuriteFixture>
{
    protected override async Task<ICourseReadModel> CreateAsync() => new TableCourseReadModel(await azurite.NewTableAsync());
}
