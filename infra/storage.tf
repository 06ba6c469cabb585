# The storage account of everything: the Durable Task task hub (its queues, tables and lease blobs),
# the course tables, the escalation queues, and the container the app's package is deployed to.
# No shared key: the app, the Functions host and the deployment reach it with the Function App's
# system-assigned identity, and every other reader with an Entra ID identity and a role (roles.tf).
resource "azurerm_storage_account" "main" {
  name                            = replace("st${local.name}", "-", "")
  location                        = azurerm_resource_group.main.location
  resource_group_name             = azurerm_resource_group.main.name
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  https_traffic_only_enabled      = true
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = false
  default_to_oauth_authentication = true
  tags                            = local.tags

  # The task hub's name and partition count are fixed for good: every course in flight lives here.
  lifecycle {
    prevent_destroy = true
  }
}

# The account was azurerm_storage_account.queues in the Container Apps configuration.
moved {
  from = azurerm_storage_account.queues
  to   = azurerm_storage_account.main
}

# Flex Consumption runs the app from the package the deployment puts here.
resource "azurerm_storage_container" "package" {
  name                  = "app-package"
  storage_account_id    = azurerm_storage_account.main.id
  container_access_type = "private"
}

# The course tables (AzureCourseStores in src/Genoptraening.Workflows): each course's events, requests
# and answers; the course list and report rows; the CPR numbers. The Functions app does not create
# them at start, so they are made here; the task hub makes its own tables, queues and blobs. Through
# Resource Manager: azurerm_storage_table works on the data plane and reads table ACLs with the
# shared key, which this account refuses.
resource "azapi_resource" "course_table" {
  for_each  = toset(["courseevents", "courses", "personaldata", "personaldataaudit"])
  type      = "Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01"
  name      = each.value
  parent_id = "${azurerm_storage_account.main.id}/tableServices/default"
  body      = {}

  lifecycle {
    prevent_destroy = true
  }
}

# One queue per municipality, so that each visitation system can be given its own queue only.
# The app would create a missing queue at its first escalation (it may: Storage Queue Data
# Contributor), but a queue Terraform has not made cannot have a reader's role (roles.tf).
resource "azurerm_storage_queue" "escalations" {
  for_each           = toset(var.municipalities)
  name               = "escalations-${each.value}"
  storage_account_id = azurerm_storage_account.main.id

  # Unread escalations are never deleted by a plan; a municipality's queue goes by hand, once read.
  lifecycle {
    prevent_destroy = true
  }
}

# The operators' queue: a course whose step failed every try (docs/escalations.md).
resource "azurerm_storage_queue" "faults" {
  name               = "course-faults"
  storage_account_id = azurerm_storage_account.main.id

  lifecycle {
    prevent_destroy = true
  }
}
