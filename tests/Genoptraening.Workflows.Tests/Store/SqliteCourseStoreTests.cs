using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Store.Sqlite;

namespace Genoptraening.Workflows.Tests.Store;

public sealed class SqliteCourseStoreTests : CourseStoreContract
{
    protected override async Task<ICourseStore> CreateStoreAsync() => await SqliteCourseStore.InMemoryAsync();
}
