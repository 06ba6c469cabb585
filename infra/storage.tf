# The storage account of everything: the Durable Task task hub, the course tables and the escalation
# queues, one per municipality. No public blob access, TLS 1.2 or later. Shared keys stay enabled: the
# host connects with the account's connection string, and operations hand each municipality a SAS
# scoped to its own queue (docs/deployment.md).
resource "azurerm_storage_account" "queues" {
  name                            = replace("st${local.name}", "-", "")
  location                        = azurerm_resource_group.main.location
  resource_group_name             = azurerm_resource_group.main.name
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  https_traffic_only_enabled      = true
  allow_nested_items_to_be_public = false
  tags                            = local.tags
}

resource "azurerm_storage_queue" "escalations" {
  for_each             = toset(var.municipalities)
  name                 = "escalations-${each.value}"
  storage_account_name = azurerm_storage_account.queues.name
}
