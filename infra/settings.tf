# Every application setting of the Function App, and nothing else: the keys the Functions app reads
# (Genoptraening.Functions.AppSettingKeys; InfrastructureSettingsTests fails on a key the app does not
# read or a required one missing). App Service writes ":" as "__". No connection string, no account key.
locals {
  api_key_names = sort(keys(var.api_keys))

  app_settings = merge(
    {
      "AzureWebJobsStorage__accountName"      = azurerm_storage_account.main.name
      "APPLICATIONINSIGHTS_CONNECTION_STRING" = azurerm_application_insights.main.connection_string
      # The dashboard's visitator from App Service authentication (auth_settings_v2 in functionapp.tf).
      "Dashboard__Authentication" = "AppService"
    },
    merge([for i, name in local.api_key_names : merge(
      {
        "ApiKeys__${i}__Name"   = name
        "ApiKeys__${i}__Role"   = var.api_keys[name].role
        "ApiKeys__${i}__Sha256" = "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.api_key_hash[name].versionless_id})"
      },
      var.api_keys[name].sender == null ? {} : { "ApiKeys__${i}__Sender" = var.api_keys[name].sender },
      var.api_keys[name].municipality == null ? {} : { "ApiKeys__${i}__Municipality" = var.api_keys[name].municipality },
    )]...),
    { for ean, municipality in var.ggop_receivers : "Intake__Receivers__${ean}" => municipality },
  )
}
