using System.Collections.Concurrent;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.Extensions.DependencyInjection;

namespace Genoptraening.Api.Tests.Support;

/// <summary>
/// The host's real event store on Azurite, whose appends fail on purpose for the courses a test names, with the error it
/// names (a bug, a broken dependency): those courses' steps fail every attempt and the courses fault. Left alone, the real store.
/// </summary>
public sealed class FailingAppends(ICourseEventStore inner) : DelegatingEventStore(inner)
{
    private readonly ConcurrentDictionary<Guid, Func<Exception>> failing = new();

    /// <summary>Puts the store in the host's services in place of the real one, which it wraps.</summary>
    public static Action<IServiceCollection> Into(Action<FailingAppends> created) => services =>
        services.AddSingleton<ICourseEventStore>(sp =>
        {
            var store = new FailingAppends(sp.GetRequiredService<AzureCourseStores>().Events);
            created(store);
            return store;
        });

    public void Fail(string courseId, Func<Exception> error) => failing[Guid.Parse(courseId)] = error;

    public void Heal() => failing.Clear();

    public override Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default) =>
        failing.TryGetValue(courseId, out var error) ? throw error() : base.TryAppendAsync(courseId, commit, cancellationToken);
}
