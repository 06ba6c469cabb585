using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.Storage.InMemory;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

public class InMemoryCourseEventStoreTests : CourseEventStoreContract
{
    protected override Task<ICourseEventStore> CreateAsync() => Task.FromResult<ICourseEventStore>(new InMemoryCourseEventStore());
}

public class TableCourseEventStoreTests(AzuriteFixture azurite) : CourseEventStoreContract, IClassFixture<AzuriteFixture>
{
    protected override async Task<ICourseEventStore> CreateAsync() => new TableCourseEventStore(await azurite.NewTableAsync());
}
