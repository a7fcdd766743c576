import { graphReply } from '../graph/graph-reply.js';
import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { READ_BACKUP } from './backup-permissions.js';
import { backupCall, type BackupCall } from './backup-request.js';
import { findPolicy, scopeFor } from './policy-lookup.js';
import { parseUnitsQuery, unitsPage } from './unit-query.js';
import { unitState, type UnitScope } from './unit-status.js';
import { unitSeq, unitView } from './unit-view.js';
import { BACKUP_ROOT, WORKLOADS, type Workload } from './workloads.js';

function listUnits(workload: Workload, inPolicy: boolean) {
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, READ_BACKUP);
    const policies = inPolicy ? [findPolicy(call, ctx.params.id ?? '', workload)] : call.backup.policiesOf(workload.key);
    const listKey = `${call.tenant.seed.tenantId}|${workload.key}|${inPolicy ? policies[0]?.id : '*'}`;
    const query = parseUnitsQuery(ctx, listKey);
    const fragment = inPolicy ? `solutions/backupRestore/${workload.policies}('${policies[0]?.id}')/${workload.units}` : `solutions/backupRestore/${workload.units}`;
    return graphReply(ctx.app, fragment, unitsPage(ctx, listKey, policies.map((p) => scopeFor(call, p)), query));
  };
}

function findUnit(call: BackupCall, scopes: UnitScope[], id: string): Record<string, unknown> {
  for (const scope of scopes) {
    const seq = unitSeq(scope.policy.id, id);
    const state = seq !== undefined && seq < scope.policy.units.length ? unitState(scope, seq) : undefined;
    if (seq !== undefined && state) return unitView(scope, seq, state);
  }
  throw new GraphError(404, 'ProtectionUnitNotFound', `Protection unit '${id}' was not found.`);
}

function getUnit(workload: Workload, inPolicy: boolean) {
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, READ_BACKUP);
    const policies = inPolicy ? [findPolicy(call, ctx.params.id ?? '', workload)] : call.backup.policiesOf(workload.key);
    const unit = findUnit(call, policies.map((p) => scopeFor(call, p)), ctx.params.unitId ?? '');
    return graphReply(ctx.app, `solutions/backupRestore/${workload.units}/$entity`, unit);
  };
}

/**
 * Units per workload, paged (`$top` ≤ 1000, `$filter=status eq '…'`, `$skiptoken`): under a policy
 * and across the tenant, each with a get by id.
 */
export const unitsRoutes: Route[] = WORKLOADS.flatMap((w): Route[] => {
  const inPolicy = `${BACKUP_ROOT}/${w.policies}/:id/${w.units}`;
  const all = `${BACKUP_ROOT}/${w.units}`;
  return [
    { method: 'GET', path: inPolicy, style: 'graph', handle: listUnits(w, true) },
    { method: 'GET', path: `${inPolicy}/:unitId`, style: 'graph', handle: getUnit(w, true) },
    { method: 'GET', path: all, style: 'graph', handle: listUnits(w, false) },
    { method: 'GET', path: `${all}/:unitId`, style: 'graph', handle: getUnit(w, false) },
  ];
});
