using Azure.Core;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>
/// How the course stores' clients retry: a few quick tries (0.5 s doubling up to 4 s) and at most
/// 10 s for one answer, instead of the SDK's 100 s, so a storage account that does not answer gives
/// the caller a <c>503</c> within seconds and a step fails fast into the loop's own retry policy.
/// </summary>
public static class StorageRetries
{
    public static T Apply<T>(T options)
        where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromSeconds(0.5);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
