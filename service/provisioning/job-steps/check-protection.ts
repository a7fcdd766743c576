import type { BackupState } from "../../domain/job.js";
import type { StoredUser } from "../../ports/tenant-user-store.port.js";
import type { ProvisioningDeps } from "../deps.js";
import type { UnitState } from "./read-workload-progress.js";

type Stored = Pick<StoredUser, "backup" | "backupError">;
type Correction = { backup: BackupState; backupError: string | null };

/**
 * The weekly check of an Enable Auto customer (its check night): every user's stored state is compared with the
 * mailbox policy's units, and corrected where Microsoft's state drifted from ours. Users who lost their protection go
 * on the to-do list, so the next All (or night) adds them again. The job's own targets are left to tracking, and a
 * user `requested` belongs to a job still running. Returns how many users were corrected.
 */
export async function checkProtection(deps: Pick<ProvisioningDeps, "tenantUsers">, tenantId: string, census: Map<string, UnitState>, targets: Set<string>): Promise<number> {
  const updates: Array<Correction & { id: string }> = [];
  for await (const page of deps.tenantUsers.scanStates(tenantId)) {
    for (const user of page) {
      if (targets.has(user.id) || user.backup === "requested") continue;
      const corrected = correction(user, census.get(user.id));
      if (corrected) updates.push({ id: user.id, ...corrected });
    }
  }
  await deps.tenantUsers.noteToDo(tenantId, updates.filter((u) => u.backup !== "protected").map((u) => u.id));
  await deps.tenantUsers.setBackup(tenantId, updates);
  return updates.length;
}

/**
 * The state a user's unit implies, or null where ours agrees (or the unit is on its way: `protectRequested`). No unit,
 * or one leaving the policy, means a user we show protected is not (removed in Microsoft's admin centre).
 */
export function correction(stored: Stored, unit: UnitState | undefined): Correction | null {
  if (!unit || unit.backup === "off") return stored.backup === "protected" ? { backup: "off", backupError: null } : null;
  if (unit.backup === "failed") return stored.backup === "failed" && stored.backupError === unit.error ? null : { backup: "failed", backupError: unit.error };
  if (unit.backup === "protected") return stored.backup === "protected" ? null : { backup: "protected", backupError: null };
  return null;
}
