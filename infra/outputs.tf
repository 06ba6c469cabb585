output "api_url" {
  description = "The API and dashboard."
  value       = "https://${azurerm_container_app.app["api"].ingress[0].fqdn}"
}

output "queue_endpoint" {
  description = "The escalation queues' endpoint (escalations-<municipality>)."
  value       = azurerm_storage_account.queues.primary_queue_endpoint
}

output "key_vault" {
  value = azurerm_key_vault.main.name
}
