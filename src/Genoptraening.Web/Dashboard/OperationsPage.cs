using System.Globalization;
using Genoptraening.Workflows.Operations;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// "Drift": the signed-in municipality's faulted courses (step, error, since, attempts, when each retries by itself), a retry of
/// one or of all with one error, saying what each retry did; and the task hub's health, which all municipalities share and which
/// holds no personal data (queue depths and ages, courses by status, timers due in the next hour, timer lateness).
/// The administrators' API gives the same for all municipalities (<c>/api/operations/…</c>, docs/operations.md).
/// </summary>
public static class OperationsPage
{
    public const string Path = "drift";

    public static async Task<IResult> GetAsync(
        HttpContext context, PageFrame frame, FaultedCourses faulted, TaskHubHealth health, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(faulted);
        ArgumentNullException.ThrowIfNull(health);
        var courses = await faulted.ListAsync(new FaultFilter(Municipality: frame.SignedIn), cancellationToken).ConfigureAwait(false);
        var report = await health.ReadAsync(cancellationToken).ConfigureAwait(false);

        // Another municipality's escalation queue is its own business: the page shows the shared queues and this municipality's.
        var own = Workflows.Alerts.EscalationMessage.QueueFor(frame.SignedIn);
        report = report with { Queues = [.. report.Queues.Where(q => q.Kind != "escalations" || q.Name == own)] };
        return Page.Of<Pages.OperationsView>(frame, new Model(courses, report, FormRedirect.Take(context, frame)));
    }

    /// <summary>Retries the course the form names (<c>courseId</c>), or all the municipality's faulted courses with the error it names (<c>error</c>, or all).</summary>
    public static async Task<IResult> RetryFaulted(HttpContext context, PageFrame frame, FaultedCourses faulted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(faulted);
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        Guid? one = null;
        if (form.ContainsKey("courseId"))
        {
            // A course named but not one course's id retries nothing, rather than all.
            if (form["courseId"] is not { Count: 1 } named || !Guid.TryParse(named[0], out var id))
            {
                return FormRedirect.To(context, frame, Path, FormOutcome.Refused(FormOutcome.NoSuchCourse));
            }

            one = id;
        }

        var filter = new FaultFilter(form["error"] is { Count: 1 } error && error[0] is { Length: > 0 and <= 200 } e ? e : null, frame.SignedIn);

        // The log names the municipality's visitators, not the person: logs carry no names.
        var results = await faulted.RetryAsync(filter, $"visitator ({frame.SignedIn})", one, cancellationToken).ConfigureAwait(false);
        return FormRedirect.To(context, frame, Path, Outcome(results));
    }

    /// <summary>What the retries did, in Danish.</summary>
    public static FormOutcome Outcome(IReadOnlyList<RetryResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return FormOutcome.Refused("Intet forløb i fejl at prøve igen.");
        }

        var recovered = results.Count(r => r.Result == RetryResult.Recovered);
        var again = results.Where(r => r.Result == RetryResult.FaultedAgain).ToList();
        var retrying = results.Count(r => r.Result == RetryResult.Retrying);
        var ended = results.Count(r => r.Result == RetryResult.Ended);
        var message = string.Create(CultureInfo.InvariantCulture, $"{results.Count} prøvet igen: {recovered} kom videre")
            + (again.Count > 0 ? $", {again.Count} fejlede igen ({string.Join(", ", again.Select(a => a.Error).Distinct())})" : string.Empty)
            + (retrying > 0 ? $", {retrying} prøver stadig (opdater siden om lidt)" : string.Empty)
            + (ended > 0 ? $", {ended} er afsluttet" : string.Empty) + ".";
        return new FormOutcome(again.Count == 0, message);
    }

    /// <summary>The page's model.</summary>
    public sealed record Model(IReadOnlyList<FaultedCourse> Faulted, HealthReport Health, FormOutcome? Answer)
    {
        public IReadOnlyList<string> Errors => [.. Faulted.Select(f => f.Error).Distinct().Order(StringComparer.Ordinal)];
    }
}
