import { odata, type TableClient, type TransactionAction } from "@azure/data-tables";
import { jobIdTimePrefix, type Job } from "../domain/job.js";
import type { JobStore } from "../ports/job-store.port.js";
import { getOrNull, isStorableKey, replaceIfUnchanged, translateStorageError } from "./table-errors.js";
import { submitInBatches } from "./table-batches.js";
import type { TableClientFactory } from "./table-client-factory.js";

type JobEntity = Omit<Job, "mspTenantId" | "customerId" | "id" | "counts" | "failures" | "policyIds" | "workloads" | "reporting" | "bulkJobIds" | "etag"> & {
  partitionKey: string;
  rowKey: string;
  mspTenantId: string;
  customerId: string;
  counts: string;
  failures: string;
  policyIds: string;
  workloads: string;
  reporting: string;
  bulkJobIds?: string;
};

/** A Table string property holds 32K UTF-16 characters; chunks stay under this with room. */
const charsPerChunk = 30_000;
/** Site ids contain commas (`host,siteGuid,webGuid`); a newline is in none of the ids we store. */
const separator = "\n";

/** Packs ids into newline-joined chunks of at most `charsPerChunk` characters, in order. */
function packIds(ids: string[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const id of ids) {
    if (current.length > 0 && length + id.length + 1 > charsPerChunk) {
      chunks.push(current.join(separator));
      current = [];
      length = 0;
    }
    current.push(id);
    length += id.length + 1;
  }
  if (current.length > 0) chunks.push(current.join(separator));
  return chunks;
}
const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Jobs in `jobs` (partition = MSP|customer), their targets in `jobtargets` and batches in `jobbatches` (partition = job id). */
export function createJobRepository(tables: TableClientFactory): JobStore {
  const jobs = (): Promise<TableClient> => tables.ensure("jobs");
  const targets = (): Promise<TableClient> => tables.ensure("jobtargets");
  const batches = (): Promise<TableClient> => tables.ensure("jobbatches");
  const guard = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw translateStorageError(error, what);
    }
  };
  /** Every job the filter selects (a filter storage evaluates: only matching rows come back). */
  const query = async (filter: string): Promise<Job[]> => {
    const client = await jobs();
    const out: Job[] = [];
    await guard("jobs", async () => {
      for await (const row of client.listEntities<JobEntity>({ queryOptions: { filter } })) out.push(fromEntity(row));
    });
    return out;
  };
  return {
    async create(job) {
      const client = await jobs();
      const result = await guard("job", () => client.createEntity(toEntity(job)));
      return { ...job, etag: result.etag };
    },
    async get(mspTenantId, customerId, jobId) {
      if (!isStorableKey(customerId) || !isStorableKey(jobId)) return null;
      const client = await jobs();
      const row = await getOrNull(() => client.getEntity<JobEntity>(`${mspTenantId}|${customerId}`, jobId), "job");
      return row ? fromEntity(row) : null;
    },
    async update(job) {
      const client = await jobs();
      return { ...job, etag: await replaceIfUnchanged(client, toEntity(job), job.etag, "job") };
    },
    async list(mspTenantId, customerId, options = {}) {
      const limit = options.limit ?? 50;
      const scope = [odata`PartitionKey eq ${`${mspTenantId}|${customerId}`}`, ...(options.kind ? [odata`kind eq ${options.kind}`] : [])];
      // Job ids begin with their creation time, so the last 30 days are read first, then the last year, then the rest:
      // a customer with a year of nightly Enable Auto jobs is not read whole to show its newest.
      const found: Job[] = [];
      let before: string | null = null;
      for (const days of [30, 365, null]) {
        const from = days === null ? null : jobIdTimePrefix(Date.now() - days * 86_400_000);
        const range = [...(from ? [odata`RowKey ge ${from}`] : []), ...(before ? [odata`RowKey lt ${before}`] : [])];
        found.push(...(await query([...scope, ...range].join(" and "))));
        if (found.length >= limit || from === null) break;
        before = from;
      }
      return newestFirst(found).slice(0, limit);
    },
    async listActive(mspTenantId, customerId) {
      return newestFirst(await query(odata`PartitionKey eq ${`${mspTenantId}|${customerId}`} and (status eq 'queued' or status eq 'running' or status eq 'paused')`));
    },
    async listUnfinished() {
      return query("status eq 'queued' or status eq 'running'");
    },
    async writeTargets(jobId, ids) {
      const client = await targets();
      const chunks = packIds(ids);
      // The first chunk says how many there are, so a reader fetches the rest at once.
      const rows = chunks.map((chunk, i) => ({ partitionKey: jobId, rowKey: pad(i, 6), ids: chunk, ...(i === 0 ? { chunks: chunks.length } : {}) }));
      // One chunk (up to ~800 users): a plain write, without a transaction's envelope.
      if (rows.length === 1) await guard("job targets", () => client.upsertEntity(rows[0]!, "Replace"));
      else await submitInBatches(client, rows.map((row): TransactionAction => ["upsert", row, "Replace"]), "job targets", { concurrency: 1 });
    },
    async readTargets(jobId) {
      const client = await targets();
      // Point reads, not a query: cheap in Azure, and in Azurite, which answers any query by scanning the whole table.
      const read = (i: number) => getOrNull(() => client.getEntity<{ ids: string; chunks?: number }>(jobId, pad(i, 6)), "job targets");
      const first = await read(0);
      if (!first) return [];
      const rest = await Promise.all(Array.from({ length: Math.max(0, (first.chunks ?? 1) - 1) }, (_, i) => read(i + 1)));
      return [first, ...rest].flatMap((row) => (row?.ids ? row.ids.split(separator) : []));
    },
    async getBatch(jobId, index) {
      const client = await batches();
      const row = await getOrNull(() => client.getEntity<{ displayName: string; bulkJobId: string }>(jobId, pad(index, 4)), "job batch");
      return row ? { displayName: row.displayName, bulkJobId: row.bulkJobId || null } : null;
    },
    async putBatch(jobId, index, batch) {
      const client = await batches();
      await guard("job batch", () => client.upsertEntity({ partitionKey: jobId, rowKey: pad(index, 4), displayName: batch.displayName, bulkJobId: batch.bulkJobId ?? "" }, "Merge"));
    },
    async claimBatch(jobId, index, displayName) {
      const client = await batches();
      await guard("job batch", () => client.createEntity({ partitionKey: jobId, rowKey: pad(index, 4), displayName, bulkJobId: "" }));
    },
  };
}

