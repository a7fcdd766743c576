import { graphReply } from '../graph/graph-reply.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { READ_BACKUP, WRITE_BACKUP_CONFIGURATION } from './backup-permissions.js';
import { backupCall, identityOf, requireServiceEnabled } from './backup-request.js';
import { findPolicy, renderPolicy } from './policy-lookup.js';
import { BACKUP_ROOT, WORKLOADS, type Workload } from './workloads.js';

const BASE = `${BACKUP_ROOT}/protectionPolicies`;

async function listAll(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, READ_BACKUP);
  return graphReply(ctx.app, 'solutions/backupRestore/protectionPolicies', { value: call.backup.policies.map((p) => renderPolicy(call, p)) });
}

async function getOne(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, READ_BACKUP);
  return graphReply(ctx.app, 'solutions/backupRestore/protectionPolicies/$entity', renderPolicy(call, findPolicy(call, ctx.params.id ?? '')));
}

/** The `activate` action: the policy turns `active` (idempotent); its units start protecting from now. */
function activate(workload?: Workload) {
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, WRITE_BACKUP_CONFIGURATION);
    const policy = findPolicy(call, ctx.params.id ?? '', workload);
    requireServiceEnabled(call);
    if (policy.activatedAt === null) Object.assign(policy, { activatedAt: call.now, modifiedAt: call.now, modifiedBy: identityOf(call.principal) });
    return graphReply(ctx.app, 'microsoft.graph.protectionPolicyBase', renderPolicy(call, policy));
  };
}

/** All policies (`protectionPolicies`), and `activate` bound to a policy through any of its collections. */
export const protectionPoliciesRoutes: Route[] = [
  { method: 'GET', path: BASE, style: 'graph', handle: listAll },
  { method: 'GET', path: `${BASE}/:id`, style: 'graph', handle: getOne },
  { method: 'POST', path: `${BASE}/:id/activate`, style: 'graph', handle: activate() },
  ...WORKLOADS.map((w): Route => ({ method: 'POST', path: `${BACKUP_ROOT}/${w.policies}/:id/activate`, style: 'graph', handle: activate(w) })),
];
