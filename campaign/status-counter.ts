import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

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
 * Unlike bench/storage-counter.ts, which counts what is asked, this counts what went wrong: ETag races show as 412.
 */
export async function startStatusCounter(targetPort: number, prefix: string, label: string): Promise<StatusCounter> {
  const counts: Record<string, number> = {};
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const server = createServer((req, res) => {
    const upstream = request({ host: "127.0.0.1", port: targetPort, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
      const status = answer.statusCode ?? 502;
      if (status >= 400) {
        const resource = decodeURIComponent((req.url ?? "").split("?")[0]!).split("/")[2]?.replace(/\(.*$/, "") ?? "?";
        const key = `${label} ${req.method} ${resource.toLowerCase().startsWith(prefix.toLowerCase()) ? resource.slice(prefix.length).replace(/^-/, "") : resource} ${status}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      res.writeHead(status, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    counts: () => ({ ...counts }),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
      agent.destroy();
    }),
  };
}
