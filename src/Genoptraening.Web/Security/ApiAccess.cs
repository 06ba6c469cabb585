namespace Genoptraening.Web.Security;

/// <summary>Who may call a route: the roles of <see cref="Caller"/>, or any caller with a valid key.</summary>
public enum ApiAccess
{
    Hospitals,
    Municipalities,
    Administrators,
    AnyCaller,
}

public static class ApiAccessRules
{
    public static bool Allows(this ApiAccess access, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return access switch
        {
            ApiAccess.Hospitals => caller.Role == Caller.Hospital,
            ApiAccess.Municipalities => caller.Role == Caller.MunicipalityRole,
            ApiAccess.Administrators => caller.Role == Caller.Admin,
            _ => true,
        };
    }
}
