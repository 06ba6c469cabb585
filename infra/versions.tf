terraform {
  required_version = ">= 1.6"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 5.0, < 6.0" # storage queues and containers by storage_account_id (Resource Manager, no shared key)
    }
    # The Function App itself and its authentication settings: azurerm_function_app_flex_consumption
    # writes an AzureWebJobsStorage connection string with an empty AccountKey even when the app uses
    # its identity (hashicorp/terraform-provider-azurerm#29693), and the app and the Functions host
    # would take that string over AzureWebJobsStorage__accountName (docs/deployment.md).
    azapi = {
      source  = "Azure/azapi"
      version = ">= 2.0, < 3.0"
    }
  }
}

provider "azurerm" {
  features {}

  # The storage account accepts no shared key; whatever the provider does on its data plane goes through Entra ID.
  storage_use_azuread = true

  # azurerm 5 registers no resource provider by itself: these are the ones this configuration uses.
  resource_providers_to_register = [
    "Microsoft.Insights",
    "Microsoft.KeyVault",
    "Microsoft.OperationalInsights",
    "Microsoft.Storage",
    "Microsoft.Web",
  ]
}

provider "azapi" {}
