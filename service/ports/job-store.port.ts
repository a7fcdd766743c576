import type { Job, JobKind } from "../domain/job.js";

/** Enable jobs and their target lists; writes carry ETags so two instances never both advance a step. */
export interface JobStore {
  create(job: Job): Promise<Job>;
  get(mspTenantId: string, customerId: string, jobId: string): Promise<Job | null>;
  update(job: Job): Promise<Job>;
  /** The customer's newest jobs (of one kind, if given), newest first; reads recent ones first, not the whole history. */
  list(mspTenantId: string, customerId: string, options?: { limit?: number; kind?: JobKind }): Promise<Job[]>;
  /** The customer's jobs still queued, running or paused (filtered by storage: its cost does not grow with history). */
  listActive(mspTenantId: string, customerId: string): Promise<Job[]>;
  /** Jobs of every customer that are queued or running (start-up recovery). */
  listUnfinished(): Promise<Job[]>;
  /** The job's target user ids, written once as its intent (chunked). */
  writeTargets(jobId: string, userIds: string[]): Promise<void>;
  readTargets(jobId: string): Promise<string[]>;
  /** One bulk-addition batch of a job: its name, then Microsoft's id once created. */
  getBatch(jobId: string, index: number): Promise<{ displayName: string; bulkJobId: string | null } | null>;
  putBatch(jobId: string, index: number, batch: { displayName: string; bulkJobId: string | null }): Promise<void>;
  /** Records a batch that does not exist yet (its name, no id); STORE.CONFLICT if someone recorded it first. */
  claimBatch(jobId: string, index: number, displayName: string): Promise<void>;
}
