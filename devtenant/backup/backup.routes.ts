import type { Route } from '../http/route.js';
import { backupAdminRoutes } from './backup-admin.route.js';
import { bulkJobsRoutes } from './bulk-jobs.route.js';
import { policiesRoutes } from './policies.route.js';
import { protectionPoliciesRoutes } from './protection-policies.route.js';
import { serviceAppsRoutes } from './service-apps.route.js';
import { serviceRoutes } from './service.route.js';
import { unitsRoutes } from './units.route.js';

/** Microsoft 365 Backup under /v1.0/solutions/backupRestore, and its admin API under /_devtenant/backup. */
export const backupRoutes: Route[] = [
  ...serviceRoutes,
  ...serviceAppsRoutes,
  ...policiesRoutes,
  ...protectionPoliciesRoutes,
  ...unitsRoutes,
  ...bulkJobsRoutes,
  ...backupAdminRoutes,
];
