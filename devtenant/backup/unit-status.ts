import type { BackupSettings } from './backup-state.js';
import type { ResourceCatalog } from './resource-catalog.js';
import type { PolicyRecord } from './tenant-backup.js';
import type { Workload } from './workloads.js';

/** A unit's status at a moment, computed from times alone (no timers run). */
export type UnitState = {
  status: 'protectRequested' | 'protected' | 'unprotected' | 'removeRequested';
  error: { code: string; message: string } | null;
  modifiedAt: number;
};

/** What computing unit states needs: one policy, its workload's catalog, the settings, and "now". */
export type UnitScope = { now: number; settings: BackupSettings; policy: PolicyRecord; catalog: ResourceCatalog; workload: Workload };

/**
 * The state of unit `seq`, or undefined while it is not visible: its bulk job has not completed yet,
 * or its removal has finished. Otherwise it is `protectRequested` until `protectAfterMs` after both
 * its creation and the policy's activation; then `protected`, or `unprotected` with an error for
 * unresolvable or deleted resources and for the `failureRate` share (by hash of the resource id).
 * A removed unit is `removeRequested` for `protectAfterMs`, then gone.
 */
export function unitState(scope: UnitScope, seq: number): UnitState | undefined {
  const { now, settings, policy, catalog, workload } = scope;
  const units = policy.units;
  const created = units.createdAt(seq);
  if (created > now) return undefined;
  const removed = units.removedAt(seq);
  if (removed !== undefined) {
    return now < removed + settings.protectAfterMs ? { status: 'removeRequested', error: null, modifiedAt: removed } : undefined;
  }
  if (policy.activatedAt === null) return { status: 'protectRequested', error: null, modifiedAt: created };
  const protectAt = Math.max(created, policy.activatedAt) + settings.protectAfterMs;
  if (now < protectAt) return { status: 'protectRequested', error: null, modifiedAt: created };
  const ref = units.ref(seq);
  const failed = typeof ref === 'string' || catalog.gone(ref) || units.bucket(seq) < settings.failureRate * 65536;
  if (!failed) return { status: 'protected', error: null, modifiedAt: protectAt };
  const message = `The ${workload.noun} could not be found, or Microsoft 365 Backup cannot protect it.`;
  return { status: 'unprotected', error: { code: workload.notFoundCode, message }, modifiedAt: protectAt };
}

/** Counts of visible units by status (one pass over the policy's table). */
export function countUnits(scope: UnitScope): { total: number; byStatus: Record<string, number> } {
  const byStatus: Record<string, number> = {};
  let total = 0;
  for (let seq = 0; seq < scope.policy.units.length; seq += 1) {
    const state = unitState(scope, seq);
    if (!state) continue;
    total += 1;
    byStatus[state.status] = (byStatus[state.status] ?? 0) + 1;
  }
  return { total, byStatus };
}
