using System.Globalization;

namespace Genoptraening.Bench.Storage;

/// <summary>Storage transactions by kind (Azurite's operation names, e.g. <c>Table_Batch</c>, <c>Queue_DequeueMessages</c>).</summary>
internal sealed record TransactionCounts(IReadOnlyDictionary<string, double> ByKind)
{
    public double Total => ByKind.Values.Sum();

    /// <summary>Table transactions (Azure bills them at the table rate).</summary>
    public double Tables => Sum(k => k.StartsWith("Table_", StringComparison.Ordinal));

    /// <summary>Queue operations (billed at the queue rate); creating or listing queues counts here too.</summary>
    public double Queues => Sum(k => k.StartsWith("Queue_", StringComparison.Ordinal) || k.StartsWith("Service_ListQueues", StringComparison.Ordinal) || k.StartsWith("Message", StringComparison.Ordinal));

    /// <summary>Blob operations (leases of the task hub's partitions).</summary>
    public double Blobs => Total - Tables - Queues;

    /// <summary>The development clock's own transactions, which production does not make.</summary>
    public double DevelopmentClock => Sum(k => k.EndsWith("(dev clock)", StringComparison.Ordinal));

    /// <summary>Each kind times <paramref name="factor"/>, e.g. a rate per hour from a window's counts.</summary>
    public TransactionCounts Times(double factor) => new(ByKind.ToDictionary(p => p.Key, p => p.Value * factor, StringComparer.Ordinal));

    /// <summary>Each kind less <paramref name="other"/>'s, not below zero: a window's counts less its idle polling.</summary>
    public TransactionCounts Minus(TransactionCounts other) =>
        new(ByKind.ToDictionary(p => p.Key, p => Math.Max(0, p.Value - other.ByKind.GetValueOrDefault(p.Key)), StringComparer.Ordinal));

    public TransactionCounts Without(Func<string, bool> kind) => new(ByKind.Where(p => !kind(p.Key)).ToDictionary());

    /// <summary>Each kind's count per unit, largest first, e.g. "Table_Query 12.5, Queue_PutMessage 3.0".</summary>
    public string Per(double units, int top = 12) => string.Join(", ", ByKind.OrderByDescending(p => p.Value).Take(top)
        .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value / units:F1}")));

    private double Sum(Func<string, bool> kind) => ByKind.Where(p => kind(p.Key)).Sum(p => p.Value);
}
