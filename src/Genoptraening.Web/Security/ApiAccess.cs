namespace Genoptraening.Web.Security;

/// <summary>Who may call a route: the roles of <see cref="Caller"/>, or any caller with a valid key.</summary>
public enum ApiAccess
{
    Hospitals,

    /// <summary>Hospitals, and administrators migrating plans received before the product (they may set <c>receivedAt</c>).</summary>
    HospitalsAndAdministrators,
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
            ApiAccess.HospitalsAndAdministrators => caller.Role is Caller.Hospital or Caller.Admin,
            ApiAccess.Municipalities => caller.Role == Caller.MunicipalityRole,
            ApiAccess.Administrators => caller.Role == Caller.Admin,
            _ => true,
        };
    }
}
