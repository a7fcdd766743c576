import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { graphReply } from '../graph/graph-reply.js';
import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { READ_BACKUP, WRITE_BACKUP_CONFIGURATION } from './backup-permissions.js';
import { backupCall, identityOf, readBackupBody, requireServiceEnabled } from './backup-request.js';
import { jobView } from './job-view.js';
import { findPolicy, scopeFor } from './policy-lookup.js';
import { addRefs } from './policy-units.js';
import type { ResourceCatalog } from './resource-catalog.js';
import type { JobRecord } from './tenant-backup.js';
import type { ResourceRef } from './unit-table.js';
import { BACKUP_ROOT, WORKLOADS, type Workload } from './workloads.js';

/** Resources one bulk addition job may carry (Microsoft's documented limit). */
export const MAX_JOB_RESOURCES = 50_000;

const Entries = z.array(z.string().min(1).regex(/^[^\n]*$/, 'no line breaks')).nullish();

type Resolved = { refs: ResourceRef[]; failures: JobRecord['failures'] };

function resolveAll(catalog: ResourceCatalog, workload: Workload, ids: readonly string[], names: readonly string[]): Resolved {
  const out: Resolved = { refs: [], failures: [] };
  const take = (raw: string, index: number | undefined, field: string): void => {
    if (index !== undefined) out.refs.push(index);
    else out.failures.push({ code: workload.notFoundCode, message: `The ${workload.noun} '${raw}' (${field}) could not be resolved.`, target: raw });
  };
  for (const raw of ids) take(raw, catalog.byId(raw), workload.jobIdsField);
  for (const raw of names) take(raw, catalog.byName(raw), workload.jobNamesField);
  return out;
}

function createJob(workload: Workload) {
  const schema = z.object({ displayName: z.string().max(1024).nullish(), [workload.jobIdsField]: Entries, [workload.jobNamesField]: Entries }).passthrough();
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, WRITE_BACKUP_CONFIGURATION);
    const policy = findPolicy(call, ctx.params.id ?? '', workload);
    requireServiceEnabled(call);
    const body = await readBackupBody(ctx, schema, 'InvalidCreateRequest');
    const ids = (body[workload.jobIdsField] as string[] | null | undefined) ?? [];
    const names = (body[workload.jobNamesField] as string[] | null | undefined) ?? [];
    const total = ids.length + names.length;
    if (total === 0) throw new GraphError(400, 'InvalidCreateRequest', `Give at least one of '${workload.jobIdsField}' or '${workload.jobNamesField}'.`);
    if (total > MAX_JOB_RESOURCES) {
      throw new GraphError(400, 'BulkJobResourceLimitExceeded', `A bulk addition job accepts at most ${MAX_JOB_RESOURCES} resources; this request has ${total}. Split it into several jobs.`);
    }
    const scope = scopeFor(call, policy);
    const { refs, failures } = resolveAll(scope.catalog, workload, ids, names);
    const by = identityOf(call.principal);
    const job: JobRecord = {
      id: randomUUID(), displayName: (body.displayName as string | null | undefined) ?? null, createdAt: call.now,
      completeAt: call.now + call.settings.jobCompleteAfterMs, createdBy: by, ids: ids.join('\n'), names: names.join('\n'), failures,
    };
    // The units appear (and start protecting) when the job completes.
    addRefs(call.backup, policy, scope.catalog, refs, job.completeAt, by);
    policy.jobs.push(job);
    const reply = graphReply(ctx.app, `solutions/backupRestore/${workload.policies}('${policy.id}')/${workload.jobs}/$entity`, jobView(job, workload, call.now));
    return { ...reply, status: 201 };
  };
}

function listJobs(workload: Workload) {
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, READ_BACKUP);
    const policy = findPolicy(call, ctx.params.id ?? '', workload);
    const value = policy.jobs.map((j) => jobView(j, workload, call.now));
    return graphReply(ctx.app, `solutions/backupRestore/${workload.policies}('${policy.id}')/${workload.jobs}`, { value });
  };
}

function getJob(workload: Workload) {
  return async (ctx: RequestContext): Promise<Reply> => {
    const call = await backupCall(ctx, READ_BACKUP);
    const policy = findPolicy(call, ctx.params.id ?? '', workload);
    const jobId = (ctx.params.jobId ?? '').toLowerCase();
    const job = policy.jobs.find((j) => j.id === jobId);
    if (!job) throw new GraphError(404, 'Request_ResourceNotFound', `Bulk addition job '${ctx.params.jobId ?? ''}' was not found in policy ${policy.id}.`);
    return graphReply(ctx.app, `solutions/backupRestore/${workload.policies}('${policy.id}')/${workload.jobs}/$entity`, jobView(job, workload, call.now));
  };
}

/** Bulk addition jobs per workload: create (≤ 50,000 resources), list, get. */
export const bulkJobsRoutes: Route[] = WORKLOADS.flatMap((w): Route[] => {
  const base = `${BACKUP_ROOT}/${w.policies}/:id/${w.jobs}`;
  return [
    { method: 'POST', path: base, style: 'graph', handle: createJob(w) },
    { method: 'GET', path: base, style: 'graph', handle: listJobs(w) },
    { method: 'GET', path: `${base}/:jobId`, style: 'graph', handle: getJob(w) },
  ];
});
