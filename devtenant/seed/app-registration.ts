/** The product's multi-tenant app registration, homed in MSP A: the one client devtenant knows. */
export const APP_REGISTRATION = {
  clientId: '6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b21',
  clientSecret: 'devtenant-local-secret-do-not-use-in-cloud',
  displayName: 'Backup365 for Teams',
  publisherName: 'Northwind Managed Services',
  homeTenantId: '8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c',
  appIdUri: 'api://localhost/6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b21',
  delegatedScope: 'access_as_user',
  redirectPaths: ['/auth/consent/callback', '/auth/signin/callback'],
} as const;

/** App roles that staff of an MSP may hold in the app. */
export const APP_ROLES = ['Backup.Admin', 'Backup.Operator', 'Backup.Viewer'] as const;

/** One of the app's staff roles. */
export type AppRoleName = (typeof APP_ROLES)[number];

/** Audience of Microsoft Graph tokens, as Entra writes it. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
