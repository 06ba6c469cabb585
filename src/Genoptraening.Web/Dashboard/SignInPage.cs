using Genoptraening.Domain.Catalog;

namespace Genoptraening.Web.Dashboard;

/// <summary>Development only: pick a municipality and see the dashboard as its visitator (a cookie remembers it).</summary>
public static class SignInPage
{
    public const string Path = "log-ind";

    public static IResult Get(HttpContext context, PageFrame frame, ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Visitator.MayPickMunicipality(context)
            ? Page.Of<Pages.SignInView>(frame, catalog.Municipalities.Select(m => new Municipality(m, catalog.NameOf(m))).OrderBy(m => m.Name, StringComparer.Ordinal).ToList())
            : NotOpen(frame);
    }

    public static async Task<IResult> SignIn(HttpContext context, PageFrame frame, ServiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(catalog);
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (!Visitator.MayPickMunicipality(context) || form["municipality"].ToString() is not { } chosen || !catalog.Municipalities.Contains(chosen))
        {
            return NotOpen(frame);
        }

        context.Response.Cookies.Append(Visitator.DevelopmentCookie, chosen, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = frame.Root,
            IsEssential = true,
        });
        return Results.Redirect(frame.Root);
    }

    /// <summary>
    /// Signs the visitator out: Azure's sign-in ends its own session (<c>/.auth/logout</c>); the development sign-in's cookie is
    /// deleted. Then the sign-in page, or the overview, which asks for a sign-in again. A form from the dashboard's own pages
    /// (another site cannot sign a visitator out).
    /// </summary>
    public static IResult SignOut(HttpContext context, PageFrame frame)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        if (Visitator.AppServiceSignOut(context, frame) is { } signOut)
        {
            return Results.Redirect(signOut);
        }

        context.Response.Cookies.Delete(Visitator.DevelopmentCookie, new CookieOptions { Path = frame.Root, HttpOnly = true, SameSite = SameSiteMode.Strict });
        return Results.Redirect(frame.Root + (Visitator.MayPickMunicipality(context) ? Path : string.Empty));
    }

    public const string SignOutPath = "log-ud";

    private static IResult NotOpen(PageFrame frame) =>
        Page.Message(frame, "Siden findes ikke", "Log ind gennem din organisations login.", StatusCodes.Status404NotFound);

    /// <summary>One choice of the sign-in page.</summary>
    public sealed record Municipality(string Id, string Name);
}
