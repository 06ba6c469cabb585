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

    /// <summary>
    /// Writes the queue's first messages; a queue nothing was sent to yet is one line saying so, not an error; a storage
    /// account that does not answer is one line too (exit code 1), not a stack trace.
    /// </summary>
    internal static async Task<int> PeekAsync(string queue, string connectionString, TextWriter output, CancellationToken cancellationToken)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        options.Retry.MaxRetries = 1;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        var client = new QueueClient(connectionString, queue, options);
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
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException)
        {
            await output.WriteLineAsync(
                $"The storage account at {client.Uri.GetLeftPart(UriPartial.Authority)} does not answer ({e.GetBaseException().Message}). Is Azurite running? ./scripts/run-local.sh starts it.")
                .ConfigureAwait(false);
            return 1;
        }

        return 0;
    }
}
