using Genoptraening.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostSettings(args).AddCourseEngine().AddDashboard().AddApiDocumentation();

var app = builder.Build();
app.MapApi();
app.Run();

/// <summary>The host's entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
