/** A unit of work for any instance to take: which job to advance. */
export interface WorkItem {
  mspTenantId: string;
  customerId: string;
  jobId: string;
}

/** At-least-once work items (Azure Queue Storage); handlers must be idempotent. */
export interface WorkQueue {
  send(item: WorkItem, options?: { delaySeconds?: number }): Promise<void>;
}
