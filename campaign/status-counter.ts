import { tableKind } from "../scripts/lib/storage-counter.js";
import { startPassThrough } from "../scripts/lib/pass-through.js";

/** A loopback pass-through in front of Azurite that counts its error answers (412 = a stale ETag, 409, 404…). */
export interface StatusCounter {
  port: number;
  /** `"<label> <METHOD> <table or queue> <status>"` → count, for answers of 400 and above. */
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/**
 * Forwards every request to `targetPort` unchanged (SharedKey signs the path, not the host) and counts the error
 * statuses Azurite answers, by method and resource name (with `prefix` cut off, so they read as the product's tables).
 * Unlike scripts/lib/storage-counter.ts, which counts what is asked, this counts what went wrong: ETag races show as 412.
 */
export async function startStatusCounter(targetPort: number, prefix: string, label: string): Promise<StatusCounter> {
  const counts: Record<string, number> = {};
  const proxy = await startPassThrough(targetPort, {
    answer: (req, status) => {
      if (status < 400) return;
      const resource = decodeURIComponent((req.url ?? "").split("?")[0]!).split("/")[2]?.replace(/\(.*$/, "") ?? "?";
      const name = resource.toLowerCase().startsWith(prefix.toLowerCase()) ? resource.slice(prefix.length).replace(/^-/, "") : resource;
      const key = `${label} ${req.method} ${tableKind(name)} ${status}`;
      counts[key] = (counts[key] ?? 0) + 1;
    },
  });
  return { port: proxy.port, counts: () => ({ ...counts }), close: proxy.close };
}
