using System.Text.Json;
using Genoptraening.Workflows.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Genoptraening.Web.Http;

/// <summary>
/// A request's own status: <c>202</c> with <c>Location</c> and <c>Retry-After</c> while the course's
/// step has not answered it, <c>200</c> with the answer once it has.
/// </summary>
public static class RequestStatusJson
{
    private const int RetryAfterSeconds = 1;

    public static ContentHttpResult Result(Guid courseId, string requestId, CourseAnswer result, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var course = $"/api/courses/{courseId:D}";
        var statusUri = $"{request.Scheme}://{request.Host}{course}/requests/{Uri.EscapeDataString(requestId)}";
        var (status, reason, field) = result switch
        {
            CourseAnswer.Accepted => ("accepted", null, null),
            CourseAnswer.Refused refused => ("refused", refused.Reason, refused.Field),
            _ => ("pending", null, (string?)null),
        };
        if (status == "pending")
        {
            request.HttpContext.Response.Headers.Location = statusUri;
            request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var body = JsonSerializer.Serialize(new { requestId, status, reason, field, course, statusQueryGetUri = statusUri });
        return TypedResults.Text(body, "application/json", System.Text.Encoding.UTF8, status == "pending" ? StatusCodes.Status202Accepted : StatusCodes.Status200OK);
    }
}
