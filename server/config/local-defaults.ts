/**
 * Local mode's settings: devtenant's seeded app registration and MSP tenants, and Azurite's well-known
 * development account. Only ever used when no cloud settings are present; cloud mode refuses them.
 */
export const localDefaults = {
  port: 3978,
  publicBaseUrl: "http://localhost:3978",
  authorityHost: "https://127.0.0.1:4400",
  graphBaseUrl: "https://127.0.0.1:4400",
  clientId: "6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b21",
  clientSecret: "devtenant-local-secret-do-not-use-in-cloud",
  /** MSP A (Northwind Managed Services) and MSP B (Fabrikam Managed Services) in devtenant. */
  mspTenantIds: ["8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c", "3c9e7a51-6b2d-4f80-a1c3-5e7d9f1b3a25"],
  storageConnectionString:
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;",
  consentSigningKey: "local-only-consent-state-signing-key-0123456789abcdef",
} as const;