function newestFirst(jobs: Job[]): Job[] {
  return jobs.sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}

function toEntity(job: Job): JobEntity {
  const { etag: _etag, counts, failures, policyIds, workloads, reporting, bulkJobIds, ...rest } = job;
  return {
    ...rest,
    partitionKey: `${job.mspTenantId}|${job.customerId}`,
    rowKey: job.id,
    counts: JSON.stringify(counts),
    failures: JSON.stringify(failures),
    policyIds: JSON.stringify(policyIds),
    workloads: workloads ? JSON.stringify(workloads) : "",
    reporting: reporting ? JSON.stringify(reporting) : "",
    ...(bulkJobIds ? { bulkJobIds: JSON.stringify(bulkJobIds) } : {}),
  };
}

function fromEntity(row: JobEntity & { etag?: string }): Job {
  const { partitionKey: _p, rowKey, counts, failures, policyIds, workloads, reporting, bulkJobIds, ...rest } = row as JobEntity & { etag?: string; timestamp?: string; "odata.metadata"?: string };
  delete (rest as { timestamp?: string }).timestamp;
  return {
    ...(rest as Omit<Job, "id" | "counts" | "failures" | "policyIds" | "workloads" | "reporting">),
    id: rowKey,
    counts: JSON.parse(counts),
    failures: JSON.parse(failures),
    policyIds: policyIds ? JSON.parse(policyIds) : {},
    workloads: workloads ? JSON.parse(workloads) : null,
    reporting: reporting ? JSON.parse(reporting) : null,
    ...(bulkJobIds ? { bulkJobIds: JSON.parse(bulkJobIds) as Record<string, string> } : {}),
    finishedAt: rest.finishedAt || null,
    pausedReason: rest.pausedReason || null,
  };
}
