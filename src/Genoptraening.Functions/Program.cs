using Genoptraening.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// host.json, beside the app, names the task hub the Durable extension runs; the app's own client joins it.
builder.Configuration.AddHostJson(AppContext.BaseDirectory);
builder.Services.AddCourseWorkflow(builder.Configuration);
builder.Build().Run();
