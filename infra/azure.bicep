// Backup365 for Teams: the Azure resources of one cloud environment (minimal; a later step completes it).
// Deployed by `teamsapp provision` (arm/deploy) with infra/azure.parameters.json. Outputs in UPPER_CASE
// are written by the toolkit into env/.env.<name> under the same names.

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

param teamsAppId string

@description('MSP tenants whose staff may sign in (comma-separated); by default the tenant the Entra app lives in.')
param mspTenantIds string = aadAppTenantId

@secure()
@description('Signs the single-use consent state. A fresh value each deployment is fine: a state lives 10 minutes.')
param consentSigningKey string = newGuid()

var names = {
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
// No account key: the account accepts Entra ID only, so the server must use the managed identity.
var storageLocator = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};EndpointSuffix=${environment().suffixes.storage}'

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: names.web
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appCommandLine: startupCommand
      appSettings: [
        // server/config/config.ts
        { name: 'B365_MODE', value: 'cloud' }
        { name: 'B365_PUBLIC_BASE_URL', value: 'https://${names.web}.azurewebsites.net' }
        { name: 'B365_AUTHORITY_HOST', value: aadAppOauthAuthorityHost }
        { name: 'B365_CLIENT_ID', value: aadAppClientId }
        { name: 'B365_CLIENT_SECRET', value: clientSecretReference }
        { name: 'B365_MSP_TENANT_IDS', value: mspTenantIds }
        { name: 'B365_STORAGE_CONNECTION_STRING', value: storageLocator }
        { name: 'B365_STORAGE_TABLE_ENDPOINT', value: storage.properties.primaryEndpoints.table }
        { name: 'B365_STORAGE_QUEUE_ENDPOINT', value: storage.properties.primaryEndpoints.queue }
        { name: 'B365_CONSENT_SIGNING_KEY', value: signingKeyReference }
        { name: 'B365_TEAMS_APP_ID', value: teamsAppId }
        // botbuilder's ConfigurationBotFrameworkAuthentication
        { name: 'MicrosoftAppId', value: botId }
        { name: 'MicrosoftAppPassword', value: clientSecretReference }
        { name: 'MicrosoftAppType', value: botAppType }
        { name: 'MicrosoftAppTenantId', value: aadAppTenantId }
        // platform
        { name: 'NODE_ENV', value: 'production' }
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
      ]
    }
  }
}

resource tableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, web.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource queueRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, web.id, roles.storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, web.id, roles.keyVaultSecretsUser)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
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
  properties: { channelName: 'MsTeamsChannel' }
}

output TAB_DOMAIN string = web.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${web.properties.defaultHostName}'
output BOT_ENDPOINT string = 'https://${web.properties.defaultHostName}/api/messages'
output AZURE_APP_SERVICE_RESOURCE_ID string = web.id
output AZURE_KEY_VAULT_NAME string = keyVault.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.name
output STORAGE_TABLE_ENDPOINT string = storage.properties.primaryEndpoints.table
output STORAGE_QUEUE_ENDPOINT string = storage.properties.primaryEndpoints.queue
