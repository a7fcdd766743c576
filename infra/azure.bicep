// Backup365 for Teams: the Azure resources of one cloud environment.
// Deployed by `teamsapp provision` (arm/deploy) with infra/azure.parameters.json. Outputs in UPPER_CASE
// are written by the toolkit into env/.env.<name> under the same names. Not compiled in this repository's
// checks (no Bicep CLI offline): run `az bicep build --file infra/azure.bicep` before a first deployment.

@description('Lower-case letters and digits; every resource name starts with it.')
@minLength(3)
@maxLength(12)
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan SKU; Basic (B1) or above, because alwaysOn is not available on Free/Shared.')
param appServiceSku string = 'B1'

@description('Command App Service runs to start the server in cloud mode.')
param startupCommand string = 'npm run start:cloud'

@description('The Entra app (multi-tenant): Graph client, tab SSO audience and bot identity.')
param aadAppClientId string
param aadAppTenantId string
param aadAppOauthAuthorityHost string = 'https://login.microsoftonline.com'

@secure()
@description('The Entra app client secret; stored in Key Vault, never in app settings.')
param aadAppClientSecret string

param botId string = aadAppClientId
param botDisplayName string = 'Backup365 for Teams'

@description('SingleTenant: Azure stopped accepting new multi-tenant bot registrations after 2025-07-31. The Entra app itself stays multi-tenant for customer consent.')
@allowed(['SingleTenant', 'MultiTenant'])
param botAppType string = 'SingleTenant'

@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('MSP tenants whose staff may sign in (comma-separated); by default the tenant the Entra app lives in.')
param mspTenantIds string = aadAppTenantId

@description('Report emails\' sending mailbox per MSP tenant (`tenantId=address,...`); empty: the staff member who asked.')
param reportSenders string = ''

@secure()
@description('Signs the single-use consent state. A fresh value each deployment is fine: a state lives 10 minutes.')
param consentSigningKey string = newGuid()

var names = {
  identity: '${resourceBaseName}-id'
  plan: '${resourceBaseName}-plan'
  web: '${resourceBaseName}-web'
  storage: toLower(replace('${resourceBaseName}store', '-', ''))
  keyVault: '${resourceBaseName}-kv'
  logs: '${resourceBaseName}-logs'
  insights: '${resourceBaseName}-ai'
  bot: '${resourceBaseName}-bot'
}
var secretNames = {
  clientSecret: 'aad-app-client-secret'
  consentSigningKey: 'consent-signing-key'
}
var roles = {
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
}

// The server's identity. User-assigned, so it exists (with its roles) before the Web App first starts and
// resolves its Key Vault references; the server reaches Storage with it (B365_MANAGED_IDENTITY_CLIENT_ID).
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.logs
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.storage
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false // Entra ID (managed identity) only: no account key exists to leak
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.keyVault
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource clientSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: secretNames.clientSecret
  properties: { value: aadAppClientSecret }
}

resource signingKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: secretNames.consentSigningKey
  properties: { value: consentSigningKey }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

// App Service resolves these with its managed identity (Key Vault Secrets User, below).
var clientSecretReference = '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${clientSecret.name})'
var signingKeyReference = '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${signingKey.name})'

// The data-plane roles come first (dependsOn below), so the first start finds its secrets and storage.
resource tableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource queueRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, roles.keyVaultSecretsUser)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: names.web
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [tableRole, queueRole, secretsRole]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appCommandLine: startupCommand
      appSettings: [
        // server/config/settings.ts names and validates every one; cloud mode refuses to start without them.
        { name: 'B365_MODE', value: 'cloud' }
        { name: 'B365_PUBLIC_BASE_URL', value: 'https://${names.web}.azurewebsites.net' }
        { name: 'B365_AUTHORITY_HOST', value: aadAppOauthAuthorityHost }
        { name: 'B365_CLIENT_ID', value: aadAppClientId }
        { name: 'B365_CLIENT_SECRET', value: clientSecretReference }
        { name: 'B365_MSP_TENANT_IDS', value: mspTenantIds }
        { name: 'B365_STORAGE_TABLE_ENDPOINT', value: storage.properties.primaryEndpoints.table }
        { name: 'B365_STORAGE_QUEUE_ENDPOINT', value: storage.properties.primaryEndpoints.queue }
        { name: 'B365_MANAGED_IDENTITY_CLIENT_ID', value: identity.properties.clientId }
        { name: 'B365_CONSENT_SIGNING_KEY', value: signingKeyReference }
        { name: 'B365_REPORT_SENDERS', value: reportSenders }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        // platform
        { name: 'NODE_ENV', value: 'production' }
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botId
    msaAppType: botAppType
    msaAppTenantId: botAppType == 'MultiTenant' ? '' : aadAppTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output TAB_DOMAIN string = web.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${web.properties.defaultHostName}'
output BOT_ENDPOINT string = 'https://${web.properties.defaultHostName}/api/messages'
output AZURE_APP_SERVICE_RESOURCE_ID string = web.id
output AZURE_KEY_VAULT_NAME string = keyVault.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output STORAGE_TABLE_ENDPOINT string = storage.properties.primaryEndpoints.table
output STORAGE_QUEUE_ENDPOINT string = storage.properties.primaryEndpoints.queue
