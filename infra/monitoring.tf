# What tells the operators that something needs them (docs/operations.md says what to do for each):
# the app's readiness from outside, and the product's own metrics (OpenTelemetry, exported to
# Application Insights by the app: customMetrics).

resource "azurerm_monitor_action_group" "operators" {
  name                = "ag-${local.name}-operators"
  resource_group_name = azurerm_resource_group.main.name
  short_name          = "genoptrdrift"
  tags                = local.tags

  email_receiver {
    name                    = "operators"
    email_address           = var.operator_email
    use_common_alert_schema = true
  }
}

# The health check: /api/healthz answers 200 only when the storage account answers and the task
# hub is provisioned (live is /api/healthz/live). Flex Consumption has no App Service health check
# that replaces instances, so an availability test from three regions calls it every 5 minutes.
resource "azurerm_application_insights_standard_web_test" "ready" {
  name                    = "webtest-${local.name}-ready"
  resource_group_name     = azurerm_resource_group.main.name
  location                = azurerm_resource_group.main.location
  application_insights_id = azurerm_application_insights.main.id
  frequency               = 300
  timeout                 = 30
  enabled                 = true
  retry_enabled           = true
  geo_locations           = ["emea-nl-ams-azr", "emea-se-sto-edge", "emea-gb-db3-azr"]
  tags                    = local.tags

  request {
    url = "https://${azapi_resource.function_app.output.properties.defaultHostName}/api/healthz"
  }

  validation_rules {
    expected_status_code = 200
  }
}

resource "azurerm_monitor_metric_alert" "not_ready" {
  name                = "alert-${local.name}-not-ready"
  resource_group_name = azurerm_resource_group.main.name
  scopes              = [azurerm_application_insights_standard_web_test.ready.id, azurerm_application_insights.main.id]
  description         = "The app is not ready (storage unreachable or task hub not provisioned): docs/operations.md, \"Not ready\"."
  severity            = 1
  tags                = local.tags

  application_insights_web_test_location_availability_criteria {
    web_test_id           = azurerm_application_insights_standard_web_test.ready.id
    component_id          = azurerm_application_insights.main.id
    failed_location_count = 2
  }

  action {
    action_group_id = azurerm_monitor_action_group.operators.id
  }
}

# The product's metrics, each with the threshold docs/operations.md explains.
locals {
  metric_alerts = {
    faulted = {
      description = "A course is faulted: docs/operations.md, \"Faulted courses\"."
      severity    = 2
      query       = "customMetrics | where name == 'genoptraening.courses.faulted' | summarize value = sum(valueSum)"
      threshold   = 0
    }
    timer_lateness = {
      description = "A timer woke its course more than 5 minutes late (the largest lateness in 15 minutes): docs/operations.md, \"Timer lateness\"."
      severity    = 2
      query       = "customMetrics | where name == 'genoptraening.timer.lateness' | summarize value = max(valueMax)"
      threshold   = 300
    }
    past_bound = {
      description = "Requests are answered 202 because their step took longer than 10 s: docs/operations.md, \"Requests past the bound\"."
      severity    = 3
      query       = "customMetrics | where name == 'genoptraening.requests.past_bound' | summarize value = sum(valueSum)"
      threshold   = 10
    }
  }
}

resource "azurerm_monitor_scheduled_query_rules_alert_v2" "metric" {
  for_each             = local.metric_alerts
  name                 = "alert-${local.name}-${replace(each.key, "_", "-")}"
  resource_group_name  = azurerm_resource_group.main.name
  location             = azurerm_resource_group.main.location
  scopes               = [azurerm_application_insights.main.id]
  description          = each.value.description
  severity             = each.value.severity
  evaluation_frequency = "PT5M"
  window_duration      = "PT15M"
  tags                 = local.tags

  criteria {
    query                   = each.value.query
    time_aggregation_method = "Maximum"
    metric_measure_column   = "value"
    operator                = "GreaterThan"
    threshold               = each.value.threshold
  }

  action {
    action_groups = [azurerm_monitor_action_group.operators.id]
  }
}
