# The Function App's identity, with the least roles it needs, all on this environment's resources only.
locals {
  app_principal_id = azapi_resource.function_app.identity[0].principal_id

  app_storage_roles = toset([
    # The Functions host's leases and the deployed package; the task hub's lease and large-message blobs.
    "Storage Blob Data Owner",
    # The task hub's control and work-item queues; the app sends escalations and faults, and creates a
    # missing queue at its first message.
    "Storage Queue Data Contributor",
    # The task hub's history and instance tables; the course tables (created here, and by the app at start when missing).
    "Storage Table Data Contributor",
  ])
}

resource "azurerm_role_assignment" "app_storage" {
  for_each             = local.app_storage_roles
  scope                = azurerm_storage_account.main.id
  role_definition_name = each.value
  principal_id         = local.app_principal_id
  principal_type       = "ServicePrincipal"
}

# Reads the API keys' hashes (Key Vault references in settings.tf); writes nothing.
resource "azurerm_role_assignment" "app_secrets" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = local.app_principal_id
  principal_type       = "ServicePrincipal"
}

# A visitation system reads, and deletes what it has handled, on its own municipality's queue only.
resource "azurerm_role_assignment" "escalation_readers" {
  for_each             = var.escalation_readers
  scope                = azurerm_storage_queue.escalations[each.key].id
  role_definition_name = "Storage Queue Data Message Processor"
  principal_id         = each.value
}

# The operators' tools read the faulted courses' queue.
resource "azurerm_role_assignment" "fault_readers" {
  for_each             = toset(var.fault_readers)
  scope                = azurerm_storage_queue.faults.id
  role_definition_name = "Storage Queue Data Message Processor"
  principal_id         = each.value
}
