import { isAppError } from "../domain/app-error.js";
import type { ToDo } from "../ports/tenant-user-store.port.js";
import type { ProvisioningDeps } from "./deps.js";

/** An incremental read's deltaLink not stored yet (`defer`): the caller stores it once the read's users are seen to. */
export interface PendingDeltaLink {
  deltaLink: string;
  syncedAt: string;
  noted: string[];
}

/** What a sync changed, and the to-do list as its deltaLink write left it (null if that write did not touch the list). */
export interface SyncResult {
  upserted: number;
  removed: number;
  full: boolean;
  toDo: ToDo | null;
  /** Users an incremental read brought that we did not have (inserted, so off): their state is known without a read. */
  created: string[];
  /** `defer` and an incremental read: the write left to the caller (`toDo` is then the list as it would leave it). */
  pending: PendingDeltaLink | null;
}

type SyncDeps = Pick<ProvisioningDeps, "directory" | "tenantUsers" | "clock">;

/**
 * Brings our copy of a tenant's users up to date with Graph `/users/delta`: a full read the first time,
 * then only changes since the stored deltaLink. The new deltaLink is stored only after every page is written,
 * so a crash mid-way repeats the same (idempotent) upserts. Users an incremental read brings (new, or changed) are
 * noted on the tenant's to-do list with the new deltaLink, in one write, so All finds new users without reading
 * everyone (a crash before it reads the same changes again); a full read instead makes the list incomplete until an
 * All has looked at every user again.
 * `defer` (an unattended night): an incremental read's deltaLink is not written here but returned, for the job to
 * store after its own save (with the users it submitted taken off the list in the same write). Until then the stored
 * deltaLink is the old one, so a crash before the job's save reads the same changes again.
 */
export async function syncTenantUsers(deps: SyncDeps, tenantId: string, options: { defer?: boolean } = {}): Promise<SyncResult> {
  const stored = await deps.tenantUsers.readSyncState(tenantId);
  try {
    return await read(deps, tenantId, stored, options.defer ?? false);
  } catch (error) {
    if (stored.deltaLink && isAppError(error) && error.code === "GRAPH.DELTA_EXPIRED") return read(deps, tenantId, { ...stored, deltaLink: null }, false);
    throw error;
  }
}

async function read(deps: SyncDeps, tenantId: string, stored: { deltaLink: string | null; toDo: ToDo }, defer: boolean): Promise<SyncResult> {
  const { deltaLink } = stored;
  const result: SyncResult = { upserted: 0, removed: 0, full: deltaLink === null, toDo: null, created: [], pending: null };
  const noted: string[] = [];
  const created = new Set<string>();
  let latest: string | null = null;
  for await (const page of deps.directory.readUsersDelta(tenantId, deltaLink)) {
    // An incremental read brings mostly new users: inserted first, which tells which ones we did not have.
    if (page.users.length > 0) for (const id of await deps.tenantUsers.upsertDirectory(tenantId, page.users, { insertFirst: deltaLink !== null })) created.add(id);
    if (deltaLink !== null) noted.push(...page.users.map((u) => u.id));
    if (page.removed.length > 0) await deps.tenantUsers.remove(tenantId, page.removed);
    for (const id of page.removed) created.delete(id);
    result.upserted += page.users.length;
    result.removed += page.removed.length;
    latest = page.deltaLink ?? latest;
  }
  const syncedAt = deps.clock.now().toISOString();
  if (latest && deltaLink !== null && defer) {
    result.pending = { deltaLink: latest, syncedAt, noted };
    result.toDo = { ...stored.toDo, ids: [...new Set([...stored.toDo.ids, ...noted])] };
  } else if (latest) {
    const written = await deps.tenantUsers.setDeltaLink(tenantId, latest, syncedAt, deltaLink === null ? { full: true } : { full: false, noted });
    // Nothing noted: the list is as read a moment ago (a list changed since is seen by the next read of it).
    result.toDo = written ?? (deltaLink !== null ? stored.toDo : null);
  }
  return { ...result, created: [...created] };
}
