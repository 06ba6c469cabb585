namespace Genoptraening.Web;

/// <summary>The settings the API's handlers read, in both hosts (each host lists them among its own keys).</summary>
public static class WebSettingKeys
{
    /// <summary><c>ApiKeys:{n}:Name</c>, <c>:Sha256</c>, <c>:Role</c>, <c>:Sender</c>, <c>:Municipality</c>.</summary>
    public const string ApiKeys = "ApiKeys";

    /// <summary><c>Intake:Receivers:{ean}</c>: a GGOP receiver's EAN number → its municipality.</summary>
    public const string Receivers = "Intake:Receivers";
}
