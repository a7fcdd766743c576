import { TableClient, TableServiceClient } from "@azure/data-tables";

/** Options for {@link createTableClientFactory}: a prefix keeps test runs and environments apart. */
export interface TableClientFactoryOptions {
  tablePrefix?: string;
}

/** Makes TableClients from one connection string; `ensure` creates the table on first use. */
export interface TableClientFactory {
  ensure(name: string): Promise<TableClient>;
  /** Cheap round trip for readiness checks. */
  ping(): Promise<void>;
}

/** Builds the factory; http endpoints (Azurite) are allowed only because local mode configures them. */
export function createTableClientFactory(connectionString: string, options: TableClientFactoryOptions = {}): TableClientFactory {
  const prefix = options.tablePrefix ?? "";
  const allowInsecureConnection = /DefaultEndpointsProtocol=http;|TableEndpoint=http:\/\//i.test(connectionString);
  const ready = new Map<string, Promise<TableClient>>();
  const service = TableServiceClient.fromConnectionString(connectionString, { allowInsecureConnection });
  return {
    ensure(name) {
      const tableName = `${prefix}${name}`;
      let client = ready.get(tableName);
      if (!client) {
        const tableClient = TableClient.fromConnectionString(connectionString, tableName, { allowInsecureConnection });
        client = tableClient.createTable().then(() => tableClient);
        client.catch(() => ready.delete(tableName));
        ready.set(tableName, client);
      }
      return client;
    },
    async ping() {
      await service.getProperties();
    },
  };
}
