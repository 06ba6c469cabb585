using System.Globalization;
using Genoptraening.Domain;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using Genoptraening.Web.Endpoints;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The inbox: one row per active course with open warnings or escalations, the most urgent first
/// (level 2, for the leader of training, before level 1 before warnings; older before newer); each can be
/// acknowledged with a comment, or all of a course's at once.
/// </summary>
public static class InboxPage
{
    public const string Path = "indbakke";
    private const int Courses = 500;

    public static Task<IResult> GetAsync(
        PageFrame frame, ICourseReadModel readModel, CourseReader reader, ServiceCatalog catalog, IClock clock, CancellationToken cancellationToken) =>
        ShowAsync(frame, readModel, reader, catalog, clock, null, cancellationToken);

    public static async Task<IResult> Acknowledge(
        HttpContext context, PageFrame frame, CourseRequests requests, ICourseReadModel readModel, CourseReader reader, ServiceCatalog catalog, IClock clock,
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
            return Page.Message(frame, "Forløbet findes ikke", "Forløbet findes ikke, eller det hører ikke til din kommune.", StatusCodes.Status404NotFound);
        }

        var alerts = Chosen(course.State, form["kind"].ToString(), form["level"].ToString());
        FormOutcome outcome;
        if (errors.Count > 0 || comment.Length == 0 || alerts.Count == 0)
        {
            outcome = FormOutcome.Refused(comment.Length == 0 ? "Skriv en kommentar." : errors.Count > 0 ? DanishReasons.Of(errors[0].Field, errors[0].Message) : "Der er intet åbent at kvittere for.");
        }
        else
        {
            outcome = new FormOutcome(true, alerts.Count == 1 ? "Kvitteret." : $"{alerts.Count} kvitteret.");
            foreach (var alert in alerts)
            {
                var acknowledge = new CourseCommand.Acknowledge(alert.Kind, alert.Level, comment, frame.SignedIn);
                var result = await requests.AcknowledgeAsync(course.Id, acknowledge, c => c.Municipality == frame.SignedIn, cancellationToken).ConfigureAwait(false);
                if (result is not RequestResult.Accepted)
                {
                    outcome = FormOutcome.Of(result, outcome.Message);
                    break;
                }
            }
        }

        return await ShowAsync(frame, readModel, reader, catalog, clock, outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The open alert the form names, or all the course's open alerts for <c>kind=all</c>.</summary>
    private static List<Alert> Chosen(CourseState state, string kind, string level)
    {
        if (kind == "all")
        {
            return [.. state.OpenAlerts];
        }

        return WireNames.TryParse<DeadlineKind>(kind, out var deadline) && int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? [.. state.OpenAlerts.Where(a => a.Kind == deadline && a.Level == number)]
            : [];
    }

    private static async Task<IResult> ShowAsync(
        PageFrame frame, ICourseReadModel readModel, CourseReader reader, ServiceCatalog catalog, IClock clock, FormOutcome? outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(readModel);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(clock);
        var page = await readModel.ListAsync(new CourseListQuery(frame.SignedIn, null, "active", Courses), cancellationToken).ConfigureAwait(false);
        var courses = await reader.LoadManyAsync([.. page.Items.Select(r => r.CourseId)], cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var rows = courses
            .Where(c => c.State.OpenAlerts.Any())
            .Select(c => new Row(
                c.Id, CourseLabel.Of(c), catalog.TitleOf(c.State.Rules!.Id), Urgencies.Of(c.State, now), FreeChoice.Of(c.State),
                [.. c.State.OpenAlerts.OrderByDescending(a => a.Level).ThenBy(a => a.At).Select(a => new Item(a.Kind.ToWireName(), Light.Danish(a.Kind), a.Level, Danish.Time(a.At), a.At))]))
            .OrderByDescending(r => r.Items[0].Level).ThenBy(r => r.Items[0].At).ThenBy(r => r.Urgency)
            .ToList();
        return Page.Of<Pages.InboxView>(frame, new Model(rows, outcome));
    }

    public sealed record Item(string Kind, string Deadline, int Level, string When, Instant At)
    {
        public string LevelText => Level switch { 0 => "Varsel", 1 => "Overskredet", _ => "Overskredet, til leder af træning" };
    }

    public sealed record Row(Guid Id, string Label, string Standard, Urgency Urgency, FreeChoice? FreeChoice, IReadOnlyList<Item> Items);

    public sealed record Model(IReadOnlyList<Row> Rows, FormOutcome? Answer);
}
