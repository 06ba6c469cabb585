using Microsoft.AspNetCore.Diagnostics;

namespace Genoptraening.Api.Http;

/// <summary>
/// A storage account that does not answer (Azure SDK and Durable Task errors, a refused or timed-out
/// connection) is a <c>503</c> with problem details and <c>Retry-After</c>, never a <c>500</c>, and
/// never a <c>202</c> for something not stored. The host recovers by itself when storage is back.
/// </summary>
internal sealed partial class StorageOutageHandler(IProblemDetailsService problems, ILogger<StorageOutageHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsOutage(exception))
        {
            return false;
        }

        LogOutage(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The storage account does not answer; try again shortly",
                Detail = "The request may not have been taken. Send it again once the service answers: a plan or application sent again is recognised, not started twice.",
            },
        });
    }

    /// <summary>Whether an error says the storage account could not be reached or did not answer in time.</summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        Azure.RequestFailedException failed => failed.Status is 0 or >= 500,
        HttpRequestException or TimeoutException or System.Net.Sockets.SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsOutage),
        { InnerException: { } inner } => IsOutage(inner),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "The storage account did not answer {Method} {Path}")]
    private static partial void LogOutage(ILogger logger, Exception exception, string method, PathString path);
}
