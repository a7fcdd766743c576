import { iso } from './backup-request.js';
import type { JobRecord } from './tenant-backup.js';
import type { Workload } from './workloads.js';

/** A job's status now: `active` until its completion time, then `completed` or `completedWithErrors`. */
export function jobStatus(job: JobRecord, now: number): 'active' | 'completed' | 'completedWithErrors' {
  if (now < job.completeAt) return 'active';
  return job.failures.length > 0 ? 'completedWithErrors' : 'completed';
}

function list(joined: string): string[] {
  return joined === '' ? [] : joined.split('\n');
}

/** Graph `mailboxProtectionUnitsBulkAdditionJob` and its drive and site equivalents. */
export function jobView(job: JobRecord, workload: Workload, now: number): Record<string, unknown> {
  const status = jobStatus(job, now);
  const total = list(job.ids).length + list(job.names).length;
  const error =
    status === 'completedWithErrors'
      ? {
          code: 'ResourceResolutionFailed',
          message: `${job.failures.length} of ${total} resources could not be resolved and were not added to the policy.`,
          details: job.failures,
        }
      : null;
  return {
    '@odata.type': `#microsoft.graph.${workload.jobType}`,
    id: job.id,
    displayName: job.displayName,
    status,
    createdDateTime: iso(job.createdAt),
    createdBy: job.createdBy,
    lastModifiedDateTime: iso(status === 'active' ? job.createdAt : job.completeAt),
    lastModifiedBy: job.createdBy,
    [workload.jobIdsField]: list(job.ids),
    [workload.jobNamesField]: list(job.names),
    error,
  };
}
