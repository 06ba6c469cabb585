using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Genoptraening.Workflows.Queues;

/// <summary>
/// A service SAS for one queue: what a municipality's integration gets so that it can read its own
/// escalation queue and nothing else.
/// </summary>
public static class QueueSas
{
    private const string Version = "2021-08-06";

    /// <param name="account">The account, with its key.</param>
    /// <param name="queue">The queue the token is scoped to.</param>
    /// <param name="permissions">E.g. <c>rp</c> (read, process) for a consumer, <c>a</c> (add) for a producer.</param>
    /// <param name="expiry">When the token stops working.</param>
    public static string Create(StorageAccount account, string queue, string permissions, Instant expiry)
    {
        ArgumentNullException.ThrowIfNull(account);
        var key = account.Key ?? throw new InvalidOperationException("A SAS is signed with the account key.");
        var expires = InstantPattern.General.Format(expiry);
        var toSign = string.Join("\n", permissions, string.Empty, expires, $"/queue/{account.Name}/{queue}", string.Empty, string.Empty, string.Empty, Version);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        return string.Create(CultureInfo.InvariantCulture, $"sv={Version}&se={Uri.EscapeDataString(expires)}&sp={permissions}&sig={Uri.EscapeDataString(signature)}");
    }
}
