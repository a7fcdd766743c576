import type { Job } from "../../domain/job.js";
import type { ToDo } from "../../ports/tenant-user-store.port.js";
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
 * until their bulk job is submitted. `synced`: the list as this call's sync step just wrote it, not read again.
 */
export async function snapshotTargets(deps: SnapshotDeps, job: Job, synced: ToDo | null = null): Promise<{ total: number; neverAdded: boolean }> {
  const toDo = synced ?? (await deps.tenantUsers.readToDo(job.tenantId));
  const pages = toDo.complete ? [await deps.tenantUsers.get(job.tenantId, toDo.ids)] : deps.tenantUsers.scan(job.tenantId);
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
  if (settled.length > 0) await deps.tenantUsers.clearToDo(job.tenantId, settled);
  return { total: ids.length, neverAdded };
}
