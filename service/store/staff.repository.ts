import type { TableClient } from "@azure/data-tables";
import type { Staff, StaffRole } from "../domain/staff.js";
import type { StaffStore } from "../ports/staff-store.port.js";
import { getOrNull, translateStorageError } from "./table-errors.js";
import type { TableClientFactory } from "./table-client-factory.js";

type StaffEntity = { partitionKey: string; rowKey: string; name: string; userPrincipalName: string; role: StaffRole; seenAt: string };

/** Staff in `staff`: partition = MSP tenant, row = Entra object id; refreshed from each tab sign-in. */
export function createStaffRepository(tables: TableClientFactory): StaffStore {
  const table = (): Promise<TableClient> => tables.ensure("staff");
  return {
    async record(staff, seenAt) {
      const client = await table();
      try {
        await client.upsertEntity<StaffEntity>({ partitionKey: staff.mspTenantId, rowKey: staff.oid, name: staff.name, userPrincipalName: staff.userPrincipalName, role: staff.role, seenAt }, "Replace");
      } catch (error) {
        throw translateStorageError(error, "staff record");
      }
    },
    async find(mspTenantId, oid) {
      const client = await table();
      const row = await getOrNull(() => client.getEntity<StaffEntity>(mspTenantId, oid), "staff record");
      return row ? { mspTenantId, oid, name: row.name, userPrincipalName: row.userPrincipalName, role: row.role } : null;
    },
  };
}
