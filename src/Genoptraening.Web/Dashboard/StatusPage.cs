namespace Genoptraening.Web.Dashboard;

/// <summary>
/// What a browser gets for an address of the dashboard that has no page, or a method a page does not take (a
/// mistyped link, a bookmarked form address): a Danish page with a way back, never the API's JSON problem details.
/// </summary>
public static class StatusPage
{
    /// <summary>Whether <paramref name="path"/> is the API's or the host's own (answered with problem details), not the dashboard's.</summary>
    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the page for the response's status code; the dashboard's root is <paramref name="root"/>.</summary>
    public static Task WriteAsync(HttpContext context, string root)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        var (title, text) = status switch
        {
            StatusCodes.Status404NotFound => ("Siden findes ikke", "Der er ingen side på denne adresse. Gå til oversigten, og find forløbet der."),
            StatusCodes.Status405MethodNotAllowed => ("Siden kan ikke vises sådan", "Adressen er en formulars. Gå til oversigten, og åbn siden derfra."),
            _ => ("Siden kunne ikke vises", "Forespørgslen kunne ikke besvares. Gå til oversigten, og prøv igen."),
        };
        var today = context.RequestServices.GetService<NodaTime.IClock>() is { } clock ? Domain.Calendar.Copenhagen.DateOf(clock.GetCurrentInstant()) : (NodaTime.LocalDate?)null;
        return Page.Message(new PageFrame(root, null, null, Today: today), title, text, status).ExecuteAsync(context);
    }
}
