import type { Job } from "../../domain/job.js";
import type { StoredUser, ToDo } from "../../ports/tenant-user-store.port.js";
import type { ProvisioningDeps } from "../deps.js";

type SnapshotDeps = Pick<ProvisioningDeps, "tenantUsers" | "jobs">;

/**
 * All: the tenant's users not yet protected or requested, in id order, written as the job's targets (repeatable).
 * `neverAdded`: every one of them is off (none failed, so none can have a unit in the policy through us).
 *
 * Once an All has looked at every user after the latest full directory read, the tenant's to-do list (users new
 * since, or left failed) holds every user who can still be off: only those are read, so a night's cost grows with
 * what changed, not with the tenant. Before that, every user is read, and the list is marked complete. Noted users
 * who turn out not to need anything (changed but protected, removed) are taken off the list; the targets stay on it
 * until their bulk job is submitted. From this call's sync step (milliseconds before): `synced`, the list as it wrote
 * it (not read again), and `created`, the users it inserted (not there before, so off: not read back either);
 * `settle`, when the sync's deltaLink is still to be stored: the users to take off the list go with that write.
 */
export async function snapshotTargets(deps: SnapshotDeps, job: Job, synced: { toDo: ToDo | null; created: string[]; settle?: (ids: string[]) => void } = { toDo: null, created: [] }): Promise<{ total: number; neverAdded: boolean }> {
  const toDo = synced.toDo ?? (await deps.tenantUsers.readToDo(job.tenantId));
  const pages = toDo.complete ? [await notedUsers(deps, job.tenantId, toDo.ids, new Set(synced.created))] : deps.tenantUsers.scan(job.tenantId);
  const ids: string[] = [];
  let neverAdded = true;
  for await (const page of pages) {
    for (const user of page) {
      if (user.backup !== "off" && user.backup !== "failed") continue;
      ids.push(user.id);
      if (user.backup === "failed") neverAdded = false;
    }
  }
  ids.sort();
  await deps.jobs.writeTargets(job.id, ids);
  if (!toDo.complete) await deps.tenantUsers.coverToDo(job.tenantId, toDo.fullReadAt);
  const targets = new Set(ids);
  const settled = toDo.ids.filter((id) => !targets.has(id));
  if (settled.length > 0) await (synced.settle ? synced.settle(settled) : deps.tenantUsers.clearToDo(job.tenantId, settled));
  return { total: ids.length, neverAdded };
}

/** The noted users' states: those just created are off; the others are read. */
async function notedUsers(deps: SnapshotDeps, tenantId: string, ids: string[], created: Set<string>): Promise<Array<Pick<StoredUser, "id" | "backup">>> {
  const read = await deps.tenantUsers.get(tenantId, ids.filter((id) => !created.has(id)));
  return [...read, ...ids.filter((id) => created.has(id)).map((id) => ({ id, backup: "off" as const }))];
}
