data "azurerm_client_config" "current" {}

# The API keys' SHA-256 hashes; the Function App reads them as Key Vault references with its identity.
resource "azurerm_key_vault" "main" {
  name                       = "kv-${local.name}"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  rbac_authorization_enabled = true
  purge_protection_enabled   = true
  soft_delete_retention_days = 30
  tags                       = local.tags
}

# Whoever applies the configuration writes the secrets.
resource "azurerm_role_assignment" "deployer_secrets" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Secrets Officer"
  principal_id         = data.azurerm_client_config.current.object_id
}

resource "azurerm_key_vault_secret" "api_key_hash" {
  for_each     = toset(local.api_key_names)
  name         = "api-key-${each.key}"
  key_vault_id = azurerm_key_vault.main.id
  value        = lookup(var.api_key_hashes, each.key, "")
  content_type = "SHA-256 of the API key, lower-case hex"
  depends_on   = [azurerm_role_assignment.deployer_secrets]
  lifecycle {
    precondition {
      condition     = can(regex("^[0-9a-f]{64}$", lookup(var.api_key_hashes, each.key, "")))
      error_message = "api_key_hashes: every key named in api_keys needs its SHA-256 hash (64 lower-case hex digits)."
    }
  }
}
