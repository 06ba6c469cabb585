using Microsoft.Azure.Functions.Worker;

namespace Genoptraening.Functions.Tests;

/// <summary>
/// The part of a Functions invocation the activity triggers use: the app's services. Everything
/// else a real invocation carries (bindings, tracing, retries) is absent and throws if asked for.
/// </summary>
internal sealed class ServicesOnlyFunctionContext(IServiceProvider services) : FunctionContext
{
    public override IServiceProvider InstanceServices { get => services; set => throw new NotSupportedException(); }

    public override string InvocationId => throw new NotSupportedException();

    public override string FunctionId => throw new NotSupportedException();

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext => throw new NotSupportedException();

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

    public override IDictionary<object, object> Items { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override IInvocationFeatures Features => throw new NotSupportedException();
}
