using System.Globalization;
using System.Text;
using Genoptraening.Api.Dashboard;
using Genoptraening.Api.Endpoints;
using Genoptraening.Web.Endpoints;
using Genoptraening.Domain;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Genoptraening.Web.Reports;

namespace Genoptraening.Api.Pages;

/// <summary>The quality report for the signed-in municipality: tables, a chart drawn on the server, and CSV.</summary>
public sealed class ReportModel(QualityReportLoader reports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<QualityFigures> Figures { get; private set; } = [];

    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : "–";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var figures = await LoadAsync(cancellationToken);
        var csv = new StringBuilder("standard;deadline;decided;metOnTime;metLate;breached;shareOnTime\n");
        foreach (var standard in figures)
        {
            foreach (var d in standard.Deadlines)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{standard.Standard};{d.Kind.ToWireName()};{d.Decided};{d.MetOnTime};{d.MetLate};{d.Breached};{d.ShareOnTime}\n");
            }
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"kvalitetsrapport-{From}-{To}.csv");
    }

    private async Task<IReadOnlyList<QualityFigures>> LoadAsync(CancellationToken cancellationToken)
    {
        if (From is null && To is null)
        {
            return [];
        }

        if (InputRules.Period(From, To, []) is not { } period)
        {
            Error = $"Angiv en periode som åååå-mm-dd i årene {WorkingDayCalendar.FirstYear}–{WorkingDayCalendar.LastYear}, med 'til og med' efter 'fra'.";
            return [];
        }

        return await reports.LoadAsync(DashboardAuthentication.MunicipalityOf(User), period.From, period.To, cancellationToken);
    }
}
