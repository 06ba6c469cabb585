using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Courses;
using Genoptraening.Workflows.Storage;

namespace Genoptraening.Workflows.Requests;

/// <summary>Start a course for a referral under a standard.</summary>
/// <param name="Standard">The standard, e.g. <c>rebild/sul140</c>.</param>
/// <param name="Referral">The plan or application.</param>
/// <param name="ReferralKey">The referral's sender and own id; the same key again returns the first course.</param>
/// <param name="Personal">The citizen's CPR number and the plan's text, stored apart from the history.</param>
/// <param name="By">Who sent it (<see cref="Actor"/>): the hospital's or municipality's key, an administrator migrating.</param>
public sealed record StartCourseRequest(StandardId Standard, Referral Referral, string? ReferralKey = null, PersonalData? Personal = null, string By = Actor.System);
