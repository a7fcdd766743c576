import type { TableClient } from "@azure/data-tables";
import type { LeaseStore } from "../ports/lease-store.port.js";
import { getOrNull, storageStatus, translateStorageError } from "./table-errors.js";
import type { TableClientFactory } from "./table-client-factory.js";

type LeaseEntity = { partitionKey: string; rowKey: string; holder: string; until: number; done: boolean };
const partition = "lease";

/** Leases in `leases`: create-if-absent, or take over an expired unfinished one with its ETag; one winner. */
export function createLeaseRepository(tables: TableClientFactory): LeaseStore {
  const table = (): Promise<TableClient> => tables.ensure("leases");
  return {
    async acquire(name, holder, untilMs, nowMs) {
      const client = await table();
      try {
        await client.createEntity<LeaseEntity>({ partitionKey: partition, rowKey: name, holder, until: untilMs, done: false });
        return true;
      } catch (error) {
        if (storageStatus(error) !== 409) throw translateStorageError(error, "lease");
      }
      const current = await getOrNull(() => client.getEntity<LeaseEntity>(partition, name), "lease");
      if (!current || current.done) return false;
      if (current.holder !== holder && current.until > nowMs) return false;
      try {
        await client.updateEntity<LeaseEntity>({ partitionKey: partition, rowKey: name, holder, until: untilMs, done: false }, "Replace", { etag: current.etag });
        return true;
      } catch (error) {
        if (storageStatus(error) === 412) return false;
        throw translateStorageError(error, "lease");
      }
    },
    async complete(name, holder) {
      const client = await table();
      const current = await getOrNull(() => client.getEntity<LeaseEntity>(partition, name), "lease");
      if (!current || current.holder !== holder) return;
      await client.updateEntity({ partitionKey: partition, rowKey: name, done: true }, "Merge", { etag: current.etag }).catch(() => undefined);
    },
  };
}
