using Genoptraening.Api.Dashboard;
using Genoptraening.Api.Endpoints;
using Genoptraening.Web.Endpoints;
using Genoptraening.Domain;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Deadlines;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Genoptraening.Api.Pages;

/// <summary>Open warnings and escalations of the municipality's active courses, newest first; each can be acknowledged with a comment.</summary>
public sealed class InboxModel(ICourseReadModel readModel, CourseReader reader, CourseRequests requests) : PageModel
{
    private const int Courses = 500;

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Succeeded { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid courseId, string kind, int level, string? comment, CancellationToken cancellationToken)
    {
        var municipality = DashboardAuthentication.MunicipalityOf(User);
        if (!WireNames.TryParse<DeadlineKind>(kind, out var deadline))
        {
            return NotFound();
        }

        // A form field that does not bind (level=abc) would otherwise go on as its default.
        var errors = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => new FieldError(e.Key, "is not valid")).ToList();
        InputRules.Note("comment", comment, errors);
        if (errors.Count > 0)
        {
            Message = string.Join("; ", errors);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var acknowledge = new CourseCommand.Acknowledge(deadline, level, comment ?? string.Empty, municipality);
        var result = await requests.AcknowledgeAsync(courseId, acknowledge, course => course.Municipality == municipality, cancellationToken);
        if (result is RequestResult.NotFound)
        {
            return NotFound();
        }

        Succeeded = result is RequestResult.Accepted;
        Message = result switch
        {
            RequestResult.Accepted => "Kvitteret.",
            RequestResult.Refused refused => refused.Reason,
            _ => "Kvitteringen er modtaget og registreres om et øjeblik; opdater siden.",
        };
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var page = await readModel.ListAsync(new CourseListQuery(DashboardAuthentication.MunicipalityOf(User), null, "active", Courses), cancellationToken);
        var courses = await reader.LoadManyAsync([.. page.Items.Select(r => r.CourseId)], cancellationToken);
        Items = [.. courses
            .SelectMany(c => c.State.OpenAlerts.Select(a => new InboxItem(c.Id, c.State.Rules!.Id.ToString(), a, WireTime.Format(a.At)[..16].Replace('T', ' '))))
            .OrderByDescending(i => i.Alert.At)];
    }
}

/// <summary>One open warning or escalation.</summary>
public sealed record InboxItem(Guid CourseId, string Standard, Alert Alert, string When);
