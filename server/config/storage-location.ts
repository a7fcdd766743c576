import type { GetTokenOptions, TokenCredential } from "@azure/identity";
import type { StorageLocation } from "../../service/store/table-client-factory.js";

/** Where the tables and the queue are and how the server authenticates to them. */
export interface StorageSettings {
  tables: StorageLocation;
  queues: StorageLocation;
}

/** The parsed settings storage is built from. */
export interface StorageSource {
  storageConnectionString?: string | undefined;
  storageTableEndpoint?: string | undefined;
  storageQueueEndpoint?: string | undefined;
  managedIdentityClientId?: string | undefined;
  azureCredential: "managedIdentity" | "default";
}

/**
 * Local mode: Azurite's connection string for both. Cloud mode: the account's endpoints with an Entra ID
 * credential (the managed identity on Azure), so no storage key exists in any setting.
 */
export function storageSettings(source: StorageSource): StorageSettings {
  if (source.storageConnectionString !== undefined) return { tables: source.storageConnectionString, queues: source.storageConnectionString };
  if (!source.storageTableEndpoint || !source.storageQueueEndpoint) throw new Error("storageSettings: table and queue endpoints are required without a connection string");
  const credential = lazyAzureCredential(source);
  return { tables: { url: source.storageTableEndpoint, credential }, queues: { url: source.storageQueueEndpoint, credential } };
}

/**
 * A TokenCredential that loads @azure/identity on its first token, not at start-up: telemetry must start
 * before the Azure SDK's modules load, or its instrumentation never sees them.
 */
function lazyAzureCredential(source: StorageSource): TokenCredential {
  let credential: Promise<TokenCredential> | undefined;
  const load = async (): Promise<TokenCredential> => {
    const identity = await import("@azure/identity");
    if (source.azureCredential === "default") {
      return new identity.DefaultAzureCredential(source.managedIdentityClientId ? { managedIdentityClientId: source.managedIdentityClientId } : {});
    }
    return new identity.ManagedIdentityCredential(source.managedIdentityClientId ? { clientId: source.managedIdentityClientId } : {});
  };
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions) {
      credential ??= load().catch((error: unknown) => ((credential = undefined), Promise.reject(error)));
      return (await credential).getToken(scopes, options);
    },
  };
}
