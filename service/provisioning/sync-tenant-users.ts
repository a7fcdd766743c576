import { isAppError } from "../domain/app-error.js";
import type { ToDo } from "../ports/tenant-user-store.port.js";
import type { ProvisioningDeps } from "./deps.js";

/** What a sync changed, and the to-do list as its deltaLink write left it (null if that write did not touch the list). */
export interface SyncResult {
  upserted: number;
  removed: number;
  full: boolean;
  toDo: ToDo | null;
  /** Users an incremental read brought that we did not have (inserted, so off): their state is known without a read. */
  created: string[];
}

/**
 * Brings our copy of a tenant's users up to date with Graph `/users/delta`: a full read the first time,
 * then only changes since the stored deltaLink. The new deltaLink is stored only after every page is written,
 * so a crash mid-way repeats the same (idempotent) upserts. Users an incremental read brings (new, or changed) are
 * noted on the tenant's to-do list with the new deltaLink, in one write, so All finds new users without reading
 * everyone (a crash before it reads the same changes again); a full read instead makes the list incomplete until an
 * All has looked at every user again.
 */
export async function syncTenantUsers(deps: Pick<ProvisioningDeps, "directory" | "tenantUsers" | "clock">, tenantId: string): Promise<SyncResult> {
  const stored = await deps.tenantUsers.getDeltaLink(tenantId);
  try {
    return await read(deps, tenantId, stored.deltaLink);
  } catch (error) {
    if (stored.deltaLink && isAppError(error) && error.code === "GRAPH.DELTA_EXPIRED") return read(deps, tenantId, null);
    throw error;
  }
}

async function read(deps: Pick<ProvisioningDeps, "directory" | "tenantUsers" | "clock">, tenantId: string, deltaLink: string | null): Promise<SyncResult> {
  const result: SyncResult = { upserted: 0, removed: 0, full: deltaLink === null, toDo: null, created: [] };
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
  const read = deltaLink === null ? ({ full: true } as const) : ({ full: false, noted } as const);
  if (latest) result.toDo = await deps.tenantUsers.setDeltaLink(tenantId, latest, deps.clock.now().toISOString(), read);
  return { ...result, created: [...created] };
}
