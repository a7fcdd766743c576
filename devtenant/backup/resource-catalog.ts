import type { Tenant } from '../state/tenant-registry.js';
import { siteCatalog } from './site-catalog.js';
import type { ResourceRef } from './unit-table.js';
import { usersCatalog } from './users-catalog.js';
import type { Workload } from './workloads.js';

/** The resource properties of a unit: directoryObjectId/email/displayName, or siteId/siteWebUrl/siteName. */
export type UnitFields = Record<string, string | null>;

/** Resolves a workload's resources (users or sites) and renders them; indices are the storage keys. */
export type ResourceCatalog = {
  /** The index of a resource given by id (directoryObjectId, siteId), or undefined. */
  byId(raw: string): number | undefined;
  /** The index of a resource given by name (email, siteWebUrl), or undefined. */
  byName(raw: string): number | undefined;
  /** Whether a resolved resource has gone since (a deleted user). */
  gone(index: number): boolean;
  /** The resource's id as Graph writes it. */
  canonicalId(index: number): string;
  /** Unit fields of a resolved resource. */
  fields(index: number): UnitFields;
};

/** The catalog of a workload in a tenant. */
export function catalogFor(tenant: Tenant, workload: Workload): ResourceCatalog {
  return workload.catalog === 'users' ? usersCatalog(tenant) : siteCatalog(tenant);
}

/** A resource reference from an id or a name; what cannot be resolved is kept as `i:<id>` / `n:<name>`. */
export function resolveRef(catalog: ResourceCatalog, kind: 'id' | 'name', raw: string): ResourceRef {
  const index = kind === 'id' ? catalog.byId(raw) : catalog.byName(raw);
  return index ?? `${kind === 'id' ? 'i' : 'n'}:${raw.toLowerCase()}`;
}

/** The unit fields of any reference, resolved or not. */
export function refFields(catalog: ResourceCatalog, workload: Workload, ref: ResourceRef): UnitFields {
  if (typeof ref === 'number') return catalog.fields(ref);
  const raw = ref.slice(2);
  const isId = ref.startsWith('i:');
  const nameField = workload.catalog === 'users' ? 'displayName' : 'siteName';
  return { [workload.itemIdField]: isId ? raw : null, [workload.itemNameField]: isId ? null : raw, [nameField]: null };
}

/** 0..65535 from an FNV-1a hash of the resource id (or of the unresolved text). */
export function refBucket(catalog: ResourceCatalog, ref: ResourceRef): number {
  const text = typeof ref === 'number' ? catalog.canonicalId(ref) : ref;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 16) & 0xffff;
}
