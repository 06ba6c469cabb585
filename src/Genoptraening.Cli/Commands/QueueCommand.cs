using System.CommandLine;
using Azure;
using Azure.Storage.Queues;

namespace Genoptraening.Cli.Commands;

/// <summary><c>queue peek NAME</c>: shows the messages waiting on an escalation queue, decoded, without taking them.</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("QUEUE") { Description = "e.g. escalations-rebild, or course-faults" };
        var connection = new Option<string>("--connection")
        {
            Description = "Azure Storage connection string (default: ConnectionStrings__Storage, or Azurite's)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ConnectionStrings__Storage")
                ?? "UseDevelopmentStorage=true",
        };
        var peek = new Command("peek", "Show up to 32 messages at the front of a queue, decoded from base64.") { name, connection };
        peek.SetAction((result, cancellationToken) => PeekAsync(result.GetValue(name)!, result.GetValue(connection)!, result.InvocationConfiguration.Output, cancellationToken));
        return new Command("queue", "Look at the escalation queues.") { peek };
    }

    /// <summary>Writes the queue's first messages; a queue nothing was sent to yet is one line saying so, not an error.</summary>
    internal static async Task<int> PeekAsync(string queue, string connectionString, TextWriter output, CancellationToken cancellationToken)
    {
        var client = new QueueClient(connectionString, queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        try
        {
            foreach (var message in (await client.PeekMessagesAsync(maxMessages: 32, cancellationToken).ConfigureAwait(false)).Value)
            {
                await output.WriteLineAsync(message.Body.ToString()).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            await output.WriteLineAsync($"There is no queue {queue} yet: nothing has been sent to it.").ConfigureAwait(false);
        }

        return 0;
    }
}
