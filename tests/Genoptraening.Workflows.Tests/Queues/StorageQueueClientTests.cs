using System.Net;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Queues;
using NodaTime;
using Xunit;

namespace Genoptraening.Workflows.Tests.Queues;

/// <summary>The REST queue client against a real Azurite.</summary>
public sealed class StorageQueueClientTests : IAsyncLifetime, IDisposable
{
    private readonly AzuriteProcess azurite = new();
    private readonly HttpClient http = new();

    public Task InitializeAsync() => azurite.StartAsync();

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task PutPeekGetDelete_RoundTripsMessages()
    {
        var queues = Client(azurite.ConnectionString);
        await queues.CreateQueueAsync("escalations-rebild");
        await queues.CreateQueueAsync("escalations-rebild");

        await queues.PutMessageAsync("escalations-rebild", "eyJhIjoxfQ==");
        await queues.PutMessageAsync("escalations-rebild", "second <&> message");
        var peeked = await queues.PeekMessagesAsync("escalations-rebild");
        var received = Assert.Single(await queues.GetMessagesAsync("escalations-rebild", 1, Duration.FromMinutes(1)));
        var afterGet = await queues.PeekMessagesAsync("escalations-rebild");
        await queues.DeleteMessageAsync("escalations-rebild", received.MessageId, received.PopReceipt!);
        await queues.PutMessageAsync("escalations-rebild", "hidden", visibilityTimeout: Duration.FromMinutes(5));
        var count = await queues.ApproximateMessageCountAsync("escalations-rebild");

        Assert.Equal(["eyJhIjoxfQ==", "second <&> message"], peeked.Select(m => m.MessageText));
        Assert.All(peeked, m => Assert.Null(m.PopReceipt));
        Assert.Equal("eyJhIjoxfQ==", received.MessageText);
        Assert.Equal(1, received.DequeueCount);
        Assert.Equal(["second <&> message"], afterGet.Select(m => m.MessageText));
        Assert.Single(await queues.PeekMessagesAsync("escalations-rebild"));
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task WrongAccountKey_IsRefused()
    {
        var wrongKey = azurite.ConnectionString.Replace("AccountKey=Eby8", "AccountKey=Xby8", StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<QueueRequestException>(() => Client(wrongKey).CreateQueueAsync("escalations-rebild"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async Task ServiceSas_ScopedToOneQueue_ReadsThatQueueOnly()
    {
        var owner = Client(azurite.ConnectionString);
        await owner.CreateQueueAsync("escalations-rebild");
        await owner.CreateQueueAsync("escalations-norddjurs");
        await owner.PutMessageAsync("escalations-rebild", "for rebild");
        var account = StorageAccount.Parse(azurite.ConnectionString);
        var sas = QueueSas.Create(account, "escalations-rebild", "rp", Instant.FromUtc(2030, 1, 1, 0, 0));
        var reader = Client($"QueueEndpoint={account.QueueEndpoint};SharedAccessSignature={sas}");

        var messages = await reader.PeekMessagesAsync("escalations-rebild");
        var elsewhere = await Assert.ThrowsAsync<QueueRequestException>(() => reader.PeekMessagesAsync("escalations-norddjurs"));

        Assert.Equal("for rebild", Assert.Single(messages).MessageText);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.Status);
    }

    [Fact]
    public async Task ServiceUnreachable_RetriedWithBackoff_SucceedsWhenItComesBack()
    {
        await azurite.StopAsync();
        var queues = new StorageQueueClient(http, StorageAccount.Parse(azurite.ConnectionString), Support.WallClock.Instance, attempts: 8);

        var creating = queues.CreateQueueAsync("escalations-retry");
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(creating.IsCompleted);
        await azurite.StartAsync();
        await creating;

        Assert.Empty(await queues.PeekMessagesAsync("escalations-retry"));
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "devstoreaccount1", "http://127.0.0.1:10001/devstoreaccount1")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=genoptr;AccountKey=AAAA;EndpointSuffix=core.windows.net", "genoptr", "https://genoptr.queue.core.windows.net/")]
    [InlineData("AccountName=x;AccountKey=AAAA;QueueEndpoint=http://127.0.0.1:9999/x/", "x", "http://127.0.0.1:9999/x")]
    public void Parse_ConnectionStrings_GiveTheAccountAndEndpoint(string connectionString, string name, string endpoint)
    {
        var account = StorageAccount.Parse(connectionString);

        Assert.Equal(name, account.Name);
        Assert.Equal(new Uri(endpoint), account.QueueEndpoint);
    }

    private StorageQueueClient Client(string connectionString) =>
        new(http, StorageAccount.Parse(connectionString), Support.WallClock.Instance);
}
