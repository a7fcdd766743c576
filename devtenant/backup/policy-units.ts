import { z } from 'zod';
import { GraphError } from '../http/graph-error.js';
import type { BackupCall } from './backup-request.js';
import { refBucket, resolveRef, type ResourceCatalog } from './resource-catalog.js';
import type { IdentitySet, PolicyRecord, TenantBackup } from './tenant-backup.js';
import type { ResourceRef } from './unit-table.js';
import { unitSeq } from './unit-view.js';
import type { Workload } from './workloads.js';

/** Units one create or PATCH request may carry (Microsoft's documented limit). */
export const MAX_UNITS_PER_REQUEST = 50;

/** An inline unit item: `{ directoryObjectId }`, `{ email }`, `{ siteId }`, `{ siteWebUrl }`; with `@removed` (and/or `id`) it removes. */
export const UnitItemSchema = z
  .object({
    id: z.string().optional(),
    directoryObjectId: z.string().min(1).optional(),
    email: z.string().min(1).optional(),
    siteId: z.string().min(1).optional(),
    siteWebUrl: z.string().min(1).optional(),
    '@removed': z.record(z.unknown()).optional(),
  })
  .passthrough();

type UnitItem = z.infer<typeof UnitItemSchema>;

/** 413 ProtectionUnitsLimitBreached above 50 units in one request. */
export function checkUnitLimit(items: readonly unknown[] | undefined): void {
  if (items && items.length > MAX_UNITS_PER_REQUEST) {
    throw new GraphError(413, 'ProtectionUnitsLimitBreached', `Number of Protection Units in each request must not exceed ${MAX_UNITS_PER_REQUEST}; this request has ${items.length}. Use a bulk addition job for more.`);
  }
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SHAPES: Record<string, RegExp> = {
  directoryObjectId: new RegExp(`^${GUID}$`, 'i'),
  email: /^[^@\s]+@[^@\s]+$/,
  siteId: new RegExp(`^([a-z0-9.-]+,)?${GUID}(,${GUID})?$`, 'i'),
  siteWebUrl: /^https:\/\/\S+$/i,
};

function checkShape(field: string, raw: string): string {
  if (!SHAPES[field]?.test(raw)) throw new GraphError(400, 'InvalidProtectionUnitId', `'${raw}' is not a valid ${field}.`);
  return raw;
}

/** The resource of an item; well-formed but unknown resources are kept and fail later (like Microsoft's). */
function itemRef(catalog: ResourceCatalog, workload: Workload, item: UnitItem): ResourceRef | undefined {
  const id = item[workload.itemIdField];
  const name = item[workload.itemNameField];
  if (id !== undefined) return resolveRef(catalog, 'id', checkShape(workload.itemIdField, id));
  if (name !== undefined) return resolveRef(catalog, 'name', checkShape(workload.itemNameField, name));
  return undefined;
}

/**
 * Adds resources to a policy at `createdAt`. A resource that is already a unit is not added again;
 * each such attempt counts in `duplicateUnitAdds`. Returns the units' positions.
 */
export function addRefs(backup: TenantBackup, policy: PolicyRecord, catalog: ResourceCatalog, refs: Iterable<ResourceRef>, createdAt: number, by: IdentitySet): number[] {
  const seqs: number[] = [];
  for (const ref of refs) {
    if (!policy.units.add(ref, refBucket(catalog, ref), createdAt, by)) backup.duplicateUnitAdds += 1;
    seqs.push(policy.units.find(ref) as number);
  }
  return seqs;
}

/** Applies inline items (create, or PATCH `<units>@delta`): adds and removals. Returns touched units. */
export function applyUnitItems(call: BackupCall, policy: PolicyRecord, catalog: ResourceCatalog, workload: Workload, items: readonly UnitItem[], by: IdentitySet): number[] {
  const touched: number[] = [];
  for (const item of items) {
    const ref = itemRef(catalog, workload, item);
    if (item['@removed'] !== undefined) {
      const seq = item.id !== undefined ? unitSeq(policy.id, item.id) : ref === undefined ? undefined : policy.units.find(ref);
      if (seq !== undefined && seq < policy.units.length) {
        policy.units.remove(seq, call.now);
        touched.push(seq);
      }
      continue;
    }
    if (ref === undefined) {
      throw new GraphError(400, 'InvalidProtectionUnitId', `Each item of ${workload.units} needs '${workload.itemIdField}' or '${workload.itemNameField}'.`);
    }
    touched.push(...addRefs(call.backup, policy, catalog, [ref], call.now, by));
  }
  return touched;
}
