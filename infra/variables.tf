variable "environment" {
  description = "Short name of the environment, e.g. prod or test; part of every resource name."
  type        = string
  validation {
    # Key Vault names (kv-genoptraening-<env>) allow 24 characters, Container Apps (ca-genoptraening-<env>-workers) 32.
    condition     = can(regex("^[a-z0-9]{2,7}$", var.environment))
    error_message = "environment: 2-7 lower-case letters or digits."
  }
}

variable "location" {
  description = "Azure region; EU data residency."
  type        = string
  default     = "swedencentral"
  validation {
    condition     = contains(["swedencentral", "northeurope", "westeurope"], var.location)
    error_message = "location: an EU region (swedencentral, northeurope, westeurope)."
  }
}

variable "image" {
  description = "The host's container image, e.g. myregistry.azurecr.io/genoptraening-api:1.0.0 (built from the Dockerfile)."
  type        = string
}

variable "municipalities" {
  description = "Every municipality id of the catalog the image ships (catalog/*.json); each gets the queue escalations-<id>. The apps may not create queues, so a municipality left out gets no escalations."
  type        = list(string)
  default     = ["kommune-002", "kommune-004", "mariagerfjord", "norddjurs", "rebild"]
}

variable "api_keys" {
  description = "API keys by name: role (hospital, municipality, admin) and scope. The SHA-256 hashes are in api_key_hashes."
  type = map(object({
    role         = string
    sender       = optional(string)
    municipality = optional(string)
  }))
  default = {}
}

variable "api_key_hashes" {
  description = "SHA-256 (hex) of each API key, by the key's name in api_keys; stored in Key Vault."
  type        = map(string)
  sensitive   = true
  default     = {}
}

variable "ggop_receivers" {
  description = "GGOP receiver EAN number -> municipality id (Intake:Receivers)."
  type        = map(string)
  default     = {}
}

variable "api_min_replicas" {
  type    = number
  default = 2
}

variable "api_max_replicas" {
  type    = number
  default = 10
}
