using DurableTask.Core;

namespace Genoptraening.Workflows.Hosting;

/// <summary>Lets DurableTask.Core create an orchestration or activity by name, a new one per work item.</summary>
public sealed class TaskCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> create;

    public TaskCreator(string name, Func<T> create)
    {
        Name = name;
        Version = string.Empty;
        this.create = create;
    }

    public override T Create() => create();
}
