import { jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';

/** The MSP staff (every named user of an MSP tenant) with their app roles, for tests. */
export const staffRoutes: Route[] = [
  {
    method: 'GET',
    path: '/_devtenant/staff',
    style: 'admin',
    handle: ({ app }) => {
      const staff = [];
      for (const tenant of app.state.tenants.list()) {
        if (tenant.seed.kind !== 'msp') continue;
        for (let i = 0; i < tenant.seed.namedUsers.length; i += 1) {
          const user = tenant.directory.at(i);
          if (!user) continue;
          staff.push({
            tenantId: tenant.seed.tenantId,
            tenantDisplayName: tenant.seed.displayName,
            id: user.id,
            displayName: user.displayName,
            userPrincipalName: user.userPrincipalName,
            roles: [...user.appRoles],
            isGlobalAdmin: user.isGlobalAdmin,
          });
        }
      }
      return jsonReply(200, { staff });
    },
  },
];
