using System.Text;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.Store;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

/// <summary>The read model, the personal-data table and the alert queues on Azurite.</summary>
public class AzureStoresTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ReadModel_ARowOfAnOlderStep_DoesNotReplaceANewerOne()
    {
        var readModel = new TableCourseReadModel(await azurite.NewTableAsync());
        var id = Guid.NewGuid();
        var newer = Summary(id, step: 5, nextDue: Instant.FromUtc(2026, 5, 12, 22, 0));

        await readModel.PublishAsync(Summary(id, step: 3, nextDue: null));
        await readModel.PublishAsync(newer);
        await readModel.PublishAsync(Summary(id, step: 4, nextDue: null));

        Assert.Equal(newer, await readModel.FindAsync("rebild", id));
        Assert.Null(await readModel.FindAsync("norddjurs", id));
    }

    [Fact]
    public async Task PersonalData_IsKeptByCourseAndDeleted()
    {
        var store = new TablePersonalDataStore(await azurite.NewTableAsync());
        var id = Guid.NewGuid();

        await store.SaveAsync(id, new PersonalData("0101501234", "Tekst"));
        Assert.Equal(new PersonalData("0101501234", "Tekst"), await store.LoadAsync(id));
        await store.DeleteAsync(id);

        Assert.Null(await store.LoadAsync(id));
    }

    [Fact]
    public async Task AlertSender_PutsEachAlertOnItsQueue_Base64Encoded()
    {
        var queues = azurite.Queues();
        var sender = new QueueAlertSender(queues);
        var queue = $"escalations-test{Environment.ProcessId}";

        await sender.SendAsync([new AlertMessage("a-1", queue, """{"id":"a-1","æøå":"ÆØÅ"}"""), new AlertMessage("a-2", queue, """{"id":"a-2"}""")]);

        var raw = new Azure.Storage.Queues.QueueClient(azurite.ConnectionString, queue);
        var messages = (await raw.ReceiveMessagesAsync(maxMessages: 10)).Value;
        Assert.Equal(["""{"id":"a-1","æøå":"ÆØÅ"}""", """{"id":"a-2"}"""], messages.Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))));
    }

    private static CourseSummary Summary(Guid id, int step, Instant? nextDue) =>
        new(id, "rebild", "rebild/sul140", 1, step, step * 3, null, nextDue, Instant.FromUtc(2026, 5, 8, 8, 0), "facts");
}
