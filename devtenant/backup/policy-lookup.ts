import { GraphError } from '../http/graph-error.js';
import type { BackupCall } from './backup-request.js';
import { artifactCount, policyView } from './backup-views.js';
import { catalogFor } from './resource-catalog.js';
import type { PolicyRecord } from './tenant-backup.js';
import { countUnits, type UnitScope } from './unit-status.js';
import { workloadOf, type Workload } from './workloads.js';

/** A policy of the caller's tenant (of one workload when given); 404 PolicyNotFound otherwise. */
export function findPolicy(call: BackupCall, id: string, workload?: Workload): PolicyRecord {
  const policy = call.backup.policy(id);
  if (!policy || (workload && policy.workload !== workload.key)) {
    throw new GraphError(404, 'PolicyNotFound', `Protection policy '${id}' was not found.`);
  }
  return policy;
}

/** Everything needed to compute and render a policy's units during this request. */
export function scopeFor(call: BackupCall, policy: PolicyRecord): UnitScope {
  const workload = workloadOf(policy.workload);
  return { now: call.now, settings: call.settings, policy, workload, catalog: catalogFor(call.tenant, workload) };
}

/** The policy as Graph returns it, with its artifact counts (one pass over its units). */
export function renderPolicy(call: BackupCall, policy: PolicyRecord): Record<string, unknown> {
  const scope = scopeFor(call, policy);
  const { total, byStatus } = countUnits(scope);
  return policyView(policy, scope.workload, artifactCount(total, byStatus));
}
