using Genoptraening.Functions;
using Genoptraening.Web.Http;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// host.json, beside the app, names the task hub the Durable extension runs; the app's own client joins it.
builder.Configuration.AddHostJson(AppContext.BaseDirectory);
builder.Services.AddCourseWorkflow(builder.Configuration);
// Traces, metrics and logs by OpenTelemetry (host.json's telemetryMode says the host's own go the same way).
builder.Services.AddProductTelemetry(builder.Configuration).UseFunctionsWorkerDefaults();
builder.Build().Run();
