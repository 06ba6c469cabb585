# Least privilege: the apps may put messages on the escalation queues and read the vault's secrets.
resource "azurerm_role_assignment" "queue_sender" {
  scope                = azurerm_storage_account.queues.id
  role_definition_name = "Storage Queue Data Message Sender"
  principal_id         = azurerm_user_assigned_identity.apps.principal_id
}

resource "azurerm_role_assignment" "secrets_user" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.apps.principal_id
}
