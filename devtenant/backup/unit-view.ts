import { userIdFor, userIndexFromId } from '../seed/user-id.js';
import { iso } from './backup-request.js';
import { refFields } from './resource-catalog.js';
import type { UnitScope, UnitState } from './unit-status.js';

/** A unit's Graph id: a GUID that encodes its position in the policy's table (O(1) lookup). */
export function unitId(policyId: string, seq: number): string {
  return userIdFor(`unit|${policyId}`, seq);
}

/** The position a unit id encodes for a policy, or undefined when it is not one of its units. */
export function unitSeq(policyId: string, id: string): number | undefined {
  return userIndexFromId(`unit|${policyId}`, id);
}

/** Graph `mailboxProtectionUnit` / `driveProtectionUnit` / `siteProtectionUnit`, rendered from the compact record. */
export function unitView(scope: UnitScope, seq: number, state: UnitState): Record<string, unknown> {
  const { policy, catalog, workload } = scope;
  const createdBy = policy.units.createdBy(seq);
  return {
    '@odata.type': `#microsoft.graph.${workload.unitType}`,
    id: unitId(policy.id, seq),
    policyId: policy.id,
    ...refFields(catalog, workload, policy.units.ref(seq)),
    status: state.status,
    createdDateTime: iso(policy.units.createdAt(seq)),
    createdBy,
    lastModifiedDateTime: iso(state.modifiedAt),
    lastModifiedBy: createdBy,
    offboardRequestedDateTime: null,
    protectionSources: 'manual',
    error: state.error,
  };
}
