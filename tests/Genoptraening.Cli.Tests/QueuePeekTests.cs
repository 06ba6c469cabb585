using Genoptraening.Cli.Commands;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Storage.Azure;
using Xunit;

namespace Genoptraening.Cli.Tests;

/// <summary><c>queue peek</c> against a real Azurite: the alerts as the step activity sends them, decoded.</summary>
#pragma warning disable CA1001 // xunit disposes it through IAsyncLifetime.DisposeAsync.
public sealed class QueuePeekTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly AzuriteProcess azurite = new();

    public Task InitializeAsync() => azurite.StartAsync();

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    [Fact]
    public async Task Peek_ShowsTheWaitingAlertsDecoded_AndLeavesThemThere()
    {
        await QueueAlertSender.For(azurite.ConnectionString).SendAsync(
            [new AlertMessage("a-1", "escalations-rebild", """{"id":"a-1","type":"deadline.breached"}"""), new AlertMessage("a-2", "escalations-rebild", """{"id":"a-2"}""")]);
        using var first = new StringWriter();
        using var second = new StringWriter();

        Assert.Equal(0, await QueueCommand.PeekAsync("escalations-rebild", azurite.ConnectionString, first, CancellationToken.None));
        await QueueCommand.PeekAsync("escalations-rebild", azurite.ConnectionString, second, CancellationToken.None);

        Assert.Equal(["""{"id":"a-1","type":"deadline.breached"}""", """{"id":"a-2"}"""], first.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(first.ToString(), second.ToString());
    }

    [Fact]
    public async Task Peek_AQueueNothingWasSentTo_SaysSoInOneLine()
    {
        using var output = new StringWriter();

        Assert.Equal(0, await QueueCommand.PeekAsync("escalations-nowhere", azurite.ConnectionString, output, CancellationToken.None));

        Assert.Equal("There is no queue escalations-nowhere yet: nothing has been sent to it." + Environment.NewLine, output.ToString());
    }

    [Fact]
    public async Task Peek_AStorageAccountThatDoesNotAnswer_SaysSoInOneLine_WithExitCode1()
    {
        using var output = new StringWriter();
        var nowhere = System.Text.RegularExpressions.Regex.Replace(azurite.ConnectionString, @"QueueEndpoint=http://127\.0\.0\.1:\d+/", "QueueEndpoint=http://127.0.0.1:9/"); // nothing listens on 9

        Assert.Equal(1, await QueueCommand.PeekAsync("escalations-rebild", nowhere, output, CancellationToken.None));

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("The storage account at http://127.0.0.1:9 does not answer", Assert.Single(lines), StringComparison.Ordinal);
    }
}
