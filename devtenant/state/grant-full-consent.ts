import { APPLICATION_PERMISSIONS, DELEGATED_PERMISSIONS } from '../seed/permissions.js';
import type { ConsentGrant, ConsentStore } from './consent-store.js';

/** Grants every permission the app requires for a tenant, as admin consent does. */
export function grantFullConsent(consents: ConsentStore, tenantId: string, grantedBy: string): ConsentGrant {
  return consents.grant({
    tenantId,
    applicationPermissions: APPLICATION_PERMISSIONS.map((p) => p.name),
    delegatedPermissions: DELEGATED_PERMISSIONS.map((p) => p.name),
    grantedBy,
  });
}
