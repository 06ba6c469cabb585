using Genoptraening.Web.Http;
using Microsoft.AspNetCore.Diagnostics;

namespace Genoptraening.Api.Http;

/// <summary>This host's answer to a <see cref="StorageOutage"/> anywhere (the API and the dashboard): 503, not 500.</summary>
internal sealed partial class StorageOutageHandler(IProblemDetailsService problems, ILogger<StorageOutageHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!StorageOutage.IsOutage(exception))
        {
            return false;
        }

        LogOutage(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = StorageOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = StorageOutage.Title,
                Detail = StorageOutage.Detail,
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The storage account did not answer {Method} {Path}")]
    private static partial void LogOutage(ILogger logger, Exception exception, string method, PathString path);
}
