using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Tests.Shared;
using Genoptraening.Workflows.Alerts;
using Genoptraening.Workflows.Clock;
using Genoptraening.Workflows.Hosting;
using Genoptraening.Workflows.Orchestration;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Steps;
using Genoptraening.Workflows.Storage;
using Genoptraening.Workflows.Storage.Azure;
using Genoptraening.Workflows.Storage.InMemory;
using Genoptraening.Workflows.TimeSkipping;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Genoptraening.Workflows.Tests.Support;

/// <summary>
/// The course orchestrator and its activities on Durable Task's in-memory backend with time
/// skipping, the stores in memory: the durable engine as a host wires it, months in moments.
/// </summary>
internal sealed class DurableCourses : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ControlledEventStore events;
    private readonly InMemoryCourseReadModel readModel = new();
    private readonly InMemoryAlertSender alerts = new();
    private readonly InMemoryPersonalDataStore personalData = new();
    private readonly InMemoryPersonalDataAudit audit = new();
    private readonly Action<IServiceCollection>? configure;
    private readonly AzureCourseStores? azure;
    private readonly ServiceCatalog catalog;
    private ServiceProvider services = null!;
    private TaskHubWorker worker = null!;

    private DurableCourses(
        TimeSkippingOrchestrationService backend, Action<IServiceCollection>? configure, AzureCourseStores? azure = null, ServiceCatalog? catalog = null)
    {
        Backend = backend;
        this.configure = configure;
        this.azure = azure;
        this.catalog = catalog ?? TestCatalog.Instance;
        events = new ControlledEventStore(azure?.Events ?? (ICourseEventStore)new InMemoryCourseEventStore());
    }

    public TimeSkippingOrchestrationService Backend { get; private set; }

    public VirtualClock Clock => Backend.Clock;

    public ControlledEventStore Events => events;

    public InMemoryAlertSender Alerts => alerts;

    public InMemoryCourseReadModel ReadModel => readModel;

    public InMemoryPersonalDataStore PersonalData => personalData;

    /// <summary>Each orchestration's history events, as the worker last saw them.</summary>
    public HistoryCapture Histories { get; } = new();

    public IServiceProvider Services => services;

    public CourseIntake Intake => services.GetRequiredService<CourseIntake>();

    public CourseService Service => services.GetRequiredService<CourseService>();

    public CourseOrchestrations Orchestrations => services.GetRequiredService<CourseOrchestrations>();

    /// <param name="start">The virtual clock's first instant.</param>
    /// <param name="configure">Replaces services, e.g. a store that fails.</param>
    /// <param name="catalog">The standards; the repository's catalog by default.</param>
    public static async Task<DurableCourses> StartAsync(Instant start, Action<IServiceCollection>? configure = null, ServiceCatalog? catalog = null)
    {
        var memory = new InMemoryOrchestrationService();
        var courses = new DurableCourses(new TimeSkippingOrchestrationService(memory, memory, new VirtualClock(start)), configure, catalog: catalog);
        courses.Histories.Observe(courses.Backend);
        await courses.DeployAsync(CourseDecider.Decide);
        return courses;
    }

    /// <summary>
    /// The same on Durable Functions' Azure Storage provider and the stores' Azure Tables and queues,
    /// all on Azurite; the in-memory <see cref="Alerts"/>, <see cref="ReadModel"/> and
    /// <see cref="PersonalData"/> then stay empty.
    /// </summary>
    /// <param name="start">The virtual clock's first instant.</param>
    /// <param name="connectionString">Azurite's.</param>
    /// <param name="hubName">The task hub, also the prefix of the course tables.</param>
    /// <param name="heldTimers">Wraps the development clock's table of held timers, e.g. in one that fails.</param>
    /// <param name="taskHubQueueFaults">A policy in the pipeline of the task hub's queue requests, e.g. one that fails some.</param>
    public static async Task<DurableCourses> StartOnAzuriteAsync(
        Instant start, string connectionString, string hubName, Func<IHeldTimerStore, IHeldTimerStore>? heldTimers = null, HttpPipelinePolicy? taskHubQueueFaults = null)
    {
        var courses = new DurableCourses(
            await AzuriteBackendAsync(start, connectionString, hubName, heldTimers, taskHubQueueFaults), null, await AzureStoresAsync(connectionString, hubName));
        courses.Histories.Observe(courses.Backend);
        await courses.DeployAsync(CourseDecider.Decide);
        return courses;
    }

    /// <summary>
    /// The host stops and a new one starts on the same storage, its development clock started afresh
    /// at <paramref name="start"/>: what it knows of the virtual now and the held timers comes from storage.
    /// </summary>
    public async Task RestartOnAzuriteAsync(Instant start, string connectionString, string hubName)
    {
        await worker.StopAsync(isForced: false);
        await services.DisposeAsync();
        Backend = await AzuriteBackendAsync(start, connectionString, hubName);
        Histories.Observe(Backend);
        await DeployAsync(CourseDecider.Decide);
    }

    /// <summary>The stores on Azure Tables and queues, the tables named after the task hub so tests keep apart.</summary>
    private static async Task<AzureCourseStores> AzureStoresAsync(string connectionString, string hubName)
    {
        var stores = AzureCourseStores.For(connectionString, hubName);
        await stores.CreateTablesAsync();
        return stores;
    }

    private static async Task<TimeSkippingOrchestrationService> AzuriteBackendAsync(
        Instant start, string connectionString, string hubName, Func<IHeldTimerStore, IHeldTimerStore>? heldTimers = null, HttpPipelinePolicy? queueFaults = null)
    {
        var hub = AzureStorageTaskHub.Create(TaskHubClients(connectionString, queueFaults), new TaskHubSettings { HubName = hubName }, NullLoggerFactory.Instance);
        await hub.CreateIfNotExistsAsync();
        var timers = TableHeldTimerStore.For(connectionString, hubName);
        await timers.CreateTableAsync();
        var backend = new TimeSkippingOrchestrationService(hub, hub, new VirtualClock(start), store: heldTimers is null ? timers : heldTimers(timers));
        await backend.RestoreAsync();
        return backend;
    }

    private static StorageAccountClientProvider TaskHubClients(string connectionString, HttpPipelinePolicy? queueFaults)
    {
        if (queueFaults is null)
        {
            return StorageAccount.FromConnectionString(connectionString).TaskHubClients();
        }

        var queues = new QueueClientOptions();
        queues.AddPolicy(queueFaults, HttpPipelinePosition.PerCall);
        return new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(connectionString), StorageServiceClientProvider.ForQueue(connectionString, queues), StorageServiceClientProvider.ForTable(connectionString));
    }

    /// <summary>
    /// A new deployment with other rules' code: once the courses are idle the worker stops, and a new
    /// one starts on the same task hub and stores, as when a new version of the app replaces the old.
    /// (Idle first: the in-memory backend loses the messages of a work item fetched while its worker
    /// stops; Azure Storage's queues give them back after their visibility timeout.)
    /// </summary>
    public async Task RedeployAsync(DecideCourse decide)
    {
        await IdleAsync();
        await worker.StopAsync(isForced: false);
        await services.DisposeAsync();
        await DeployAsync(decide);
    }

    private async Task DeployAsync(DecideCourse decide)
    {
        var collection = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton<IClock>(Clock).AddSingleton(catalog).AddCourseSteps().AddSingleton(decide);
        collection.AddSingleton<ICourseEventStore>(new PartitionReadCounter(events)).AddSingleton<ICourseReadModel>(azure?.ReadModel ?? (ICourseReadModel)readModel);
        collection.AddSingleton<IAlertSender>(azure?.Alerts ?? (IAlertSender)alerts).AddSingleton<IPersonalDataStore>(azure?.PersonalData ?? (IPersonalDataStore)personalData);
        collection.AddSingleton(new CourseOrchestrations(Backend)).AddSingleton<IPersonalDataAudit>(azure?.PersonalDataAudit ?? (IPersonalDataAudit)audit);
        configure?.Invoke(collection);
        services = collection.BuildServiceProvider();
        worker = CourseWorker.Create(Backend, services, TimeSpan.FromDays(3650));
        Histories.Observe(worker);
        await worker.StartAsync();
    }

    public async Task<Guid> StartCourseAsync(string standard, Referral referral, string referralKey, PersonalData? personal = null)
    {
        var outcome = await Intake.StartAsync(new StartCourseRequest(TestCatalog.Id(standard), referral, referralKey, personal));
        var courseId = outcome.CourseId ?? throw new InvalidOperationException($"Not started: {outcome.Reason}");
        await AnswerAsync(courseId, RaisedRequest.Start);

        // The answer row is written by the step; the orchestration's status follows in its next episode.
        await IdleAsync();
        return courseId;
    }

    /// <summary>Moves the virtual clock and waits until every course it woke has finished its steps.</summary>
    public async Task AdvanceToAsync(Instant to)
    {
        await Backend.AdvanceToAsync(to);
        await IdleAsync();
    }

    public Task IdleAsync() => Backend.WaitForIdleAsync().WaitAsync(Patience);

    /// <summary>The answer to a request sent: its refusal at once, or the step's answer.</summary>
    public async Task<RequestAnswer> AnswerAsync(Guid courseId, SentRequest? sent) =>
        (sent ?? throw new ArgumentException("No such course.", nameof(courseId))).RefusedAtOnce ?? await AnswerAsync(courseId, sent.RequestId);

    public async Task<RequestAnswer> AnswerAsync(Guid courseId, string requestId) =>
        await Service.AwaitAnswerAsync(courseId, requestId, Patience) ?? throw new TimeoutException($"Request {requestId} was not answered.");

    /// <summary>Sends an event to record, without waiting for its answer.</summary>
    public Task<SentRequest?> SubmitAsync(Guid courseId, Occurrence occurrence) => Service.SubmitAsync(courseId, new CourseCommand.Record(occurrence), "visitator");

    public async Task<RequestAnswer> RecordAsync(Guid courseId, Occurrence occurrence) =>
        await AnswerAsync(courseId, await SubmitAsync(courseId, occurrence));

    /// <summary>The course as its stored events leave it.</summary>
    public async Task<CourseState> StateAsync(Guid courseId)
    {
        var history = await Events.LoadAsync(courseId) ?? throw new InvalidOperationException($"No course {courseId}.");
        return CourseDecider.Fold(history.Events.Select(e => Workflows.Serialization.CourseEventJson.Deserialize(e.Type, e.Data, (id, v) => catalog.Version(id, v)!)));
    }

    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync(isForced: true);
        await services.DisposeAsync();
    }
}
