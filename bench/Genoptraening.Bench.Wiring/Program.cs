using Genoptraening.Bench.Wiring;

// Usage: dotnet run -c Release --project bench/Genoptraening.Bench.Wiring
//   Compares the two wirings (gRPC sidecar + SDK worker, Core TaskHubWorker + shims) on the in-memory backend and on
//   Azure Storage over Azurite; see docs/durable-wiring.md. Options for trying the program itself: --quick (20 courses,
//   10 s idle) and --only <wiring>/<backend> (e.g. core/azure-storage). The "worker-host" verb is the child mode of check 3.
if (args is [WorkerHostProgram.Verb, var wiring, var taskHub, var mode])
{
    return await WorkerHostProgram.RunAsync(wiring, taskHub, hang: mode == "hang");
}

var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
await BenchmarkRun.RunAsync(Console.Out, quick: args.Contains("--quick"), only);
return 0;
