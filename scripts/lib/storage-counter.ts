import { startSniffingPassThrough, type SniffedRequest } from "./sniffing-pass-through.js";

/** A loopback pass-through in front of an Azurite service that counts what the product asks of storage. */
export interface StorageCounter {
  port: number;
  counts(): Record<string, number>;
  reset(): void;
  close(): Promise<void>;
}

/**
 * Forwards every byte to `targetPort` unchanged (SharedKey signs the path, not the host; a sniffing TCP pass-through,
 * cheap enough not to skew the bench's CPU figures) and counts each request by kind:
 * `table query|get|insert|update <table>`, `table batch <table>` plus `table row <METHOD> <table>` per operation in it,
 * `queue send|receive|update|delete|other`. Table names lose `prefix`, so the figures read as the product's tables.
 */
export async function startStorageCounter(targetPort: number, prefix: string): Promise<StorageCounter> {
  let counts: Record<string, number> = {};
  const add = (key: string, n = 1) => void (counts[key] = (counts[key] ?? 0) + n);
  const proxy = await startSniffingPassThrough(targetPort, (req) => classify(req, prefix, add), (url) => url.split("?")[0]!.endsWith("/$batch"));
  return { port: proxy.port, counts: () => ({ ...counts }), reset: () => void (counts = {}), close: proxy.close };
}

function classify(req: SniffedRequest, prefix: string, add: (key: string, n?: number) => void): void {
  const path = decodeURIComponent((req.url ?? "").split("?")[0]!);
  const name = (raw: string) => tableKind(raw.startsWith(prefix) ? raw.slice(prefix.length) : raw);
  const method = req.method ?? "GET";
  const table = /^\/[^/]+\/([A-Za-z0-9]+)(\(.*\))?$/.exec(path);
  const queue = /^\/[^/]+\/([a-z0-9-]+)\/messages(\/[^/]+)?$/.exec(path);
  if (path.endsWith("/$batch")) {
    const rows = [...(req.body ?? Buffer.alloc(0)).toString("utf8").matchAll(/^(GET|POST|PUT|PATCH|MERGE|DELETE) https?:\/\/[^/]+\/[^/]+\/([A-Za-z0-9]+)/gm)];
    add(`table batch ${name(rows[0]?.[2] ?? "?")}`);
    for (const [, op, t] of rows) add(`table row ${op} ${name(t!)}`);
  } else if (queue) {
    add(`queue ${queue[2] ? (method === "DELETE" ? "delete" : "update") : method === "POST" ? "send" : "receive"}`);
  } else if (path.endsWith("/Tables")) add("table create-table");
  else if (table) {
    const keyed = table[2] && table[2] !== "()";
    const kind = method === "GET" ? (keyed ? "get" : "query") : method === "POST" ? "insert" : method === "DELETE" ? "delete" : "update";
    // A tenant's sync row (deltaLink and to-do list, users table key `~`/`sync`) counts apart from its users' rows.
    const syncRow = /PartitionKey='(~|%7E)'/i.test(table[2] ?? "") ? " sync row" : "";
    add(`table ${kind} ${name(table[1]!)}${syncRow}`);
  } else add(method === "PUT" ? "queue create" : `storage other ${method}`);
}

/** A table's name as the figures show it: every customer tenant's own users table counts as `users<tenant>`. */
export function tableKind(name: string): string {
  return /^users[0-9a-f]{32}$/.test(name) ? "users<tenant>" : name;
}

/** Storage counts with per-tenant table names folded into their kind (for counts recorded before the fold). */
export function foldTables(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(counts)) {
    const folded = key.replace(/users[0-9a-f]{32}/, "users<tenant>");
    out[folded] = (out[folded] ?? 0) + n;
  }
  return out;
}
