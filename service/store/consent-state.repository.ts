import type { TableClient } from "@azure/data-tables";
import type { ConsentState, ConsentStateStore } from "../ports/consent-state-store.port.js";
import { getOrNull, replaceIfUnchanged, translateStorageError } from "./table-errors.js";
import type { TableClientFactory } from "./table-client-factory.js";

type ConsentStateEntity = Omit<ConsentState, "id" | "etag"> & { partitionKey: string; rowKey: string };
const row = "state";

/** Consent attempts in the `consentstates` table: partition = attempt id (point reads only). */
export function createConsentStateRepository(tables: TableClientFactory): ConsentStateStore {
  const table = (): Promise<TableClient> => tables.ensure("consentstates");
  return {
    async create(state) {
      const client = await table();
      try {
        await client.createEntity(toEntity(state));
      } catch (error) {
        throw translateStorageError(error, "consent attempt");
      }
    },
    async get(id) {
      const client = await table();
      const entity = await getOrNull(() => client.getEntity<ConsentStateEntity>(id, row), "consent attempt");
      return entity ? fromEntity(entity) : null;
    },
    async update(state) {
      const client = await table();
      return { ...state, etag: await replaceIfUnchanged(client, toEntity(state), state.etag, "consent attempt") };
    },
  };
}

function toEntity(state: ConsentState): ConsentStateEntity {
  const { id, etag: _etag, ...rest } = state;
  return { partitionKey: id, rowKey: row, ...rest };
}

function fromEntity(entity: ConsentStateEntity & { etag?: string }): ConsentState {
  return {
    id: entity.partitionKey,
    mspTenantId: entity.mspTenantId,
    customerId: entity.customerId,
    staffOid: entity.staffOid,
    staffName: entity.staffName,
    createdAt: entity.createdAt,
    expiresAt: entity.expiresAt,
    startedAt: entity.startedAt ?? null,
    browserBinding: entity.browserBinding ?? null,
    usedAt: entity.usedAt ?? null,
    outcome: entity.outcome ?? null,
    etag: entity.etag,
  };
}
