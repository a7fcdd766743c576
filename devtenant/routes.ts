import { consentsRoutes } from './admin/consents.route.js';
import { connectorRoutes } from './connector/connector.routes.js';
import { backupRoutes } from './backup/backup.routes.js';
import { batchRoutes } from './batch/batch.route.js';
import { countersRoutes } from './admin/counters.route.js';
import { faultsRoutes } from './admin/faults.route.js';
import { latencyRoutes } from './admin/latency.route.js';
import { mintRoutes } from './admin/mint.route.js';
import { staffRoutes } from './admin/staff.route.js';
import { tenantUsersRoutes } from './admin/tenant-users.route.js';
import { tenantsRoutes } from './admin/tenants.route.js';
import { organizationRoutes } from './graph/organization.route.js';
import { sharePointRoutes } from './sharepoint/sharepoint.routes.js';
import { userItemRoutes } from './graph/user-item.route.js';
import { usersDeltaRoutes } from './graph/users-delta.route.js';
import { usersRoutes } from './graph/users.route.js';
import { Router } from './http/router.js';
import { authorizeRoutes } from './identity/authorize.route.js';
import { consentRoutes } from './identity/consent.route.js';
import { keysRoutes } from './identity/keys.route.js';
import { loginRoutes } from './identity/login.route.js';
import { mailRoutes } from './mail/mail.routes.js';
import { logoutRoutes } from './identity/logout.route.js';
import { metadataRoutes } from './identity/metadata.route.js';
import { tokenRoutes } from './identity/token.route.js';

/**
 * The one route table both listeners serve. A new Graph area is a new `*.route.ts` file (or an
 * area's `*.routes.ts`) and one line here.
 */
export function buildRouter(): Router {
  return new Router().add(
    ...metadataRoutes,
    ...keysRoutes,
    ...tokenRoutes,
    ...authorizeRoutes,
    ...loginRoutes,
    ...consentRoutes,
    ...logoutRoutes,
    ...organizationRoutes,
    ...usersRoutes,
    ...userItemRoutes,
    ...usersDeltaRoutes,
    ...countersRoutes,
    ...faultsRoutes,
    ...latencyRoutes,
    ...tenantsRoutes,
    ...tenantUsersRoutes,
    ...consentsRoutes,
    ...mintRoutes,
    ...staffRoutes,
    ...backupRoutes,
    ...connectorRoutes,
    ...sharePointRoutes,
    ...mailRoutes,
    ...batchRoutes,
  );
}
