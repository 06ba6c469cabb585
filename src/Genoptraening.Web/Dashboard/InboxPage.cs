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
/// (level 2, for the leader of training, before level 1 before warnings; older before newer), its alerts
/// grouped by deadline, the most severe first, with one comment and one button that acknowledges them all.
/// An alert whose deadline is met, waived or cancelled has left by itself (<see cref="CourseState.OpenAlerts"/>).
/// Read from the read model's inbox rows alone (<see cref="CourseAlerts"/>), one range read of just the
/// courses with an open alert.
/// </summary>
public static class InboxPage
{
    public const string Path = "indbakke";
    private const int Shown = 500;

    public static Task<IResult> GetAsync(HttpContext context, PageFrame frame, ICourseReadModel readModel, ServiceCatalog catalog, IClock clock, CancellationToken cancellationToken) =>
        ShowAsync(frame, readModel, catalog, clock, FormRedirect.Take(context, frame), cancellationToken);

    /// <summary>
    /// Acknowledges, with the one comment, the course's alerts the row showed (<c>alert</c>: <c>kind/level</c>, each) that are
    /// still open, or all its open alerts when the form names none; then back to the inbox, once the read model holds it.
    /// </summary>
    public static async Task<IResult> Acknowledge(
        HttpContext context, PageFrame frame, CourseService requests, ICourseReadModel readModel, CourseReader reader, CancellationToken cancellationToken)
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
            return FormRedirect.To(context, frame, Path, FormOutcome.Refused(FormOutcome.NoSuchCourse));
        }

        var alerts = Chosen(course.State, form["alert"]);
        var outcome = errors.Count > 0 || comment.Length == 0 || alerts.Count == 0
            ? FormOutcome.Refused(comment.Length == 0 ? "Skriv en kommentar." : errors.Count > 0 ? DanishReasons.Of(errors[0]) : "Der er intet åbent at kvittere for.")
            : await AcknowledgeAsync(course.Id, alerts, comment, frame.SignedIn, frame.Who!, requests, readModel, cancellationToken).ConfigureAwait(false);
        return FormRedirect.To(context, frame, Path, outcome);
    }

    /// <summary>Each alert acknowledged with the comment, all of them even if one is refused or still pending; the tally in Danish.</summary>
    /// <remarks>The inbox shown after it waits for the course's read-model row to hold the acknowledgements (<see cref="ReadModelCatchUp"/>).</remarks>
    private static async Task<FormOutcome> AcknowledgeAsync(
        Guid courseId, List<Alert> alerts, string comment, string municipality, string by, CourseService requests, ICourseReadModel readModel, CancellationToken cancellationToken)
    {
        var results = new List<CourseAnswer>();
        foreach (var alert in alerts)
        {
            var acknowledge = new CourseCommand.Acknowledge(alert.Kind, alert.Level, comment, by);
            results.Add(await requests.SendAsync(courseId, acknowledge, acknowledge.By, c => c.Municipality == municipality, cancellationToken).ConfigureAwait(false));
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
    /// The open alerts the form names (<c>kind/level</c>), or all the course's open alerts when it names none; never the
    /// breach that triggered the extended free choice, which is acknowledged by recording that the citizen was informed.
    /// </summary>
    private static List<Alert> Chosen(CourseState state, IEnumerable<string?> named)
    {
        var open = state.OpenAlerts.Where(a => state.FreeChoice?.IsItsBreach(a) != true).ToList();
        var names = named.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return names.Count == 0 ? open : [.. open.Where(a => names.Contains(Item.NameOf(a.Kind, a.Level)))];
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
        return Page.Of<Pages.InboxView>(frame, model);
    }

    /// <summary>The course's row from its inbox row; null for a row whose standard version the catalog no longer has.</summary>
    private static Row? RowOf(CourseSummary row, ServiceCatalog catalog, Instant now)
    {
        if (row is not { Alerts: { } alerts, Progress: { } progress } || !StandardId.TryParse(row.Standard, out var standard)
            || catalog.Version(standard, row.StandardVersion) is not { } rules)
        {
            return null;
        }

        var items = alerts.Open.Where(a => !alerts.IsFreeChoiceBreach(a)).Select(Item.Of).ToList();
        return new Row(
            row.CourseId, CourseLabel.Of(row.ReferralKey), catalog.TitleOf(rules.Id),
            Urgencies.Of(false, progress.Deadlines, rules.Calendar, now), NextStep.Of(false, progress, rules.Id), alerts.FreeChoice, alerts.Open[0],
            [.. items.GroupBy(i => i.Kind).Select(g => new Group(g.Key, Light.Danish(g.Key), [.. g.OrderByDescending(i => i.Level)]))
                .OrderByDescending(g => g.Items[0].Level)]);
    }

    /// <summary>One open alert: its level in Danish and when it was raised.</summary>
    public sealed record Item(DeadlineKind Kind, int Level, string When)
    {
        public static Item Of(Alert alert)
        {
            ArgumentNullException.ThrowIfNull(alert);
            return new Item(alert.Kind, alert.Level, Danish.DateOrTime(alert.At));
        }

        /// <summary>How the form names the alert: <c>contact/1</c>.</summary>
        public static string NameOf(DeadlineKind kind, int level) => $"{kind.ToWireName()}/{level.ToString(CultureInfo.InvariantCulture)}";

        public string Name => NameOf(Kind, Level);

        public string LevelText => Level switch { 0 => "Varsel", 1 => "Overskredet", _ => "Overskredet, niveau 2" };
    }

    /// <summary>A deadline's open alerts, the most severe first.</summary>
    public sealed record Group(DeadlineKind Kind, string Deadline, IReadOnlyList<Item> Items);

    /// <param name="NextStep">What to do next on the course, in Danish (<see cref="Dashboard.NextStep"/>).</param>
    /// <param name="MostUrgent">The course's most urgent open alert: the row's place in the inbox.</param>
    public sealed record Row(Guid Id, string Label, string Standard, Urgency Urgency, string NextStep, FreeChoice? FreeChoice, Alert MostUrgent, IReadOnlyList<Group> Groups)
    {
        public IEnumerable<Item> Items => Groups.SelectMany(g => g.Items);
    }

    /// <param name="MoreThanShown">The municipality has more courses with open alerts than the page shows.</param>
    public sealed record Model(IReadOnlyList<Row> Rows, FormOutcome? Answer, bool MoreThanShown);
}
