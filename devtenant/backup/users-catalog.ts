import { userIdFor, userIndexFromId } from '../seed/user-id.js';
import type { Tenant } from '../state/tenant-registry.js';
import type { ResourceCatalog } from './resource-catalog.js';

/** Mailboxes and OneDrives: one per user of the tenant's (lazily generated) directory. */
export function usersCatalog(tenant: Tenant): ResourceCatalog {
  const tenantId = tenant.seed.tenantId;
  const dir = tenant.directory;
  return {
    byId(raw) {
      const index = userIndexFromId(tenantId, raw);
      return index !== undefined && index < dir.size && !dir.isDeleted(index) ? index : undefined;
    },
    byName(raw) {
      return raw.includes('@') ? dir.find(raw)?.index : undefined;
    },
    gone: (index) => dir.isDeleted(index),
    canonicalId: (index) => userIdFor(tenantId, index),
    fields(index) {
      const user = dir.at(index);
      return { directoryObjectId: userIdFor(tenantId, index), email: user?.mail ?? null, displayName: user?.displayName ?? null };
    },
  };
}
