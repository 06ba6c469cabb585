# Flex Consumption: scales to zero between bursts, with always-ready instances for the HTTP group
# (the API and the dashboard) and the Durable group (the orchestrator and its activities), so that a
# request or a course's deadline never waits for a cold start. Durable Functions runs on Flex
# Consumption with the Azure Storage provider, the one this app uses.
resource "azurerm_service_plan" "main" {
  name                = "asp-${local.name}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  os_type             = "Linux"
  sku_name            = "FC1"
  tags                = local.tags
}

# The Function App, written as the Resource Manager resource (versions.tf says why not
# azurerm_function_app_flex_consumption). Its application settings are exactly local.app_settings
# (settings.tf): a PUT of the site replaces them all, so no other setting is left on the app.
resource "azapi_resource" "function_app" {
  type      = "Microsoft.Web/sites@2024-11-01"
  name      = "func-${local.name}"
  parent_id = azurerm_resource_group.main.id
  location  = azurerm_resource_group.main.location
  tags      = local.tags

  # The one identity of the app: storage (host, task hub, tables, queues, package) and Key Vault references.
  identity {
    type = "SystemAssigned"
  }

  body = {
    kind = "functionapp,linux"
    properties = {
      serverFarmId = azurerm_service_plan.main.id
      httpsOnly    = true
      siteConfig = {
        minTlsVersion = "1.2"
        ftpsState     = "Disabled"
        http20Enabled = true
        appSettings   = [for name, value in local.app_settings : { name = name, value = value }]
      }
      functionAppConfig = {
        deployment = {
          storage = {
            type  = "blobContainer"
            value = "${azurerm_storage_account.main.primary_blob_endpoint}${azurerm_storage_container.package.name}"
            authentication = {
              type = "SystemAssignedIdentity"
            }
          }
        }
        scaleAndConcurrency = {
          maximumInstanceCount = var.maximum_instance_count
          instanceMemoryMB     = var.instance_memory_mb
          alwaysReady = [
            { name = "http", instanceCount = var.always_ready_instances },
            { name = "durable", instanceCount = var.always_ready_instances },
          ]
        }
        # The app targets net10.0. Flex Consumption takes the versions `az functionapp
        # list-flexconsumption-runtimes --location <region> --runtime dotnet-isolated` lists.
        runtime = {
          name    = "dotnet-isolated"
          version = "10.0"
        }
      }
    }
  }

  response_export_values = ["properties.defaultHostName"]
}

# Publishing with the deployer's Entra ID identity only: no FTP or SCM user name and password.
resource "azapi_update_resource" "no_basic_publishing" {
  for_each  = toset(["ftp", "scm"])
  type      = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01"
  name      = each.key
  parent_id = azapi_resource.function_app.id
  body = {
    properties = {
      allow = false
    }
  }
}

# App Service authentication (auth_settings_v2): Entra ID sign-in for the dashboard at
# /.auth/login/aad, which then sets X-MS-CLIENT-PRINCIPAL (the user's app roles) on each request and
# strips that header from callers. Nothing is required: the API's callers have no Entra ID session
# and authenticate with their x-api-key header, so unauthenticated requests reach the app, which
# decides per route. No client secret: sign-in uses the OpenID Connect implicit flow (ID token).
resource "azapi_update_resource" "authentication" {
  type      = "Microsoft.Web/sites/config@2024-11-01"
  name      = "authsettingsV2"
  parent_id = azapi_resource.function_app.id
  body = {
    properties = {
      platform = {
        enabled        = true
        runtimeVersion = "~1"
      }
      globalValidation = {
        requireAuthentication       = false
        unauthenticatedClientAction = "AllowAnonymous"
      }
      httpSettings = {
        requireHttps = true
        routes = {
          apiPrefix = "/.auth"
        }
      }
      identityProviders = {
        azureActiveDirectory = {
          enabled = true
          registration = {
            clientId     = var.entra_client_id
            openIdIssuer = "https://login.microsoftonline.com/${var.entra_tenant_id}/v2.0"
          }
        }
      }
      login = {
        tokenStore = {
          enabled = false
        }
      }
    }
  }
}
