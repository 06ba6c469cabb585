using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Genoptraening.Tests.Shared;

/// <summary>
/// A throwaway PostgreSQL cluster: <c>initdb</c> into a temporary folder and <c>pg_ctl start</c> on a
/// free loopback port (as the <c>postgres</c> user when running as root). Used by the tests and by bench/.
/// </summary>
public sealed class PostgresCluster(bool durable = false) : IAsyncDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"genoptraening-pg-{Guid.NewGuid():N}");
    private string binDirectory = string.Empty;
    private int port;

    public async Task StartAsync()
    {
        binDirectory = FindBinaries();
        port = FreePort();
        Directory.CreateDirectory(dataDirectory);
        if (IsRoot)
        {
            await RunAsync("chown", "postgres", dataDirectory);
        }

        await RunPostgresToolAsync("initdb", "-D", dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        // Tests need no durability; benchmarks measure with PostgreSQL's durable defaults.
        var durability = durable ? string.Empty : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {dataDirectory} -c max_connections=1000{durability}";
        await RunPostgresToolAsync("pg_ctl", "-D", dataDirectory, "-o", options, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "start");
    }

    /// <summary>A new, empty database and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (binDirectory.Length > 0)
        {
            await RunPostgresToolAsync("pg_ctl", "-D", dataDirectory, "-m", "immediate", "-w", "stop");
        }

        Directory.Delete(dataDirectory, recursive: true);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50";

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
            : [];
        return candidates.OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql: apt-get install postgresql (.ci/run does).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunPostgresToolAsync(string tool, params string[] arguments)
    {
        var executable = Path.Combine(binDirectory, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments]) : RunAsync(executable, arguments);
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
