variable "environment" {
  description = "Short name of the environment, e.g. prod or test; part of every resource name."
  type        = string
  validation {
    # Key Vault names (kv-genoptraening-<env>) allow 24 characters, storage accounts (stgenoptraening<env>) 24.
    condition     = can(regex("^[a-z0-9]{2,7}$", var.environment))
    error_message = "environment: 2-7 lower-case letters or digits."
  }
}

variable "location" {
  description = "Azure region; EU data residency. The region must offer Flex Consumption (az functionapp list-flexconsumption-locations)."
  type        = string
  default     = "swedencentral"
  validation {
    condition     = contains(["swedencentral", "northeurope", "westeurope"], var.location)
    error_message = "location: an EU region (swedencentral, northeurope, westeurope)."
  }
}

variable "entra_tenant_id" {
  description = "The Entra ID tenant of the dashboard's app registration (its users sign in there)."
  type        = string
}

variable "entra_client_id" {
  description = "The application (client) id of the dashboard's app registration, with the app roles visitator.<municipality> and administrator (docs/deployment.md)."
  type        = string
}

variable "municipalities" {
  description = "Every municipality id of the catalog the app ships (catalog/*.json); each gets the queue escalations-<id>."
  type        = list(string)
  default     = ["kommune-002", "kommune-004", "mariagerfjord", "norddjurs", "rebild"]
}

variable "api_keys" {
  description = "API keys by name: role (hospital, municipality, admin) and scope (a hospital's sender, a municipality's id). The SHA-256 hashes are in api_key_hashes."
  type = map(object({
    role         = string
    sender       = optional(string)
    municipality = optional(string)
  }))
  validation {
    condition     = length(var.api_keys) > 0
    error_message = "api_keys: at least one key (the API answers no one without)."
  }
  validation {
    condition     = alltrue([for name, key in var.api_keys : can(regex("^[0-9A-Za-z-]{1,100}$", name))])
    error_message = "api_keys: a key's name is letters, digits and hyphens (it names the Key Vault secret api-key-<name>)."
  }
  validation {
    condition = alltrue([
      for key in values(var.api_keys) :
      key.role == "admin" || (key.role == "hospital" && key.sender != null) || (key.role == "municipality" && key.municipality != null)
    ])
    error_message = "api_keys: role hospital needs sender, role municipality needs municipality, or role admin."
  }
}

variable "api_key_hashes" {
  description = "SHA-256 (lower-case hex) of each API key, by the key's name in api_keys; stored in Key Vault."
  type        = map(string)
  sensitive   = true
}

variable "ggop_receivers" {
  description = "GGOP receiver EAN number -> municipality id (Intake:Receivers)."
  type        = map(string)
  default     = {}
}

variable "escalation_readers" {
  description = "Municipality id -> object id of the Entra ID principal (service principal, managed identity or group) of its visitation system, given Storage Queue Data Message Processor on escalations-<municipality> only."
  type        = map(string)
  default     = {}
  validation {
    condition     = alltrue([for municipality in keys(var.escalation_readers) : contains(var.municipalities, municipality)])
    error_message = "escalation_readers: every municipality must be in municipalities."
  }
}

variable "fault_readers" {
  description = "Object ids of the Entra ID principals (operators, their tools) given Storage Queue Data Message Processor on course-faults."
  type        = list(string)
  default     = []
}

variable "always_ready_instances" {
  description = "Always-ready instances of each of the HTTP and Durable groups (billed while idle; 0 lets a group scale to zero and cold-start)."
  type        = number
  default     = 1
}

variable "maximum_instance_count" {
  description = "Flex Consumption's limit on the app's instances. Orchestrations run on at most 4 (the task hub's partitions); activities and HTTP on any."
  type        = number
  default     = 40
}

variable "instance_memory_mb" {
  description = "Memory of each instance in MB, one of the sizes Flex Consumption offers (e.g. 2048, 4096)."
  type        = number
  default     = 2048
}

variable "audit_retention_days" {
  description = "How long the audit trail's blobs are immutable: ten years, as the courses they audit are kept (journalføringsbekendtgørelsen § 15)."
  type        = number
  default     = 3653
  validation {
    condition     = var.audit_retention_days >= 365
    error_message = "audit_retention_days: at least a year."
  }
}

variable "audit_policy_locked" {
  description = "Lock the audit trail's immutability policy: once locked it can be lengthened, never shortened or removed. Set true after the first deployment is checked."
  type        = bool
  default     = false
}

variable "operator_email" {
  description = "Where the operators' alerts go (not ready, faulted courses, late timers, requests past the bound): docs/operations.md."
  type        = string
}
