using System.Text;
using Genoptraening.Domain.Calendar;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Reports;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Web.Intake;
using Genoptraening.Web.Reports;
using Genoptraening.Workflows.Serialization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Genoptraening.Web.Dashboard;

/// <summary>
/// The quality report of the visitator's municipality, by default for the year to date: each result
/// beside its standard's target, met or not, and a CSV that a Danish Excel opens as it is.
/// </summary>
public static class ReportPage
{
    public const string Path = "rapport";

    public static async Task<IResult> GetAsync(
        PageFrame frame, [FromQuery] string? from, [FromQuery] string? to, QualityReportLoader reports, ServiceCatalog catalog, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(catalog);
        var (period, error) = PeriodOf(from, to, clock);
        var figures = period is { } p ? await reports.LoadAsync(frame.SignedIn, p.From, p.To, cancellationToken).ConfigureAwait(false) : [];
        var shown = period ?? (LocalDate.MinIsoValue, LocalDate.MinIsoValue);
        return Page.Of<Pages.ReportView>(frame, new Model(
            period is null ? from ?? string.Empty : Danish.Date(shown.From),
            period is null ? to ?? string.Empty : Danish.Date(shown.To),
            period is null ? string.Empty : $"{Danish.Date(shown.From)} til og med {Danish.Date(shown.To)}",
            error,
            [.. figures.Select(f => new Standard(f, catalog.TitleOf(f.Standard)))]), error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    public static async Task<IResult> Csv(
        PageFrame frame, [FromQuery] string? from, [FromQuery] string? to, QualityReportLoader reports, ServiceCatalog catalog, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(catalog);
        if (PeriodOf(from, to, clock) is not ({ } period, _))
        {
            return await GetAsync(frame, from, to, reports, catalog, clock, cancellationToken).ConfigureAwait(false);
        }

        var figures = await reports.LoadAsync(frame.SignedIn, period.From, period.To, cancellationToken).ConfigureAwait(false);
        var csv = new StringBuilder("Serviceniveau;Frist;Afgjort;Til tiden;For sent;Overskredet;Andel til tiden (%);Mål (%);Mål opfyldt\r\n");
        foreach (var standard in figures)
        {
            foreach (var d in standard.Deadlines)
            {
                var target = TargetOf(standard, d.Kind);
                csv.Append(Danish.Culture, $"{catalog.TitleOf(standard.Standard)};{Light.Danish(d.Kind)};{d.Decided};{d.MetOnTime};{d.MetLate};{d.Breached};")
                    .Append(Danish.Culture, $"{Danish.Number(d.ShareOnTime * 100)};{Danish.Number(target?.Target.Share * 100)};{YesNo(target?.IsMet)}\r\n");
            }
        }

        // The citizen's side of the start guarantee (RULES.md § 10), a table of its own below the deadlines', after an empty line.
        csv.Append("\r\nServiceniveau;Udvidet frit valg udløst;Borgeren informeret til tiden;Leverandør valgt;Afslået;Træner i en anden kommune\r\n");
        foreach (var standard in figures.Where(f => f.Standard.IsHealthAct || f.OtherMunicipality > 0))
        {
            var informedOnTime = standard.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.FreeChoiceNotice)?.MetOnTime ?? 0;
            csv.Append(Danish.Culture, $"{catalog.TitleOf(standard.Standard)};{standard.FreeChoiceTriggers};{informedOnTime};{standard.FreeChoiceExercised};")
                .Append(Danish.Culture, $"{standard.FreeChoiceDeclined};{standard.OtherMunicipality}\r\n");
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"kvalitetsrapport-{WireTime.Format(period.From)}-{WireTime.Format(period.To)}.csv");
    }

    /// <summary>The target for a deadline met on time, if the standard has one.</summary>
    public static TargetFigures? TargetOf(QualityFigures figures, DeadlineKind kind)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Targets.FirstOrDefault(t => t.Target.Metric == QualityMetric.DeadlineMetOnTime && t.Target.Deadline == kind);
    }

    public static string YesNo(bool? met) => met switch { true => "ja", false => "nej", _ => "–" };

    /// <summary>The period asked for (dates as a Dane writes them, 01-05-2026, or ISO's), or the year to date when none is.</summary>
    private static ((LocalDate From, LocalDate To)? Period, string? Error) PeriodOf(string? from, string? to, IClock clock)
    {
        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to))
        {
            var today = Copenhagen.DateOf(clock.GetCurrentInstant());
            return ((new LocalDate(today.Year, 1, 1), today), null);
        }

        return InputRules.Period(Iso(from), Iso(to), []) is { } period
            ? (period, null)
            : (null, $"Angiv en periode med datoer i årene {WorkingDayCalendar.FirstYear}–{WorkingDayCalendar.LastYear}, med 'til og med' samme dag som 'fra' eller senere.");
    }

    private static string? Iso(string? date) => date is not null && DanishDates.DateOf(date.Trim()) is { } parsed ? WireTime.Format(parsed) : date;

    /// <summary>What the report's words mean, as the page explains them under its tables.</summary>
    public static IReadOnlyList<(string Word, string Meaning)> Words { get; } =
    [
        ("Afgjort", "fristen er nået eller overskredet: opfyldt til tiden, for sent eller slet ikke. Frister, der stadig løber, er frafaldet eller annulleret, tæller ikke med."),
        ("Til tiden", "det, fristen venter på (f.eks. kontakt til borgeren), skete senest på fristens dato."),
        ("For sent", "det skete, men efter fristens dato: fristen blev overskredet og siden opfyldt."),
        ("Overskredet", "fristens dato er passeret, og det er endnu ikke sket."),
        ("Andel til tiden", "Til tiden delt med Afgjort. Den sammenlignes med serviceniveauets mål; Mål opfyldt er ja, når andelen er mindst målet."),
        ("Overskridelser", "alle frister i forløbene, der har været overskredet, også dem der siden blev opfyldt."),
        ("Udvidet frit valg udløst", "forløb, hvor opstartsgarantien (opstart tilbudt inden for 7 dage efter udskrivning) blev overskredet, så borgeren kan vælge en anden leverandør. Heraf: leverandør valgt fra frit valg-listen, og afslået (borgeren venter på kommunens tilbud)."),
        ("Besked om frit valg", "fristen for at informere borgeren om udvidet frit valg: første hverdag efter, at det blev udløst. Til tiden er de borgere, der blev informeret senest den dag."),
    ];

    public sealed record Standard(QualityFigures Figures, string Title);

    public sealed record Model(string From, string To, string PeriodText, string? Error, IReadOnlyList<Standard> Standards);
}
