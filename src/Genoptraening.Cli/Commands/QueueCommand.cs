using System.CommandLine;
using System.Text;
using Genoptraening.Cli.Composition;
using Genoptraening.Workflows.Queues;

namespace Genoptraening.Cli.Commands;

/// <summary><c>queue peek NAME</c>: shows the messages waiting on an escalation queue, decoded, without taking them.</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("QUEUE") { Description = "e.g. escalations-rebild" };
        var connection = new Option<string>("--connection")
        {
            Description = "Azure Storage connection string",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ConnectionStrings__EscalationQueues") ?? "UseDevelopmentStorage=true",
        };
        var peek = new Command("peek", "Show up to 32 messages at the front of a queue, decoded from base64.") { name, connection };
        peek.SetAction((result, cancellationToken) => PeekAsync(result.GetValue(name)!, result.GetValue(connection)!, result.InvocationConfiguration.Output, cancellationToken));
        return new Command("queue", "Look at the escalation queues.") { peek };
    }

    private static async Task<int> PeekAsync(string queue, string connectionString, TextWriter output, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var client = new StorageQueueClient(http, StorageAccount.Parse(connectionString), SystemTime.Clock);
        foreach (var message in await client.PeekMessagesAsync(queue, 32, cancellationToken).ConfigureAwait(false))
        {
            await output.WriteLineAsync(Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText))).ConfigureAwait(false);
        }

        return 0;
    }
}
