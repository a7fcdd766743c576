import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import type { Tenant } from '../state/tenant-registry.js';
import { authorizeGraph } from './auth-guard.js';
import { graphReply } from './graph-reply.js';
import { READ_ORGANIZATION } from './permissions.js';

/** The tenant as Graph's `organization` resource (names and types from the v1.0 model). */
export function organizationView(tenant: Tenant): Record<string, unknown> {
  const { seed } = tenant;
  return {
    id: seed.tenantId,
    deletedDateTime: null,
    businessPhones: ['+61 2 9000 0000'],
    city: 'Sydney',
    country: 'Australia',
    countryLetterCode: 'AU',
    createdDateTime: seed.createdDateTime,
    defaultUsageLocation: 'AU',
    displayName: seed.displayName,
    marketingNotificationEmails: [],
    onPremisesLastSyncDateTime: null,
    onPremisesSyncEnabled: null,
    postalCode: '2000',
    preferredLanguage: 'en',
    securityComplianceNotificationMails: [],
    securityComplianceNotificationPhones: [],
    state: 'NSW',
    street: '1 George Street',
    technicalNotificationMails: [`admin@${seed.domain}`],
    tenantType: 'AAD',
    assignedPlans: [],
    privacyProfile: null,
    provisionedPlans: [],
    verifiedDomains: [
      { capabilities: 'Email, OfficeCommunicationsOnline', isDefault: true, isInitial: true, name: seed.domain, type: 'Managed' },
    ],
  };
}

async function listOrganization(ctx: RequestContext): Promise<Reply> {
  const principal = await authorizeGraph(ctx, READ_ORGANIZATION);
  return graphReply(ctx.app, 'organization', { value: [organizationView(principal.tenant)] });
}

async function getOrganization(ctx: RequestContext): Promise<Reply> {
  const principal = await authorizeGraph(ctx, READ_ORGANIZATION);
  const id = ctx.params.id ?? '';
  if (id.toLowerCase() !== principal.tenant.seed.tenantId) {
    throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  }
  return graphReply(ctx.app, 'organization/$entity', organizationView(principal.tenant));
}

/** GET /v1.0/organization and GET /v1.0/organization/{id}. */
export const organizationRoutes: Route[] = [
  { method: 'GET', path: '/v1.0/organization', style: 'graph', handle: listOrganization },
  { method: 'GET', path: '/v1.0/organization/:id', style: 'graph', handle: getOrganization },
];
