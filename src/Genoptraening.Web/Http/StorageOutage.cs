using System.Globalization;

namespace Genoptraening.Web.Http;

/// <summary>
/// A storage account that does not answer (Azure SDK and Durable Task errors, a refused or timed-out
/// connection) is a <c>503</c> with problem details and <c>Retry-After</c>, never a <c>500</c>, and
/// never a <c>202</c> for something not stored. The hosts recover by themselves when storage is back.
/// </summary>
public static class StorageOutage
{
    public const int RetryAfterSeconds = 5;
    public const string Title = "The storage account does not answer; try again shortly";
    public const string Detail = "The request may not have been taken. Send it again once the service answers: a plan or application sent again is recognised, not started twice.";

    /// <summary>Whether an error says the storage account could not be reached or did not answer in time.</summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        Azure.RequestFailedException failed => failed.Status is 0 or >= 500,
        HttpRequestException or TimeoutException or System.Net.Sockets.SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsOutage),
        { InnerException: { } inner } => IsOutage(inner),
        _ => false,
    };

    /// <summary>Writes the 503: for a host without an exception handler of its own (the Functions app's triggers).</summary>
    public static Task Answer(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Unavailable(Title, Detail).ExecuteAsync(context);
    }
}
