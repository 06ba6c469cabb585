using System.Text.Json.Serialization;

namespace Genoptraening.Workflows.Storage.Azure;

/// <summary>The JSON of a refusal's arguments, generated at build time.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class ArgsContext : JsonSerializerContext;
