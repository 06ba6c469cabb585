output "function_app_name" {
  description = "For publishing: func azure functionapp publish <name>."
  value       = azapi_resource.function_app.name
}

output "function_app_hostname" {
  description = "The API (https://<hostname>/api/...) and the dashboard; Entra ID sign-in at /.auth/login/aad."
  value       = azapi_resource.function_app.output.properties.defaultHostName
}

output "storage_account" {
  description = "The task hub, the course tables and the queues escalations-<municipality> and course-faults (https://<name>.queue.core.windows.net)."
  value       = azurerm_storage_account.main.name
}

output "key_vault" {
  description = "The API keys' SHA-256 hashes (secrets api-key-<name>)."
  value       = azurerm_key_vault.main.name
}
