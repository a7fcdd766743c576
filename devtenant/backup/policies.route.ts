import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { graphReply } from '../graph/graph-reply.js';
import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { READ_BACKUP, WRITE_BACKUP_CONFIGURATION } from './backup-permissions.js';
import { backupCall, identityOf, readBackupBody, requireServiceEnabled } from './backup-request.js';
import { findPolicy, renderPolicy, scopeFor } from './policy-lookup.js';
import { applyUnitItems, checkUnitLimit, UnitItemSchema } from './policy-units.js';
import type { PolicyRecord } from './tenant-backup.js';
import { UnitTable } from './unit-table.js';
import { unitState } from './unit-status.js';
import { unitView } from './unit-view.js';
import { BACKUP_ROOT, WORKLOADS, type Workload } from './workloads.js';

const DisplayName = z.string().trim().min(1).max(1024);

function createPolicy(workload: Workload) {
  const schema = z.object({ displayName: z.unknown(), [workload.units]: z.array(UnitItemSchema).optional() }).passthrough();
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, WRITE_BACKUP_CONFIGURATION);
    requireServiceEnabled(call);
    const body = await readBackupBody(ctx, schema, 'InvalidCreateRequest');
    const displayName = DisplayName.safeParse(body.displayName);
    if (!displayName.success) throw new GraphError(400, 'InvalidDisplayName', 'Policy name length should be more than 0 and at most 1024 characters.');
    const items = body[workload.units] as z.infer<typeof UnitItemSchema>[] | undefined;
    checkUnitLimit(items);
    const existing = call.backup.policiesOf(workload.key)[0];
    if (existing) throw new GraphError(409, 'PolicyCreationNotAllowed', `Can't create Policy. Another active Policy already exists (${existing.id}).`);
    const by = identityOf(call.principal);
    const policy: PolicyRecord = {
      id: randomUUID(), workload: workload.key, displayName: displayName.data, createdAt: call.now, createdBy: by,
      modifiedAt: call.now, modifiedBy: by, activatedAt: null, units: new UnitTable(), jobs: [],
    };
    call.backup.policies.push(policy);
    applyUnitItems(call, policy, scopeFor(call, policy).catalog, workload, items ?? [], by);
    return { ...graphReply(ctx.app, `solutions/backupRestore/${workload.policies}/$entity`, renderPolicy(call, policy)), status: 201 };
  };
}

function listPolicies(workload: Workload) {
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, READ_BACKUP);
    const value = call.backup.policiesOf(workload.key).map((p) => renderPolicy(call, p));
    return graphReply(ctx.app, `solutions/backupRestore/${workload.policies}`, { value });
  };
}

function getPolicy(workload: Workload) {
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, READ_BACKUP);
    const policy = findPolicy(call, ctx.params.id ?? '', workload);
    return graphReply(ctx.app, `solutions/backupRestore/${workload.policies}/$entity`, renderPolicy(call, policy));
  };
}

function patchPolicy(workload: Workload) {
  const delta = `${workload.units}@delta`;
  const schema = z.object({ displayName: DisplayName.optional(), [delta]: z.array(UnitItemSchema).optional() }).passthrough();
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, WRITE_BACKUP_CONFIGURATION);
    const policy = findPolicy(call, ctx.params.id ?? '', workload);
    requireServiceEnabled(call);
    const body = await readBackupBody(ctx, schema);
    const items = body[delta] as z.infer<typeof UnitItemSchema>[] | undefined;
    checkUnitLimit(items);
    const by = identityOf(call.principal);
    const scope = scopeFor(call, policy);
    const touched = applyUnitItems(call, policy, scope.catalog, workload, items ?? [], by);
    if (typeof body.displayName === 'string') policy.displayName = body.displayName;
    Object.assign(policy, { modifiedAt: call.now, modifiedBy: by });
    const units = touched.flatMap((seq) => {
      const state = unitState(scope, seq);
      return state ? [unitView(scope, seq, state)] : [];
    });
    return graphReply(ctx.app, `solutions/backupRestore/${workload.policies}/$entity`, { ...renderPolicy(call, policy), [delta]: units });
  };
}

/** Per workload: create (≤ 50 inline units, one policy per workload), list, get, PATCH with `<units>@delta`. */
export const policiesRoutes: Route[] = WORKLOADS.flatMap((w): Route[] => {
  const base = `${BACKUP_ROOT}/${w.policies}`;
  return [
    { method: 'POST', path: base, style: 'graph', handle: createPolicy(w) },
    { method: 'GET', path: base, style: 'graph', handle: listPolicies(w) },
    { method: 'GET', path: `${base}/:id`, style: 'graph', handle: getPolicy(w) },
    { method: 'PATCH', path: `${base}/:id`, style: 'graph', handle: patchPolicy(w) },
  ];
});
