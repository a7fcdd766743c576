import { odata, type TableClient } from "@azure/data-tables";
import type { Customer } from "../domain/customer.js";
import { workloads } from "../ports/backup.port.js";
import type { CustomerStore } from "../ports/customer-store.port.js";
import { isStorableKey, getOrNull, replaceIfUnchanged, storageStatus, translateStorageError } from "./table-errors.js";
import type { TableClientFactory } from "./table-client-factory.js";

type CustomerEntity = Omit<Customer, "mspTenantId" | "id" | "etag" | "activePolicyIds"> & { partitionKey: string; rowKey: string; activePolicyIds?: string };

/** Customers in the `customers` table: partition = MSP tenant, row = customer id. */
export function createCustomerRepository(tables: TableClientFactory): CustomerStore {
  const table = (): Promise<TableClient> => tables.ensure("customers");
  return {
    async list(mspTenantId) {
      const client = await table();
      const out: Customer[] = [];
      try {
        const rows = client.listEntities<CustomerEntity>({ queryOptions: { filter: odata`PartitionKey eq ${mspTenantId}` } });
        for await (const row of rows) out.push(fromEntity(row));
      } catch (error) {
        throw translateStorageError(error, "customer list");
      }
      return out.sort((a, b) => a.name.localeCompare(b.name));
    },
    async listAutoEnabled() {
      const client = await table();
      const out: Customer[] = [];
      try {
        for await (const row of client.listEntities<CustomerEntity>({ queryOptions: { filter: "autoEnable eq true" } })) out.push(fromEntity(row));
      } catch (error) {
        throw translateStorageError(error, "customer list");
      }
      return out;
    },
    async get(mspTenantId, customerId) {
      if (!isStorableKey(customerId)) return null; // Azure answers 400 (Azurite 500) for such a key: no customer has it
      const client = await table();
      const row = await getOrNull(() => client.getEntity<CustomerEntity>(mspTenantId, customerId), "customer");
      return row ? fromEntity(row) : null;
    },
    async createIfAbsent(customer) {
      const client = await table();
      try {
        await client.createEntity(toEntity(customer));
      } catch (error) {
        if (storageStatus(error) !== 409) throw translateStorageError(error, "customer");
      }
    },
    async update(customer) {
      const client = await table();
      return { ...customer, etag: await replaceIfUnchanged(client, toEntity(customer), customer.etag, "customer") };
    },
  };
}

function toEntity(customer: Customer): CustomerEntity {
  const { mspTenantId, id, etag: _etag, activePolicyIds, ...rest } = customer;
  return { partitionKey: mspTenantId, rowKey: id, ...rest, activePolicyIds: JSON.stringify(activePolicyIds ?? {}) };
}

function fromEntity(row: CustomerEntity & { etag?: string }): Customer {
  return {
    mspTenantId: row.partitionKey,
    id: row.rowKey,
    name: row.name,
    product: row.product,
    origin: row.origin,
    tenantId: row.tenantId ?? null,
    tenantDomain: row.tenantDomain ?? null,
    tenantDisplayName: row.tenantDisplayName ?? null,
    connection: row.connection,
    connectedAt: row.connectedAt ?? null,
    connectedBy: row.connectedBy ?? null,
    lastConsentError: row.lastConsentError ?? null,
    backupActivation: row.backupActivation ?? null,
    backupActiveFrom: row.backupActiveFrom ?? null,
    autoEnable: row.autoEnable ?? false,
    autoEnabledAt: row.autoEnabledAt ?? null,
    lastAutoRunAt: row.lastAutoRunAt ?? null,
    lastAutoRunJobId: row.lastAutoRunJobId ?? null,
    activePolicyIds: parsePolicyIds(row.activePolicyIds),
    etag: row.etag,
  };
}

function parsePolicyIds(raw: string | undefined): Customer["activePolicyIds"] {
  try {
    const value: unknown = raw ? JSON.parse(raw) : {};
    if (typeof value !== "object" || value === null) return {};
    const out: Customer["activePolicyIds"] = {};
    for (const workload of workloads) {
      const id = (value as Record<string, unknown>)[workload];
      if (typeof id === "string" && id) out[workload] = id;
    }
    return out;
  } catch {
    return {};
  }
}
