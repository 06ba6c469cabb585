using Microsoft.DurableTask.Converters;
using CoreDataConverter = DurableTask.Core.Serializing.DataConverter;

namespace Genoptraening.Bench.Wiring.Wirings;

/// <summary>Lets Core's <c>TaskHubClient</c> serialize inputs and events exactly as the SDK's client does (System.Text.Json).</summary>
internal sealed class SdkJsonDataConverter : CoreDataConverter
{
    public static SdkJsonDataConverter Instance { get; } = new();

    public override string? Serialize(object? value) => JsonDataConverter.Default.Serialize(value);

    public override string? Serialize(object? value, bool formatted) => Serialize(value);

    public override object? Deserialize(string? data, Type objectType) => JsonDataConverter.Default.Deserialize(data, objectType);
}
