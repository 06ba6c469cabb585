# Least privilege: the apps read the vault's secrets (the storage account's connection string among them).
resource "azurerm_role_assignment" "secrets_user" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.apps.principal_id
}
