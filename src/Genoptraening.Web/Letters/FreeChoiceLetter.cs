using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using NodaTime;

namespace Genoptraening.Web.Letters;

/// <summary>
/// The letter that tells a citizen of the extended free choice (RULES.md § 10), composed from the municipality's
/// template in the catalog (<see cref="FreeChoiceLetterTemplate"/>) and the course: the deadline that was missed, the
/// providers on the national list that offer the plan's level. It names no CPR number and no address: whoever sends
/// it (Digital Post, a printed letter) adds the recipient.
/// </summary>
public sealed record FreeChoiceLetter(IReadOnlyList<string> Sender, string Date, string Subject, IReadOnlyList<FreeChoiceLetter.Block> Body)
{
    /// <summary>What the letter says where the national list holds no provider for the plan's level.</summary>
    public const string NoProviderOnList = "Kontakt os, så finder vi sammen med dig en leverandør med en aftale med KL.";

    public abstract record Block;

    public sealed record Paragraph(string Text) : Block;

    public sealed record ProviderList(IReadOnlyList<string> Names) : Block;

    /// <summary>Why a course has no letter to send, in English for the API's problem and in Danish for the dashboard.</summary>
    public sealed record Unavailable(string Reason, string Danish);

    public static Unavailable NotTriggered { get; } = new(
        "the extended free choice has not been triggered for this course", "Udvidet frit valg er ikke udløst for dette forløb.");

    /// <summary>The letter for <paramref name="state"/>, dated <paramref name="today"/>; or why there is none.</summary>
    public static (FreeChoiceLetter? Letter, Unavailable? Unavailable) Compose(CourseState state, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.FreeChoice is not { } freeChoice || state.Deadline(freeChoice.Kind) is not { } missed)
        {
            return (null, NotTriggered);
        }

        var rules = state.Rules!;
        if (rules.FreeChoiceLetter is not { } template)
        {
            return (null, new($"the catalog holds no free-choice letter for {rules.Id.Municipality}", $"Kataloget har intet brev om udvidet frit valg for {rules.MunicipalityName}."));
        }

        var referral = state.Referral!;
        var values = new Dictionary<string, string>
        {
            [FreeChoiceLetterTemplate.Municipality] = rules.MunicipalityName,
            [FreeChoiceLetterTemplate.Discharge] = LongDate(referral.DischargeDate ?? referral.ReceivedDate),
            [FreeChoiceLetterTemplate.MissedDeadline] = LongDate(missed.Due),
            [FreeChoiceLetterTemplate.Triggered] = LongDate(Domain.Calendar.Copenhagen.DateOf(freeChoice.TriggeredAt)),
            [FreeChoiceLetterTemplate.Training] = referral.Level switch
            {
                TrainingLevel.Basal => "genoptræning på basalt niveau",
                TrainingLevel.Avanceret => "genoptræning på avanceret niveau",
                _ => "den genoptræning",
            },
        };
        var providers = rules.FreeChoiceList.Where(p => referral.Level is not { } level || p.Levels.Contains(level)).Select(p => p.Name).ToList();
        var body = template.Paragraphs.Select(text => text.Trim() == FreeChoiceLetterTemplate.ProviderList
            ? providers.Count > 0 ? new ProviderList(providers) : (Block)new Paragraph(NoProviderOnList)
            : new Paragraph(Fill(text, values))).ToList();
        return (new FreeChoiceLetter([.. template.Sender.Select(line => Fill(line, values))], LongDate(today), Fill(template.Subject, values), body), null);
    }

    /// <summary>A date as a Danish letter writes it: "7. december 2026".</summary>
    public static string LongDate(LocalDate date) =>
        $"{date.Day}. {Months[date.Month - 1]} {date.Year}";

    /// <summary>The letter as plain text (UTF-8, lines ending in <c>\n</c>), the providers as a bulleted list.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var line in Sender)
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n').Append(Date).Append("\n\n").Append(Subject).Append("\n\n");
        foreach (var block in Body)
        {
            text.Append(block switch
            {
                ProviderList list => string.Concat(list.Names.Select(name => $"  • {name}\n")),
                Paragraph paragraph => paragraph.Text + "\n",
                _ => string.Empty,
            }).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The letter as an HTML fragment (one <c>article</c>), every text encoded; the dashboard shows it as it is.</summary>
    public string ToHtmlFragment()
    {
        var html = new StringBuilder("<article class=\"letter\" lang=\"da\">\n<address class=\"letter-sender\">");
        html.AppendJoin("<br>", Sender.Select(Encode)).Append("</address>\n");
        html.Append("<p class=\"letter-date\">").Append(Encode(Date)).Append("</p>\n");
        html.Append("<h1 class=\"letter-subject\">").Append(Encode(Subject)).Append("</h1>\n");
        foreach (var block in Body)
        {
            html.Append(block switch
            {
                ProviderList list => $"<ul class=\"letter-providers\">{string.Concat(list.Names.Select(name => $"<li>{Encode(name)}</li>"))}</ul>",
                Paragraph paragraph => $"<p>{string.Join("<br>", paragraph.Text.Split('\n').Select(Encode))}</p>",
                _ => string.Empty,
            }).Append('\n');
        }

        return html.Append("</article>").ToString();
    }

    /// <summary>The letter as a whole HTML document, ready to print or hand to Digital Post.</summary>
    public string ToHtmlDocument() =>
        $"""
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <title>{Encode(Subject)}</title>
        <style>{Style}</style>
        </head>
        <body>
        {ToHtmlFragment()}
        </body>
        </html>

        """;

    /// <summary>How the letter looks on paper and on screen.</summary>
    public const string Style =
        ".letter{max-width:40rem;font-family:Georgia,serif;line-height:1.45}.letter-sender{font-style:normal}.letter-date{text-align:right}"
        + ".letter-subject{font-size:1.2rem}.letter-providers{margin:0 0 1rem}";

    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static string Fill(string text, Dictionary<string, string> values) =>
        values.Aggregate(text, (filled, value) => filled.Replace(value.Key, value.Value, StringComparison.Ordinal));

    /// <summary>Encodes what HTML needs encoded, and leaves æ, ø and å readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
