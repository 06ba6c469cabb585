namespace Genoptraening.Workflows.Storage;

/// <summary>A page of one municipality's courses: active ones first, soonest next deadline first; then ended ones.</summary>
/// <param name="Municipality">The municipality (the read model's partition).</param>
/// <param name="Standard">Only this standard, e.g. <c>rebild/sul140</c>.</param>
/// <param name="Status"><c>active</c>, <c>ended</c>, an outcome (<c>completed</c>, <c>cancelled</c>, ...), or null for all.</param>
/// <param name="Top">The page size.</param>
/// <param name="ContinuationToken">Where the previous page ended; null for the first page.</param>
/// <param name="ReferralKeyPrefix">Only courses whose referral key starts so (a hospital's own plans: <c>plan:{sender}/</c>).</param>
public sealed record CourseListQuery(string Municipality, string? Standard, string? Status, int Top, string? ContinuationToken = null, string? ReferralKeyPrefix = null);
