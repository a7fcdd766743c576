import assert from "node:assert/strict";
import { TableClient, TableServiceClient } from "@azure/data-tables";
import type { TestProduct } from "../../../support/stack.js";

/** Every row (with its ETag) of every table of one product, by table name. */
export type StorageSnapshot = Record<string, string[]>;

/** Tables written by timers, not by requests: the Enable Auto sweep takes its nightly lease at start-up. */
const timerTables = ["leases"];

/** Reads every table of the product's prefix from Azurite (but `ignore`d ones), so a test can prove a request wrote nothing. */
export async function storageSnapshot(product: TestProduct, options: { ignore?: string[] } = {}): Promise<StorageSnapshot> {
  const connection = product.infra.azurite.connectionString;
  const prefix = product.config.tablePrefix;
  const service = TableServiceClient.fromConnectionString(connection, { allowInsecureConnection: true });
  const names: string[] = [];
  for await (const table of service.listTables()) {
    const name = table.name ?? "";
    const short = name.slice(prefix.length);
    if (name.startsWith(prefix) && !timerTables.includes(short) && !(options.ignore ?? []).includes(short)) names.push(name);
  }
  const snapshot: StorageSnapshot = {};
  await Promise.all(
    names.map(async (name) => {
      const rows: string[] = [];
      for await (const entity of TableClient.fromConnectionString(connection, name, { allowInsecureConnection: true }).listEntities()) rows.push(JSON.stringify(entity));
      snapshot[name.slice(prefix.length)] = rows.sort();
    }),
  );
  return snapshot;
}

/** Fails naming the tables whose rows changed between two snapshots (a table created empty is no write). */
export function assertNothingWritten(before: StorageSnapshot, after: StorageSnapshot, context: string): void {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...tables].filter((t) => JSON.stringify(before[t] ?? []) !== JSON.stringify(after[t] ?? []));
  const detail = changed.map((t) => `${t}: ${(after[t] ?? []).filter((row) => !(before[t] ?? []).includes(row)).slice(0, 2).join(" | ")}`);
  assert.deepEqual(changed, [], `${context} wrote to storage:\n${detail.join("\n")}`);
}
