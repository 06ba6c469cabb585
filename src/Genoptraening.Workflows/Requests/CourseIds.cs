using System.Security.Cryptography;
using System.Text;

namespace Genoptraening.Workflows.Requests;

/// <summary>
/// A course's id is a name-based UUID (RFC 9562 version 5) of its referral's identity (a plan's sender
/// and plan id, an application's municipality and application id): the same referral always names
/// the same course, so intake is idempotent without a lookup.
/// </summary>
public static class CourseIds
{
    /// <summary>The namespace of course ids: fixed for good, since it makes every id.</summary>
    private static readonly Guid Namespace = new("0f0c6a4e-9b1f-5d0e-8c53-7a1f2b9c4d10");

#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5; it names, it does not protect.
    public static Guid For(string referralKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(referralKey);
        var name = Encoding.UTF8.GetBytes(referralKey);
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
#pragma warning restore CA5350
}
