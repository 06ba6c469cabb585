using Genoptraening.Workflows.Store;
using Genoptraening.Workflows.Store.Postgres;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Tests.Support;
using Xunit;

namespace Genoptraening.Workflows.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCourseStoreTests(PostgresServer server) : CourseStoreContract
{
    protected override async Task<ICourseStore> CreateStoreAsync() => PostgresCourseStore.Open(await server.CreateDatabaseAsync());
}
