using System.Security.Claims;
using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Web.Http;
using Genoptraening.Web.Intake;
using Genoptraening.Web.Security;
using Genoptraening.Workflows.Reads;
using Genoptraening.Workflows.Requests;
using Genoptraening.Workflows.Serialization;
using Genoptraening.Workflows.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Genoptraening.Web.Endpoints;

/// <summary>Referrals: hospitals post training plans (§ 140), municipalities post applications (§ 86).</summary>
public static class IntakeEndpoints
{
    private static readonly string[] PlanMediaTypes = [RequestBody.Json, "application/xml", "text/xml"];

    internal static IEnumerable<ApiRoute> Routes =>
    [
        new("PostPlan", "POST", "plans", ApiAccess.HospitalsAndAdministrators, PostPlanAsync, b => b.WithTags("Intake")
            .WithSummary("Receive a genoptræningsplan (JSON or MedCom GGOP XML), new, corrected or cancelled (\"status\"; GGOP Letter/StatusCode); the same plan again returns its course, a changed one is a 409 unless sent as a correction.")
            .Accepts<PlanJsonSchema>(RequestBody.Json, "application/xml", "text/xml")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)),
        new("PostApplication", "POST", "applications", ApiAccess.Municipalities, PostApplicationAsync, b => b.WithTags("Intake")
            .WithSummary("Receive an application under Serviceloven § 86; the same applicationId again returns the first course.")
            .Accepts<ApplicationJsonSchema>(RequestBody.Json)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)),
    ];

    private static async Task<Results<Accepted<ManagementPayload>, Ok<ManagementPayload>, ValidationProblem, ProblemHttpResult>> PostPlanAsync(
        HttpRequest request, ClaimsPrincipal user, CourseIntake courses, [AsParameters] PlanChangeServices changes, ServiceCatalog catalog, IClock clock,
        IConfiguration configuration, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var (bytes, mediaType, problem) = await RequestBody.ReadAsync(request, PlanMediaTypes, allowEmpty: false, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var plan = mediaType == RequestBody.Json
            ? JsonBody.Parse(bytes, errors) is { } document ? ReadJsonPlan(document, errors) : null
            : GgopXmlReader.Read(bytes, Receivers(configuration), errors);
        if (plan is null)
        {
            return Problems.Invalid(errors);
        }

        var caller = Caller.From(user);
        if (!caller.IsAdmin && plan.Sender != caller.Sender)
        {
            return Problems.Forbidden($"This key sends plans as {caller.Sender}, not as the plan's sender.");
        }

        // A hospital's sender is its key's; an administrator migrating names the hospital by its EAN location number.
        if (caller.IsAdmin && !(plan.Sender.Length == 13 && plan.Sender.All(char.IsAsciiDigit)))
        {
            return Problems.Invalid("sender", "expected the sending hospital's EAN location number (13 digits)");
        }

        // The receipt is the clock's now: only an administrator migrating older plans may say otherwise.
        if (!caller.IsAdmin && plan.ReceivedAt is not null)
        {
            return Problems.Invalid("receivedAt", "only an administrator's key may set receivedAt (a migration); a hospital leaves it out or null");
        }

        var now = clock.GetCurrentInstant();
        var standard = new StandardId(plan.Municipality, StatutoryRules.HealthActBasis);
        ValidatePlan(plan, standard, catalog, now, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (plan.Status != PlanStatus.New)
        {
            return await PlanChangeEndpoints.ChangeAsync(plan, request, changes.Reader, changes.PersonalData, changes.Courses, clock, cancellationToken);
        }

        var referral = Referral.Plan(
            plan.ReceivedAt ?? now, plan.DischargeDate, plan.StartNotBefore,
            WireNames.PlanTypes.TryParse(plan.PlanType, out var planType) ? planType : null,
            WireNames.TrainingLevels.TryParse(plan.Level, out var level) ? level : null);
        var outcome = await courses.StartAsync(new StartCourseRequest(standard, referral, plan.ReferralKey, new PersonalData(plan.Cpr, plan.Text), caller.Name), cancellationToken);
        return outcome is { CourseId: { } courseId, Created: false }
            ? await PlanChangeEndpoints.AgainAsync(plan, courseId, request, changes.Reader, changes.PersonalData, cancellationToken)
            : StartResults.From(outcome, standard, request, logs.CreateLogger(nameof(IntakeEndpoints)));
    }

    private static async Task<Results<Accepted<ManagementPayload>, Ok<ManagementPayload>, ValidationProblem, ProblemHttpResult>> PostApplicationAsync(
        HttpRequest request, ClaimsPrincipal user, CourseIntake courses, ServiceCatalog catalog, IClock clock, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var (body, problem) = await JsonBody.ReadObjectAsync(request, allowEmpty: false, errors, cancellationToken);
        using var document = body;
        if (problem is not null)
        {
            return problem;
        }

        if (document is null)
        {
            return Problems.Invalid(errors);
        }

        var fields = new JsonFieldReader(document.RootElement, string.Empty, errors);
        var standardText = fields.Text("standard", required: true);
        var cpr = fields.Text("cpr", required: true);
        var applicationId = fields.Text("applicationId", required: true);
        var receivedAt = fields.Instant("receivedAt");
        var now = clock.GetCurrentInstant();
        var standard = ValidateApplication(standardText, cpr, applicationId, receivedAt, catalog, now, errors);
        if (errors.Count > 0 || standard is null)
        {
            return Problems.Invalid(errors);
        }

        if (standard.Municipality != Caller.From(user).Municipality)
        {
            return Problems.Forbidden($"This key acts for {Caller.From(user).Municipality}, not for {standard.Municipality}.");
        }

        var start = new StartCourseRequest(standard, Referral.Application(receivedAt ?? now), $"application:{standard.Municipality}/{applicationId}",
            new PersonalData(cpr!, null), Caller.From(user).Name);
        return StartResults.From(await courses.StartAsync(start, cancellationToken), standard, request, logs.CreateLogger(nameof(IntakeEndpoints)));
    }

    /// <summary>What a plan sent again, corrected or cancelled is checked against.</summary>
    public sealed record PlanChangeServices(CourseReader Reader, IPersonalDataStore PersonalData, CourseService Courses);

    private static PlanRequest? ReadJsonPlan(System.Text.Json.JsonDocument document, List<FieldError> errors)
    {
        using (document)
        {
            return PlanJsonReader.Read(document.RootElement, errors);
        }
    }

    private static Dictionary<string, string> Receivers(IConfiguration configuration) =>
        configuration.GetSection(WebSettingKeys.Receivers).GetChildren().ToDictionary(c => c.Key, c => c.Value ?? string.Empty);

    private static void ValidatePlan(PlanRequest plan, StandardId standard, ServiceCatalog catalog, Instant now, List<FieldError> errors)
    {
        InputRules.Identifier("planId", plan.PlanId, errors);
        if (plan.Status == PlanStatus.Cancelled)
        {
            InputRules.Cpr("cpr", plan.Cpr.Length == 0 ? null : plan.Cpr, now, errors); // when given; its match with the course is checked then
            return; // a cancellation names the plan; what else it gives must match the course
        }

        InputRules.Cpr("cpr", plan.Cpr, now, errors);
        if (!catalog.Contains(standard))
        {
            errors.Add(new FieldError("municipality", $"'{plan.Municipality}' is not a municipality of the catalog; known: {string.Join(", ", catalog.Municipalities)}"));
        }

        if (plan.PlanType is { } planType && !WireNames.PlanTypes.TryParse(planType, out _))
        {
            errors.Add(new FieldError("planType", $"unknown plan type '{planType}'; expected one of: {WireNames.ListOf<PlanType>()}"));
        }

        if (plan.Level is { } level && !WireNames.TrainingLevels.TryParse(level, out _))
        {
            errors.Add(new FieldError("level", "expected basal or avanceret"));
        }

        InputRules.InCalendar("startNotBefore", plan.StartNotBefore, errors);
        var dischargeInCalendar = InputRules.InCalendar("dischargeDate", plan.DischargeDate, errors);
        if (InputRules.InCalendar("receivedAt", plan.ReceivedAt, errors))
        {
            InputRules.NotInTheFuture("receivedAt", plan.ReceivedAt, now, errors);
            if (dischargeInCalendar && plan.DischargeDate > Referral.LatestDischargeFor(Domain.Calendar.Copenhagen.DateOf(plan.ReceivedAt ?? now)))
            {
                errors.Add(new FieldError("dischargeDate", $"lies more than {Referral.MaxDaysToExpectedDischarge} days after the plan was received"));
            }
        }

        if (plan.Text?.Length > InputRules.MaxTextLength)
        {
            errors.Add(new FieldError("text", $"may be at most {InputRules.MaxTextLength} characters"));
        }
    }

    private static StandardId? ValidateApplication(
        string? standardText, string? cpr, string? applicationId, Instant? receivedAt, ServiceCatalog catalog, Instant now, List<FieldError> errors)
    {
        InputRules.Identifier("applicationId", applicationId, errors);
        InputRules.Cpr("cpr", cpr, now, errors);
        if (InputRules.InCalendar("receivedAt", receivedAt, errors))
        {
            InputRules.NotInTheFuture("receivedAt", receivedAt, now, errors);
        }

        if (standardText is null)
        {
            return null;
        }

        if (!StandardId.TryParse(standardText, out var standard) || !catalog.Contains(standard))
        {
            errors.Add(new FieldError("standard", $"unknown standard '{standardText}'"));
            return null;
        }

        if (standard.IsHealthAct)
        {
            errors.Add(new FieldError("standard", $"{standard} takes a hospital's plan (POST /api/plans), not an application"));
        }

        return standard;
    }
}
