using System.Collections.Frozen;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Web.Http;
using Genoptraening.Web.Security;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The dashboard's pages as request delegates, the same in both hosts: the local host maps them, the
/// Functions app's triggers invoke them. Each handler is bound with ASP.NET Core's request delegate
/// factory and runs behind one gate: a form only from the dashboard's own pages
/// (<see cref="SameOrigin"/>), a page for visitators only with a signed-in <see cref="Visitator"/>
/// (else the Development sign-in, or "no access"), and a storage account that does not answer is a
/// 503 page, any other failure a 500 page, logged.
/// </summary>
public sealed class DashboardEndpoints
{
    private readonly FrozenDictionary<string, RequestDelegate> byName;
    private readonly string root;

    /// <param name="services">The host's services.</param>
    /// <param name="root">Where the host serves the dashboard, with a trailing slash: <c>/</c> or <c>/api/dashboard/</c>.</param>
    public DashboardEndpoints(IServiceProvider services, string root)
    {
        ArgumentNullException.ThrowIfNull(services);
        this.root = root;
        byName = DashboardRoutes.All.ToFrozenDictionary(r => r.Name, r => Gated(r, Bind(r, services)), StringComparer.Ordinal);
    }

    public RequestDelegate For(string name) =>
        byName.TryGetValue(name, out var run) ? run : throw new ArgumentException($"No dashboard page {name}.", nameof(name));

    /// <summary>Runs the page <paramref name="name"/> on <paramref name="context"/>, its route values set by the caller.</summary>
    public Task InvokeAsync(string name, HttpContext context) => For(name)(context);

    private static RequestDelegate Bind(DashboardRoute route, IServiceProvider services) =>
        RequestDelegateFactory.Create(route.Handler, new RequestDelegateFactoryOptions { ServiceProvider = services, ThrowOnBadRequest = true }).RequestDelegate;

    private RequestDelegate Gated(DashboardRoute route, RequestDelegate handler) => async context =>
    {
        var visitator = Visitator.Of(context);
        var catalog = context.RequestServices.GetRequiredService<ServiceCatalog>();
        var today = Copenhagen.DateOf(context.RequestServices.GetRequiredService<IClock>().GetCurrentInstant());
        var frame = new PageFrame(root, visitator?.Municipality, visitator is null ? null : catalog.NameOf(visitator.Municipality), visitator?.Who, today);
        context.Items[typeof(PageFrame)] = frame;
        var refused = Refusal(route, context, frame) ?? await UnreadableFormAsync(route, context, frame).ConfigureAwait(false);
        if (refused is not null)
        {
            await refused.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await handler(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException) when (!context.Response.HasStarted)
        {
            await Unreadable(frame).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageOutage.IsOutage(e) && !context.Response.HasStarted)
        {
            Log.StorageUnreachable(Logger(context), e);
            context.Response.Headers.RetryAfter = StorageOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Page.Message(frame, "Prøv igen om lidt", "Lageret svarer ikke lige nu. Intet er ændret; prøv igen om et øjeblik.", StatusCodes.Status503ServiceUnavailable)
                .ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            Log.Failed(Logger(context), e, route.Name);
            await Page.Message(frame, "Der skete en fejl", "Siden kunne ikke vises. Fejlen er logget; prøv igen.", StatusCodes.Status500InternalServerError)
                .ExecuteAsync(context).ConfigureAwait(false);
        }
    };

    private IResult? Refusal(DashboardRoute route, HttpContext context, PageFrame frame)
    {
        if (HttpMethods.IsPost(route.Method) && !SameOrigin.Allows(context.Request))
        {
            return Page.Message(frame, "Formularen blev afvist", "Formularen kom ikke fra dashboardets egne sider.", StatusCodes.Status403Forbidden);
        }

        if (HttpMethods.IsPost(route.Method) && !context.Request.HasFormContentType)
        {
            return Unreadable(frame);
        }

        if (frame.Who is { } who && context.RequestServices.GetRequiredService<RequestLimits>().Refuse(context, "person:" + who) is not null)
        {
            return Page.Message(frame, "For mange forespørgsler", "Du har spurgt oftere, end dashboardet tillader. Vent et øjeblik, og prøv igen.", StatusCodes.Status429TooManyRequests);
        }

        if (!route.ForVisitators || frame.Municipality is not null)
        {
            return null;
        }

        if (Visitator.AppServiceSignIn(context) is { } signIn)
        {
            return Results.Redirect(signIn);
        }

        return Visitator.MayPickMunicipality(context)
            ? Results.Redirect(root + SignInPage.Path)
            : Page.Message(frame, "Ingen adgang", "Du er ikke logget ind som visitator i en kommune. Bed din administrator om rollen visitator.<kommune>.", StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// A form is read here, before its handler (which then gets it from the request's cache): one that
    /// cannot be read (multipart cut short, too large) is the visitator's 400, not a failure of ours.
    /// </summary>
    private static async Task<IResult?> UnreadableFormAsync(DashboardRoute route, HttpContext context, PageFrame frame)
    {
        if (!HttpMethods.IsPost(route.Method))
        {
            return null;
        }

        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException && !context.RequestAborted.IsCancellationRequested)
        {
            return Unreadable(frame);
        }
    }

    private static IResult Unreadable(PageFrame frame) =>
        Page.Message(frame, "Forespørgslen kunne ikke læses", "Siden fik noget, den ikke kan læse. Gå tilbage og prøv igen.", StatusCodes.Status400BadRequest);

    private static ILogger Logger(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<DashboardEndpoints>();
}
