using Genoptraening.Bench.Storage;

namespace Genoptraening.Bench.Cost;

/// <summary>
/// Azure Storage transaction prices, USD per 10,000, standard general-purpose v2, LRS, as listed publicly
/// (azure.microsoft.com/pricing, storage: tables, queues, blobs): list prices as known on 2026-11-30,
/// to be checked against the current price list (no copy of it could be reached from this machine).
/// </summary>
internal static class StoragePrices
{
    public const string Source = "Azure public list prices (standard GPv2, LRS), as known on 2026-11-30; to be checked";

    /// <summary>Every table transaction (a batch of up to 100 entities is one).</summary>
    public const double Table = 0.00036;

    /// <summary>Queue class 1: writes and lists (put and update a message, create and list queues, set metadata, clear).</summary>
    public const double QueueClass1 = 0.05;

    /// <summary>Queue class 2: the rest (get, peek and delete messages, read a queue's properties).</summary>
    public const double QueueClass2 = 0.004;

    /// <summary>Blob (hot tier) writes: uploads, puts of blocks, creating containers.</summary>
    public const double BlobWrite = 0.055;

    /// <summary>Blob reads and other operations (leases, properties).</summary>
    public const double BlobOther = 0.0044;

    /// <summary>What the transactions cost, USD.</summary>
    public static double CostOf(TransactionCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.ByKind.Sum(p => p.Value * PriceOf(p.Key) / 10_000);
    }

    /// <summary>The price per 10,000 of one of Azurite's operation kinds.</summary>
    public static double PriceOf(string kind) => kind switch
    {
        _ when kind.StartsWith("Table_", StringComparison.Ordinal) => Table,
        _ when kind.StartsWith("Messages_Enqueue", StringComparison.Ordinal) || kind.StartsWith("MessageId_Update", StringComparison.Ordinal)
            || kind.StartsWith("Queue_Create", StringComparison.Ordinal) || kind.StartsWith("Service_ListQueues", StringComparison.Ordinal)
            || kind.StartsWith("Queue_SetMetadata", StringComparison.Ordinal) || kind.StartsWith("Messages_Clear", StringComparison.Ordinal) => QueueClass1,
        _ when kind.StartsWith("Queue_", StringComparison.Ordinal) || kind.StartsWith("Message", StringComparison.Ordinal) => QueueClass2,
        _ when kind.Contains("Upload", StringComparison.Ordinal) || kind.Contains("Block", StringComparison.Ordinal)
            || kind.StartsWith("Container_Create", StringComparison.Ordinal) => BlobWrite,
        _ => BlobOther,
    };
}
