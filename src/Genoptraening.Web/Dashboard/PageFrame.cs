namespace Genoptraening.Web.Dashboard;

/// <summary>
/// What every page shows around its content: the dashboard's root (its links are relative to it, so
/// the same page serves at <c>/</c> in the local host and at <c>/api/dashboard/</c> in the Functions
/// app), the signed-in visitator's municipality with its name, and today's date in Denmark (the clock's).
/// </summary>
public sealed record PageFrame(string Root, string? Municipality, string? MunicipalityName, string? Who = null, NodaTime.LocalDate? Today = null)
{
    /// <summary>This answer's own nonce: the only inline scripts its Content-Security-Policy runs carry it.</summary>
    public string Nonce { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>The signed-in visitator's municipality; a page for visitators is reached only with one.</summary>
    public string SignedIn => Municipality ?? throw new InvalidOperationException("The dashboard's gate lets no one in without a municipality.");

    /// <summary>Set by <see cref="DashboardEndpoints"/> before the handler runs, and bound as its parameter.</summary>
    public static ValueTask<PageFrame?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(context.Items[typeof(PageFrame)] as PageFrame);
    }
}
