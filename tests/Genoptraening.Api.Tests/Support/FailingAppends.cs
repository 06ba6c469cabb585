using System.Collections.Concurrent;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Microsoft.Extensions.DependencyInjection;

namespace Genoptraening.Api.Tests.Support;

/// <summary>
/// The host's real event store on Azurite, whose appends fail on purpose for the courses a test names, with the error it
/// names (a bug, a broken dependency): those courses' steps fail every attempt and the courses fault. Left alone, the real store.
/// </summary>
public sealed class FailingAppends(ICourseEventStore inner) : ICourseEventStore
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

    public Task<bool> TryAppendAsync(Guid courseId, StepCommit commit, CancellationToken cancellationToken = default) =>
        failing.TryGetValue(courseId, out var error) ? throw error() : inner.TryAppendAsync(courseId, commit, cancellationToken);

    public Task<bool> TryCreateAsync(Guid courseId, StoredRequest start, string? referralKey = null, CancellationToken cancellationToken = default) =>
        inner.TryCreateAsync(courseId, start, referralKey, cancellationToken);

    public Task<CourseHistory?> LoadAsync(Guid courseId, CancellationToken cancellationToken = default) => inner.LoadAsync(courseId, cancellationToken);

    public Task<bool> SaveRequestAsync(Guid courseId, StoredRequest request, CancellationToken cancellationToken = default) =>
        inner.SaveRequestAsync(courseId, request, cancellationToken);

    public Task<StoredRequest?> LoadRequestAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        inner.LoadRequestAsync(courseId, requestId, cancellationToken);

    public Task<RequestAnswer?> LoadAnswerAsync(Guid courseId, string requestId, CancellationToken cancellationToken = default) =>
        inner.LoadAnswerAsync(courseId, requestId, cancellationToken);

    public Task<CourseTombstone?> TombstoneAsync(Guid courseId, string? municipality, CancellationToken cancellationToken = default) =>
        inner.TombstoneAsync(courseId, municipality, cancellationToken);

    public Task DeleteRowsAsync(Guid courseId, CancellationToken cancellationToken = default) => inner.DeleteRowsAsync(courseId, cancellationToken);
}
