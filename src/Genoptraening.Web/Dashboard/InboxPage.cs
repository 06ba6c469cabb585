using System.Globalization;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Web.Intake;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The inbox: one row per active course with open warnings or escalations, the most urgent first
/// (level 2, for the leader of training, before level 1 before warnings; older before newer); each can be
/// acknowledged with a comment, or all of a course's at once. Read from the read model's inbox rows
/// alone (<see cref="CourseAlerts"/>), one range read of just the courses with an open alert.
/// </summary>
public static class InboxPage
{
    public const string Path = "indbakke";
    private const int Shown = 500;

    public static Task<IResult> GetAsync(PageFrame frame, ICourseReadModel readModel, ServiceCatalog catalog, IClock clock, CancellationToken cancellationToken) =>
        ShowAsync(frame, readModel, catalog, clock, null, cancellationToken);

    public static async Task<IResult> Acknowledge(
        HttpContext context, PageFrame frame, CourseService requests, ICourseReadModel readModel, CourseReader reader, ServiceCatalog catalog, IClock clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(reader);
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var comment = form["comment"].ToString().Trim();
        var errors = new List<FieldError>();
        InputRules.Note("comment", comment, errors);
        var course = Guid.TryParse(form["courseId"], out var courseId) ? await reader.LoadAsync(courseId, cancellationToken).ConfigureAwait(false) : null;
        if (course is null || course.Municipality != frame.SignedIn)
        {
            return Page.CourseNotFound(frame);
        }

        var alerts = Chosen(course.State, form["kind"].ToString(), form["level"].ToString());
        FormOutcome outcome;
        if (errors.Count > 0 || comment.Length == 0 || alerts.Count == 0)
        {
            outcome = FormOutcome.Refused(comment.Length == 0 ? "Skriv en kommentar." : errors.Count > 0 ? DanishReasons.Of(errors[0]) : "Der er intet åbent at kvittere for.");
        }
        else
        {
            outcome = await AcknowledgeAsync(course.Id, alerts, comment, frame.SignedIn, requests, readModel, cancellationToken).ConfigureAwait(false);
        }

        return await ShowAsync(frame, readModel, catalog, clock, outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each alert acknowledged with the comment, all of them even if one is refused or still pending; the tally in Danish.</summary>
    /// <remarks>The inbox shown after it waits for the course's read-model row to hold the acknowledgements (<see cref="ReadModelCatchUp"/>).</remarks>
    private static async Task<FormOutcome> AcknowledgeAsync(
        Guid courseId, List<Alert> alerts, string comment, string municipality, CourseService requests, ICourseReadModel readModel, CancellationToken cancellationToken)
    {
        var results = new List<CourseAnswer>();
        foreach (var alert in alerts)
        {
            var acknowledge = new CourseCommand.Acknowledge(alert.Kind, alert.Level, comment, municipality);
            results.Add(await requests.SendAsync(courseId, acknowledge, c => c.Municipality == municipality, cancellationToken).ConfigureAwait(false));
        }

        if (results.OfType<CourseAnswer.Accepted>().LastOrDefault() is { } last)
        {
            await ReadModelCatchUp.WaitAsync(readModel, last.Course, cancellationToken).ConfigureAwait(false);
        }

        var (accepted, pending) = (results.Count(r => r is CourseAnswer.Accepted), results.Count(r => r is CourseAnswer.Pending));
        var refused = results.OfType<CourseAnswer.Refused>().ToList();
        if (alerts.Count == 1)
        {
            return FormOutcome.Of(results[0], "Kvitteret.");
        }

        var message = $"{accepted} kvitteret."
            + (pending > 0 ? $" {pending} registreres om et øjeblik; opdater siden." : string.Empty)
            + (refused.Count > 0 ? $" {refused.Count} afvist: {DanishReasons.Of(refused[0].Rejection)}" : string.Empty);
        return new FormOutcome(refused.Count == 0, message);
    }

    /// <summary>
    /// The open alert the form names, or all the course's open alerts for <c>kind=all</c>; never the
    /// breach that triggered the extended free choice, which is acknowledged by recording that the
    /// citizen was informed.
    /// </summary>
    private static List<Alert> Chosen(CourseState state, string kind, string level)
    {
        var open = state.OpenAlerts.Where(a => state.FreeChoice?.IsItsBreach(a) != true).ToList();
        if (kind == "all")
        {
            return open;
        }

        return WireNames.TryParse<DeadlineKind>(kind, out var deadline) && int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? [.. open.Where(a => a.Kind == deadline && a.Level == number)]
            : [];
    }

    private static async Task<IResult> ShowAsync(
        PageFrame frame, ICourseReadModel readModel, ServiceCatalog catalog, IClock clock, FormOutcome? outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(readModel);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(clock);
        var listed = await readModel.ListInboxAsync(frame.SignedIn, Shown + 1, cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var rows = listed.Take(Shown)
            .Select(r => RowOf(r, catalog, now))
            .OfType<Row>()
            .OrderByDescending(r => r.MostUrgent.Level).ThenBy(r => r.MostUrgent.At).ThenBy(r => r.Urgency)
            .ToList();
        var model = new Model(rows, outcome, listed.Count > Shown);
        return Page.Of<Pages.InboxView>(frame, model, outcome is { Succeeded: false } ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
    }

    /// <summary>The course's row from its inbox row; null for a row whose standard version the catalog no longer has.</summary>
    private static Row? RowOf(CourseSummary row, ServiceCatalog catalog, Instant now)
    {
        if (row is not { Alerts: { } alerts, Progress: { } progress } || !StandardId.TryParse(row.Standard, out var standard)
            || catalog.Version(standard, row.StandardVersion) is not { } rules)
        {
            return null;
        }

        return new Row(
            row.CourseId, CourseLabel.Of(row.ReferralKey), catalog.TitleOf(rules.Id),
            Urgencies.Of(false, progress.Deadlines, rules.Calendar, now), alerts.FreeChoice, alerts.Open[0],
            [.. alerts.Open.Where(a => !alerts.IsFreeChoiceBreach(a)).Select(a => new Item(a.Kind.ToWireName(), Light.Danish(a.Kind), a.Level, Danish.Time(a.At)))]);
    }

    public sealed record Item(string Kind, string Deadline, int Level, string When)
    {
        public string LevelText => Level switch { 0 => "Varsel", 1 => "Overskredet", _ => "Overskredet, til leder af træning" };
    }

    /// <param name="MostUrgent">The course's most urgent open alert: the row's place in the inbox.</param>
    public sealed record Row(Guid Id, string Label, string Standard, Urgency Urgency, FreeChoice? FreeChoice, Alert MostUrgent, IReadOnlyList<Item> Items);

    /// <param name="MoreThanShown">The municipality has more courses with open alerts than the page shows.</param>
    public sealed record Model(IReadOnlyList<Row> Rows, FormOutcome? Answer, bool MoreThanShown);
}
