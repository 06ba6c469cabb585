using System.Text;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Xunit;

namespace Genoptraening.Workflows.Tests.Storage;

/// <summary>The personal-data table and the alert queues on Azurite.</summary>
public class AzureStoresTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
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
    public async Task AlertSender_PutsEachAlertOnItsQueue_Base64Encoded_NeverToExpire()
    {
        var sender = QueueAlertSender.For(azurite.ConnectionString);
        var queue = $"escalations-test{Environment.ProcessId}";

        await sender.SendAsync([new AlertMessage("a-1", queue, """{"id":"a-1","æøå":"ÆØÅ"}"""), new AlertMessage("a-2", queue, """{"id":"a-2"}""")]);

        var raw = new Azure.Storage.Queues.QueueClient(azurite.ConnectionString, queue);
        var messages = (await raw.ReceiveMessagesAsync(maxMessages: 10)).Value;
        Assert.Equal(["""{"id":"a-1","æøå":"ÆØÅ"}""", """{"id":"a-2"}"""], messages.Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))));
        Assert.All(messages, m => Assert.True(m.ExpiresOn > DateTimeOffset.FromUnixTimeSeconds(0).AddYears(1000), $"expires {m.ExpiresOn}"));
    }
}
