import { odata, type TableClient } from "@azure/data-tables";
import { randomUUID } from "node:crypto";
import type { AuditEntry, AuditLog } from "../ports/audit-log.port.js";
import { translateStorageError } from "./table-errors.js";
import type { TableClientFactory } from "./table-client-factory.js";

type AuditEntity = Omit<AuditEntry, "mspTenantId" | "customerId"> & { partitionKey: string; rowKey: string; mspTenantId: string; customerId: string };
const maxTime = 8_640_000_000_000_000;

/** The audit trail in the `audit` table: partition = MSP|customer, rows newest first (inverted time). */
export function createAuditRepository(tables: TableClientFactory): AuditLog {
  const table = (): Promise<TableClient> => tables.ensure("audit");
  return {
    async append(entry) {
      const client = await table();
      const inverted = String(maxTime - Date.parse(entry.at)).padStart(16, "0");
      try {
        await client.createEntity<AuditEntity>({ partitionKey: partition(entry), rowKey: `${inverted}-${randomUUID()}`, ...entry });
      } catch (error) {
        throw translateStorageError(error, "audit entry");
      }
    },
    async list(mspTenantId, customerId, options = {}) {
      const client = await table();
      const limit = options.limit ?? 100;
      const out: AuditEntry[] = [];
      try {
        const filter = odata`PartitionKey eq ${partition({ mspTenantId, customerId })}`;
        for await (const row of client.listEntities<AuditEntity>({ queryOptions: { filter } })) {
          const { partitionKey: _p, rowKey: _r, ...entry } = row;
          out.push({ mspTenantId: entry.mspTenantId, customerId: entry.customerId, at: entry.at, actorOid: entry.actorOid, actorName: entry.actorName, action: entry.action, outcome: entry.outcome, detail: entry.detail });
          if (out.length >= limit) break;
        }
      } catch (error) {
        throw translateStorageError(error, "audit trail");
      }
      return out;
    },
  };
}

function partition(entry: { mspTenantId: string; customerId: string }): string {
  return `${entry.mspTenantId}|${entry.customerId}`;
}
