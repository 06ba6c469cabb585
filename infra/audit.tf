# The audit trail of the citizens' personal data (who was shown a CPR number, and every purge), kept where the app
# cannot rewrite or delete it, and the storage account's and Key Vault's own logs of who read what.

# The app appends a line a display or purge to a blob a day here (BlobAuditLog in src/Genoptraening.Workflows), before it
# shows or purges anything. Time-based immutability with protected append writes: lines may be added, and no one (the
# app's identity, with Storage Blob Data Owner, included) can change or delete a blob for ten years.
resource "azurerm_storage_container" "audit" {
  name                  = "personal-data-audit"
  storage_account_id    = azurerm_storage_account.main.id
  container_access_type = "private"

  lifecycle {
    prevent_destroy = true
  }
}

resource "azurerm_storage_container_immutability_policy" "audit" {
  storage_container_resource_manager_id = azurerm_storage_container.audit.id
  immutability_period_in_days           = var.audit_retention_days
  protected_append_writes_enabled       = true

  # Lock it (locked = true) once a deployment has shown it works: a locked policy can be lengthened, never shortened or removed.
  locked = var.audit_policy_locked
}

# Every read, write and delete on the tables (personaldata, personaldataaudit among them), the queues and the blobs, by
# whomever, and every access to Key Vault's secrets, in the Log Analytics workspace: a data role's use leaves a trace
# outside the app (docs/deployment.md, "What only Azure can show").
resource "azurerm_monitor_diagnostic_setting" "storage" {
  for_each                   = toset(["blobServices", "queueServices", "tableServices"])
  name                       = "storage-${each.value}-to-log-analytics"
  target_resource_id         = "${azurerm_storage_account.main.id}/${each.value}/default"
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "StorageRead"
  }

  enabled_log {
    category = "StorageWrite"
  }

  enabled_log {
    category = "StorageDelete"
  }
}

resource "azurerm_monitor_diagnostic_setting" "key_vault" {
  name                       = "key-vault-to-log-analytics"
  target_resource_id         = azurerm_key_vault.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "AuditEvent"
  }
}
