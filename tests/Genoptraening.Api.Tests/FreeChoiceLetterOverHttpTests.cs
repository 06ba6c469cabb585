using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Genoptraening.Api.Tests.Support;
using Xunit;
using static Genoptraening.Api.Tests.Support.CourseClient;

namespace Genoptraening.Api.Tests;

/// <summary>
/// The citizen's side over HTTP and on the queue (RULES.md § 10): a Digital Post integration's hand-off, as
/// docs/escalations.md tells it (read <c>freechoice.triggered</c>, fetch the letter, send it, record the citizen
/// informed), and the municipality's own providers named by <c>ProviderContacted</c>.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FreeChoiceLetterOverHttpTests(ApiHosts hosts)
{
    private const string Rebild = "dev-rebild";

    [Fact]
    public async Task DigitalPostHandOff_TheQueuesMessage_TheLetter_TheCitizenInformed_TheNoticeMet()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-05-08T10:00:00+02:00"));
        var id = await api.PostPlanAsync(HospitalA, Plan("5790000000001", "LETTER-1", "rebild"));
        var municipality = api.Factory.Client(Rebild);
        using (var early = await municipality.GetAsync($"/api/courses/{id}/letters/free-choice"))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("not been triggered", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Worked example 3: no offer, the guarantee (due 15 May) breaks at 16 May 00:00.
        await api.AdvanceAsync("2026-05-16T08:00:00+02:00");
        var inbox = new EscalationInbox(hosts.Azurite.ConnectionString, "rebild");
        await inbox.ReadUntilAsync(i => i.Messages.Any(m => IsFreeChoiceOf(m, id)), TimeSpan.FromSeconds(30));
        var message = inbox.Messages.First(m => IsFreeChoiceOf(m, id));
        var letterLink = message.GetProperty("links").GetProperty("letter").GetString();
        Assert.Equal($"/api/courses/{id}/letters/free-choice", letterLink);

        using var text = await municipality.GetAsync(letterLink);
        var letter = await text.Content.ReadAsStringAsync();
        Assert.Equal((HttpStatusCode.OK, "text/plain", "utf-8"), (text.StatusCode, text.Content.Headers.ContentType!.MediaType, text.Content.Headers.ContentType.CharSet));
        Assert.StartsWith("Rebild Kommune\n", letter, StringComparison.Ordinal);
        Assert.Contains("16. maj 2026", letter, StringComparison.Ordinal); // the letter's date: today on the development clock
        Assert.Contains("senest 15. maj 2026", letter, StringComparison.Ordinal);
        Assert.Contains("  • Fysioterapi Nord ApS\n  • Træningsklinikken Vest\n", letter, StringComparison.Ordinal); // the plan asks for basal
        Assert.DoesNotContain("0101501234", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("010150", letter, StringComparison.Ordinal);

        using var asked = new HttpRequestMessage(HttpMethod.Get, letterLink);
        asked.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var html = await municipality.SendAsync(asked);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<li>Træningsklinikken Vest</li>", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var byFormat = await municipality.GetAsync(letterLink + "?format=html");
        Assert.Equal("text/html", byFormat.Content.Headers.ContentType!.MediaType);

        // The letter is the municipality's: the hospital that sent the plan and another municipality do not see it.
        foreach (var other in new[] { HospitalA, "dev-norddjurs" })
        {
            using var hidden = await api.Factory.Client(other).GetAsync(letterLink);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var pdf = await municipality.GetAsync(letterLink + "?format=pdf"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
            Assert.Contains("\"format\"", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var course = await api.EventAsync(Rebild, id, "CitizenInformedOfFreeChoice", """{ "channel": "digitalPost" }""");

        Assert.Equal("met", Status(course, "freeChoiceNotice"));
        var freeChoice = course.GetProperty("extendedFreeChoice");
        Assert.Equal(("digitalPost", "2026-05-16T08:00:00+02:00"), (freeChoice.GetProperty("channel").GetString(), freeChoice.GetProperty("informedAt").GetString()));

        // Met in time: the notice's deadline (due Monday 18 May) sends no breach.
        await api.AdvanceAsync("2026-05-20T00:00:00+02:00");
        await inbox.ReadAsync();
        Assert.DoesNotContain(inbox.Messages, m => m.GetProperty("courseId").GetString() == id && m.GetProperty("deadline") is { ValueKind: JsonValueKind.Object } d
            && d.GetProperty("kind").GetString() == "freeChoiceNotice" && m.GetProperty("type").GetString() != "deadline.warning");
    }

    [Fact]
    public async Task ProviderContacted_NamesOneOfTheMunicipalitysProviders_OrIsRefusedNamingTheField()
    {
        var api = new CourseClient(await hosts.CreateAsync("2026-09-01T09:00:00+02:00"));
        var id = await api.PostApplicationAsync(Rebild, Application("rebild/sel86-1", "PROVIDER-1"));
        await api.EventAsync(Rebild, id, "Visitated", """{ "granted": true }""");
        var before = await api.SnapshotAsync(id);

        var refused = await api.EventAsync(Rebild, id, "ProviderContacted", """{ "provider": "kl-fv-0001" }""", HttpStatusCode.BadRequest);

        Assert.True(refused.GetProperty("errors").TryGetProperty("provider", out _), refused.GetRawText());
        Assert.Equal(before, await api.SnapshotAsync(id));
        var course = await api.EventAsync(Rebild, id, "ProviderContacted", """{ "provider": "rebild-gt-stoevring" }""");
        Assert.Equal("met", Status(course, "providerContact"));
        var history = JsonDocument.Parse(await api.Factory.Client(Rebild).GetStringAsync($"/api/courses/{id}/history")).RootElement;
        var contacted = history.GetProperty("events").EnumerateArray().Last(e => e.GetProperty("type").GetString() == "OccurrenceRecorded");
        Assert.Contains("\"provider\":\"rebild-gt-stoevring\"", contacted.GetProperty("data").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static bool IsFreeChoiceOf(JsonElement message, string id) =>
        message.GetProperty("courseId").GetString() == id && message.GetProperty("type").GetString() == "freechoice.triggered";
}
