# The host's settings, exactly the configuration keys it reads (README.md "Settings"; a test in the
# solution, InfrastructureSettingsTests, fails on a key the host does not read or a missing required one).
locals {
  api_key_names = sort(keys(var.api_keys))

  plain_settings = merge(
    {
      "ASPNETCORE_ENVIRONMENT" = "Production"
      # No Dashboard__MunicipalityHeader: nothing in front of the public ingress sets or strips that
      # header, so trusting it would let anyone claim a municipality (docs/deployment.md, "Not yet").
    },
    merge([for i, name in local.api_key_names : merge(
      { "ApiKeys__${i}__Name" = name, "ApiKeys__${i}__Role" = var.api_keys[name].role },
      var.api_keys[name].sender == null ? {} : { "ApiKeys__${i}__Sender" = var.api_keys[name].sender },
      var.api_keys[name].municipality == null ? {} : { "ApiKeys__${i}__Municipality" = var.api_keys[name].municipality },
    )]...),
    { for ean, municipality in var.ggop_receivers : "Intake__Receivers__${ean}" => municipality },
  )

  # Setting name -> Container Apps secret name; the secrets come from Key Vault.
  secret_settings = merge(
    { "ConnectionStrings__Storage" = "storage" },
    { for i, name in local.api_key_names : "ApiKeys__${i}__Sha256" => "api-key-${name}" },
  )

  vault_secrets = merge(
    { "storage" = azurerm_key_vault_secret.storage.versionless_id },
    { for name in local.api_key_names : "api-key-${name}" => azurerm_key_vault_secret.api_key_hash[name].versionless_id },
  )
}
