using DurableTask.Core;

namespace Genoptraening.Bench.Wiring.Wirings;

/// <summary>Registers an SDK class-based orchestrator or activity with DurableTask.Core: a new shim per execution.</summary>
internal sealed class ShimCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> create;

    public ShimCreator(string name, Func<T> create)
    {
        Name = name;
        Version = string.Empty;
        this.create = create;
    }

    public override T Create() => create();
}
