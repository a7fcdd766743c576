import type { BackupState } from "../domain/job.js";
import type { DirectoryUser } from "./directory.port.js";

/** A customer tenant's user as we keep it: directory facts from Graph delta plus our protection state. */
export type StoredUser = DirectoryUser & {
  tenantId: string;
  backup: BackupState;
  backupError: string | null;
};

/** Users per tenant (partition = tenant id), kept in sync from Graph `/users/delta`. */
export interface TenantUserStore {
  upsertDirectory(tenantId: string, users: DirectoryUser[]): Promise<void>;
  remove(tenantId: string, userIds: string[]): Promise<void>;
  setBackup(tenantId: string, updates: Array<{ id: string; backup: BackupState; backupError: string | null }>): Promise<void>;
  get(tenantId: string, userIds: string[]): Promise<StoredUser[]>;
  /** Every user of the tenant, page by page, in id order. */
  scan(tenantId: string): AsyncIterable<StoredUser[]>;
  getDeltaLink(tenantId: string): Promise<{ deltaLink: string | null; syncedAt: string | null }>;
  setDeltaLink(tenantId: string, deltaLink: string, syncedAt: string): Promise<void>;
}
