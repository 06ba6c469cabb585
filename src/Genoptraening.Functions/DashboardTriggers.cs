using Genoptraening.Web.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Genoptraening.Functions;

/// <summary>
/// The visitators' dashboard as Functions triggers at <c>/api/dashboard/…</c>, one a page of
/// <see cref="DashboardRoutes"/> (a test holds the two equal): each calls the page the local host maps,
/// through <see cref="DashboardEndpoints"/>, which lets in only a visitator signed in by App Service
/// authentication (Entra ID). Anonymous to the Functions host: the platform's sign-in guards the pages.
/// </summary>
public sealed class DashboardTriggers(DashboardEndpoints pages)
{
    [Function(nameof(OverviewPage))]
    public Task<IActionResult> OverviewPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request) =>
        pages.InvokeAsync(nameof(OverviewPage), request.HttpContext).Written();

    [Function(nameof(CoursePage))]
    public Task<IActionResult> CoursePage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/forloeb/{id:guid}")] HttpRequest request, string id) =>
        pages.InvokeAsync(nameof(CoursePage), request.WithRoute(("id", id))).Written();

    [Function(nameof(Web.Dashboard.CoursePage.RecordEvent))]
    public Task<IActionResult> RecordEvent([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/forloeb/{id:guid}")] HttpRequest request, string id) =>
        pages.InvokeAsync(nameof(RecordEvent), request.WithRoute(("id", id))).Written();

    [Function(nameof(Web.Dashboard.CoursePage.RecordFreeChoiceInformed))]
    public Task<IActionResult> RecordFreeChoiceInformed([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/forloeb/{id:guid}/frit-valg")] HttpRequest request, string id) =>
        pages.InvokeAsync(nameof(RecordFreeChoiceInformed), request.WithRoute(("id", id))).Written();

    [Function(nameof(Web.Dashboard.CoursePage.FreeChoiceFormAddress))]
    public Task<IActionResult> FreeChoiceFormAddress([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/forloeb/{id:guid}/frit-valg")] HttpRequest request, string id) =>
        pages.InvokeAsync(nameof(FreeChoiceFormAddress), request.WithRoute(("id", id))).Written();

    [Function(nameof(FreeChoiceLetterPage))]
    public Task<IActionResult> FreeChoiceLetterPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/forloeb/{id:guid}/brev/frit-valg")] HttpRequest request, string id) =>
        pages.InvokeAsync(nameof(FreeChoiceLetterPage), request.WithRoute(("id", id))).Written();

    [Function(nameof(InboxPage))]
    public Task<IActionResult> InboxPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/indbakke")] HttpRequest request) =>
        pages.InvokeAsync(nameof(InboxPage), request.HttpContext).Written();

    [Function(nameof(Web.Dashboard.InboxPage.Acknowledge))]
    public Task<IActionResult> Acknowledge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/indbakke")] HttpRequest request) =>
        pages.InvokeAsync(nameof(Acknowledge), request.HttpContext).Written();

    [Function(nameof(ReportPage))]
    public Task<IActionResult> ReportPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/rapport")] HttpRequest request) =>
        pages.InvokeAsync(nameof(ReportPage), request.HttpContext).Written();

    [Function(nameof(Web.Dashboard.ReportPage.Csv))]
    public Task<IActionResult> Csv([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/rapport/csv")] HttpRequest request) =>
        pages.InvokeAsync(nameof(Csv), request.HttpContext).Written();

    [Function(nameof(SignInPage))]
    public Task<IActionResult> SignInPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/log-ind")] HttpRequest request) =>
        pages.InvokeAsync(nameof(SignInPage), request.HttpContext).Written();

    [Function(nameof(Web.Dashboard.SignInPage.SignIn))]
    public Task<IActionResult> SignIn([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/log-ind")] HttpRequest request) =>
        pages.InvokeAsync(nameof(SignIn), request.HttpContext).Written();

    [Function(nameof(Web.Dashboard.SignInPage.SignOut))]
    public Task<IActionResult> SignOut([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/log-ud")] HttpRequest request) =>
        pages.InvokeAsync(nameof(SignOut), request.HttpContext).Written();

    [Function(nameof(OperationsPage))]
    public Task<IActionResult> OperationsPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/drift")] HttpRequest request) =>
        pages.InvokeAsync(nameof(OperationsPage), request.HttpContext).Written();

    [Function(nameof(Web.Dashboard.OperationsPage.RetryFaulted))]
    public Task<IActionResult> RetryFaulted([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/drift")] HttpRequest request) =>
        pages.InvokeAsync(nameof(RetryFaulted), request.HttpContext).Written();
}
