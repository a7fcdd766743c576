import { TableClient, TableServiceClient, type TableServiceClientOptions } from "@azure/data-tables";
import type { TokenCredential } from "@azure/identity";

/** A storage account endpoint reached with an Entra ID credential (cloud: the managed identity; no account key). */
export interface StorageEndpoint {
  /** The service's URL, e.g. `https://<account>.table.core.windows.net/` or `https://<account>.queue.core.windows.net/`. */
  url: string;
  credential: TokenCredential;
}

/** Where storage is: a connection string (Azurite, local mode) or an endpoint with a credential (cloud mode). */
export type StorageLocation = string | StorageEndpoint;

/** Options for {@link createTableClientFactory}: a prefix keeps test runs and environments apart. */
export interface TableClientFactoryOptions {
  tablePrefix?: string;
}

/** Options for {@link TableClientFactory.ping}. */
export interface PingOptions {
  signal?: AbortSignal;
}

/** Makes TableClients for one account; `ensure` creates the table on first use. */
export interface TableClientFactory {
  ensure(name: string): Promise<TableClient>;
  /**
   * A client for a table that may not exist yet, without creating it, for a read that finds out: `found()` once a
   * request to the table succeeded (or missed only its entity), and `ensure` hands this client without asking storage
   * to create the table (a cold process's first read of a tenant then costs no create request).
   */
  unchecked(name: string): { client: TableClient; found(): void };
  /** One round trip with no retries (it lists at most one table, which the data-plane role allows), for readiness checks. */
  ping(options?: PingOptions): Promise<void>;
}

interface TableConnector {
  service(options: TableServiceClientOptions): TableServiceClient;
  table(name: string): TableClient;
}

/** Builds the factory; http endpoints (Azurite) are allowed only for connection strings, which only local mode configures. */
export function createTableClientFactory(location: StorageLocation, options: TableClientFactoryOptions = {}): TableClientFactory {
  const prefix = options.tablePrefix ?? "";
  const connect = tableConnector(location);
  const ready = new Map<string, Promise<TableClient>>();
  // One client per table for the process: a TableClient builds its own HTTP pipeline.
  const clients = new Map<string, TableClient>();
  const clientOf = (tableName: string): TableClient => {
    let client = clients.get(tableName);
    if (!client) clients.set(tableName, (client = connect.table(tableName)));
    return client;
  };
  const pingClient = connect.service({ retryOptions: { maxRetries: 0 } });
  return {
    ensure(name) {
      const tableName = `${prefix}${name}`;
      let client = ready.get(tableName);
      if (!client) {
        const tableClient = clientOf(tableName);
        client = tableClient.createTable().then(() => tableClient);
        client.catch(() => ready.delete(tableName));
        ready.set(tableName, client);
      }
      return client;
    },
    unchecked(name) {
      const tableName = `${prefix}${name}`;
      const client = clientOf(tableName);
      return { client, found: () => void (ready.has(tableName) || ready.set(tableName, Promise.resolve(client))) };
    },
    async ping(pingOptions = {}) {
      await pingClient.listTables({ abortSignal: pingOptions.signal }).byPage({ maxPageSize: 1 }).next();
    },
  };
}

function tableConnector(location: StorageLocation): TableConnector {
  if (typeof location === "string") {
    const allowInsecureConnection = /DefaultEndpointsProtocol=http;|TableEndpoint=http:\/\//i.test(location);
    return {
      service: (options) => TableServiceClient.fromConnectionString(location, { allowInsecureConnection, ...options }),
      table: (name) => TableClient.fromConnectionString(location, name, { allowInsecureConnection }),
    };
  }
  // A bearer token never travels over plain http: the SDK refuses it, and cloud mode accepts https endpoints only.
  return {
    service: (options) => new TableServiceClient(location.url, location.credential, options),
    table: (name) => new TableClient(location.url, name, location.credential),
  };
}
