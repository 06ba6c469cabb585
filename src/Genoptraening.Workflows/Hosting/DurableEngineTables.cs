using Azure.Data.Tables;

namespace Genoptraening.Workflows.Hosting;

/// <summary>The tables the engine creates when it starts.</summary>
public sealed record DurableEngineTables(IReadOnlyList<TableClient> Tables);
