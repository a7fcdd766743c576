import { odata, type TableClient } from "@azure/data-tables";
import type { ReportRecord, ReportStore } from "../ports/report-store.port.js";
import { storageStatus, translateStorageError } from "./table-errors.js";
import type { TableClientFactory } from "./table-client-factory.js";

type ReportEntity = Omit<ReportRecord, "jobId" | "key" | "to" | "etag"> & { partitionKey: string; rowKey: string; to: string };

/** Report emails in `reports` (partition = job id, row = the report's key). */
export function createReportRepository(tables: TableClientFactory): ReportStore {
  const table = (): Promise<TableClient> => tables.ensure("reports");
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw translateStorageError(error, "report");
    }
  };
  const collect = async (client: TableClient, filter: string, limit = Infinity): Promise<ReportRecord[]> =>
    guard(async () => {
      const out: ReportRecord[] = [];
      for await (const row of client.listEntities<ReportEntity>({ queryOptions: { filter } })) {
        out.push(fromEntity(row));
        if (out.length >= limit) break;
      }
      return out;
    });
  return {
    async add(report) {
      const client = await table();
      try {
        await client.createEntity(toEntity(report));
        return true;
      } catch (error) {
        if (storageStatus(error) === 409) return false;
        throw translateStorageError(error, "report");
      }
    },
    async list(jobId) {
      return (await collect(await table(), odata`PartitionKey eq ${jobId}`)).sort((a, b) => a.key.localeCompare(b.key));
    },
    async listDue(nowMs, limit) {
      return collect(await table(), odata`(status eq 'pending' or status eq 'sending') and nextAttemptAt le ${nowMs}`, limit);
    },
    async update(report) {
      const client = await table();
      try {
        const result = await client.updateEntity(toEntity(report), "Replace", { etag: report.etag ?? "*" });
        return { ...report, etag: result.etag };
      } catch (error) {
        if (storageStatus(error) === 412) return null;
        throw translateStorageError(error, "report");
      }
    },
  };
}

function toEntity(report: ReportRecord): ReportEntity {
  const { jobId, key, to, etag: _etag, ...rest } = report;
  return { ...rest, partitionKey: jobId, rowKey: key, to: to.join(",") };
}

function fromEntity(row: ReportEntity & { etag?: string; timestamp?: string }): ReportRecord {
  const { partitionKey, rowKey, to, timestamp: _t, ...rest } = row as ReportEntity & { etag?: string; timestamp?: string; "odata.metadata"?: string };
  delete (rest as { "odata.metadata"?: string })["odata.metadata"];
  return { ...(rest as Omit<ReportRecord, "jobId" | "key" | "to">), jobId: partitionKey, key: rowKey, to: to ? to.split(",") : [], lastError: rest.lastError || null, sentAt: rest.sentAt || null };
}
