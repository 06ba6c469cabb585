namespace Genoptraening.Web.Http;

/// <summary>The Durable Functions style management payload of a started course.</summary>
public sealed record ManagementPayload(string Id, string StatusQueryGetUri, string SendEventPostUri, string TerminatePostUri, string PurgeHistoryDeleteUri)
{
    public static ManagementPayload For(Guid courseId, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var course = $"{request.Scheme}://{request.Host}/api/courses/{courseId:D}";
        return new ManagementPayload(courseId.ToString("D"), course, course + "/events/{eventType}", course + "/terminate", course);
    }
}
