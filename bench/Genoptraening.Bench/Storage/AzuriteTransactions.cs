using System.Text;

namespace Genoptraening.Bench.Storage;

/// <summary>
/// Storage transactions counted at Azurite, from its debug log (<c>--debug</c>): one line
/// <c>DispatchMiddleware: Operation=Kind</c> per request, the unit Azure bills. A window is the log
/// between two marks (byte offsets), so idle polling and the courses' lives are counted apart.
/// Requests to a table whose name contains <see cref="DevelopmentClockTable"/> (the development clock's
/// held timers, which production does not have) are counted under their own kinds.
/// </summary>
internal sealed class AzuriteTransactions(string debugLog)
{
    public const string DevelopmentClockTable = "devclock";
    private const string Operation = "DispatchMiddleware: Operation=";
    private const string TableName = "tableName=";

    /// <summary>Where the log ends now; what is written after it belongs to the next window.</summary>
    public long Mark() => File.Exists(debugLog) ? new FileInfo(debugLog).Length : 0;

    /// <summary>
    /// Where the log ends once what was done before has reached it: Azurite writes its log behind its work,
    /// seconds behind when it is busy, so the mark is taken after a pause (its polling goes on meanwhile).
    /// </summary>
    public async Task<long> MarkSettledAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(10));
        return Mark();
    }

    /// <summary>The transactions by kind between two marks.</summary>
    public TransactionCounts Count(long from, long to)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var clockRequests = new HashSet<string>(StringComparer.Ordinal);
        using var stream = new FileStream(debugLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(from, SeekOrigin.Begin);
        using var reader = new StreamReader(new BoundedStream(stream, to - from), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            // "<time> <request id> <level>: <source>: <message>"
            var parts = line.Split(' ', 3);
            if (parts.Length < 3)
            {
                continue;
            }

            var table = line.IndexOf(TableName, StringComparison.Ordinal);
            if (table >= 0 && line.AsSpan(table + TableName.Length).Contains(DevelopmentClockTable, StringComparison.Ordinal))
            {
                clockRequests.Add(parts[1]);
            }

            var at = line.IndexOf(Operation, StringComparison.Ordinal);
            if (at >= 0)
            {
                var kind = line[(at + Operation.Length)..].Trim();
                kind = clockRequests.Remove(parts[1]) ? $"{kind} (dev clock)" : kind;
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
            }
        }

        return new TransactionCounts(counts);
    }

    /// <summary>Reads no further than the window's end, though Azurite goes on writing.</summary>
    private sealed class BoundedStream(Stream inner, long length) : Stream
    {
        private long left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, (int)Math.Min(count, left));
            left -= read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
