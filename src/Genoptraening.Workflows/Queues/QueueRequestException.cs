using System.Net;

namespace Genoptraening.Workflows.Queues;

/// <summary>The queue service refused a request (after retries, for server errors).</summary>
public sealed class QueueRequestException : Exception
{
    public QueueRequestException(HttpStatusCode status, string? errorCode, string message)
        : base($"{(int)status} {errorCode}: {message}")
    {
        Status = status;
        ErrorCode = errorCode;
    }

    public QueueRequestException()
    {
    }

    public QueueRequestException(string message)
        : base(message)
    {
    }

    public QueueRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode Status { get; }

    public string? ErrorCode { get; }
}
