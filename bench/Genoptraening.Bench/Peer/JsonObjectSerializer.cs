using System.Collections;
using System.Collections.Specialized;
using System.Text.Json;
using Quartz;
using Quartz.Spi;

namespace Genoptraening.Bench.Peer;

/// <summary>
/// Quartz's <c>quartz.serializer.type</c> for the ADO.NET job store, with System.Text.Json: a job data map of
/// string values (or, with <c>useProperties</c>, the name/value collection Quartz makes of it) as a JSON object.
/// Quartz 3.x needs a serializer and no Quartz.Serialization package of version 3 is at hand.
/// </summary>
internal sealed class JsonObjectSerializer : IObjectSerializer
{
    public void Initialize()
    {
    }

    public byte[] Serialize<T>(T obj)
        where T : class
    {
        var values = obj switch
        {
            NameValueCollection properties => properties.AllKeys.OfType<string>().ToDictionary(key => key, key => properties[key]),
            IDictionary map => map.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => StringValue(entry.Value)),
            _ => throw new NotSupportedException($"Only job data maps of strings are stored, not {obj.GetType()}."),
        };
        return JsonSerializer.SerializeToUtf8Bytes(values);
    }

    public T? DeSerialize<T>(byte[] data)
        where T : class
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [];
        if (typeof(T) == typeof(NameValueCollection))
        {
            var properties = new NameValueCollection(values.Count);
            foreach (var (key, value) in values)
            {
                properties.Add(key, value);
            }

            return (T)(object)properties;
        }

        if (typeof(T).IsAssignableFrom(typeof(JobDataMap)))
        {
            var map = new JobDataMap(values.Count);
            foreach (var (key, value) in values)
            {
                map[key] = value!;
            }

            return (T)(object)map;
        }

        throw new NotSupportedException($"Only job data maps of strings are stored, not {typeof(T)}.");
    }

    private static string? StringValue(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => throw new NotSupportedException($"Only job data maps of strings are stored, not a {value.GetType()} value."),
    };
}
