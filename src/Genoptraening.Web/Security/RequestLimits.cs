using System.Globalization;
using System.Threading.RateLimiting;
using Genoptraening.Web.Http;

namespace Genoptraening.Web.Security;

/// <summary>
/// How fast one caller may ask, in both hosts: a token bucket per API key and per signed-in person, refilled every second
/// (<c>Limits:RequestsPerSecond</c>, default <see cref="DefaultPerSecond"/>) and holding at most <c>Limits:Burst</c> (default
/// <see cref="DefaultBurst"/>); 0 requests a second turns it off. A caller past it gets <c>429</c> with <c>Retry-After</c>.
/// The bucket runs on real time, not the course clock: it meters requests, not deadlines.
/// </summary>
public sealed class RequestLimits : IDisposable
{
    public const int DefaultPerSecond = 50;
    public const int DefaultBurst = 2000;

    private readonly PartitionedRateLimiter<string>? limiter;

    public RequestLimits(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var perSecond = configuration.GetValue(WebSettingKeys.LimitPerSecond, DefaultPerSecond);
        var burst = Math.Max(1, configuration.GetValue(WebSettingKeys.LimitBurst, DefaultBurst));
        limiter = perSecond <= 0 ? null : PartitionedRateLimiter.Create<string, string>(who => RateLimitPartition.GetTokenBucketLimiter(who, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when <paramref name="who"/> may go on; else how long to wait, written to the answer's <c>Retry-After</c>.</summary>
    public TimeSpan? Refuse(HttpContext context, string who)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (limiter is null)
        {
            return null;
        }

        using var lease = limiter.AttemptAcquire(who);
        if (lease.IsAcquired)
        {
            return null;
        }

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : TimeSpan.FromSeconds(1);
        context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return wait;
    }

    public void Dispose() => limiter?.Dispose();
}
