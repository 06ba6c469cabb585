namespace Genoptraening.Web.Dashboard;

/// <summary>
/// One page (or form) of the dashboard as both hosts serve it: the local host maps it at
/// <c>/{Pattern}</c>, the Functions app's trigger of the same <see cref="Name"/> at
/// <c>/api/dashboard/{Pattern}</c>; in both <see cref="DashboardEndpoints"/> runs it behind the same gate.
/// </summary>
/// <param name="Name">The trigger's function name, e.g. <c>OverviewPage</c>.</param>
/// <param name="Method">GET or POST.</param>
/// <param name="Pattern">Relative to the dashboard's root, e.g. <c>forloeb/{id:guid}</c>; the overview's is empty.</param>
/// <param name="Handler">Its parameters are bound by ASP.NET Core's request delegate factory in both hosts.</param>
/// <param name="ForVisitators">False only for the sign-in page.</param>
public sealed record DashboardRoute(string Name, string Method, string Pattern, Delegate Handler, bool ForVisitators = true)
{
    /// <summary>Where the Functions app serves the dashboard, under its <c>api/</c> route prefix.</summary>
    public const string FunctionsRoot = "dashboard";

    /// <summary>The local host's route.</summary>
    public string HostPattern => "/" + Pattern;

    /// <summary>The Functions trigger's route (the host adds <c>api/</c>).</summary>
    public string FunctionsPattern => Pattern.Length == 0 ? FunctionsRoot : FunctionsRoot + "/" + Pattern;
}
