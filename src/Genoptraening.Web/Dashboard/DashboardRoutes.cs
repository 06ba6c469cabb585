namespace Genoptraening.Web.Dashboard;

/// <summary>Every page and form of the dashboard, as both hosts serve them (a test holds the hosts equal).</summary>
public static class DashboardRoutes
{
    public static IReadOnlyList<DashboardRoute> All { get; } =
    [
        new(nameof(OverviewPage), "GET", string.Empty, OverviewPage.GetAsync),
        new(nameof(CoursePage), "GET", "forloeb/{id:guid}", CoursePage.GetAsync),
        new(nameof(CoursePage.RecordEvent), "POST", "forloeb/{id:guid}", CoursePage.RecordEvent),
        new(nameof(CoursePage.RecordFreeChoiceInformed), "POST", "forloeb/{id:guid}/frit-valg", CoursePage.RecordFreeChoiceInformed),
        new(nameof(CoursePage.FreeChoiceFormAddress), "GET", "forloeb/{id:guid}/frit-valg", CoursePage.FreeChoiceFormAddress),
        new(nameof(FreeChoiceLetterPage), "GET", "forloeb/{id:guid}/brev/frit-valg", FreeChoiceLetterPage.GetAsync),
        new(nameof(InboxPage), "GET", InboxPage.Path, InboxPage.GetAsync),
        new(nameof(InboxPage.Acknowledge), "POST", InboxPage.Path, InboxPage.Acknowledge),
        new(nameof(ReportPage), "GET", ReportPage.Path, ReportPage.GetAsync),
        new(nameof(ReportPage.Csv), "GET", ReportPage.Path + "/csv", ReportPage.Csv),
        new(nameof(OperationsPage), "GET", OperationsPage.Path, OperationsPage.GetAsync),
        new(nameof(OperationsPage.RetryFaulted), "POST", OperationsPage.Path, OperationsPage.RetryFaulted),
        new(nameof(SignInPage), "GET", SignInPage.Path, SignInPage.Get, ForVisitators: false),
        new(nameof(SignInPage.SignIn), "POST", SignInPage.Path, SignInPage.SignIn, ForVisitators: false),
        new(nameof(SignInPage.SignOut), "POST", SignInPage.SignOutPath, SignInPage.SignOut, ForVisitators: false),
    ];
}
