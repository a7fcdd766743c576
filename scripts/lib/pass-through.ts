import { Agent, createServer, request, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** A loopback HTTP pass-through: its port, and how to stop it. */
export interface PassThrough {
  port: number;
  close(): Promise<void>;
}

/** What a pass-through tells its observer: each request with its whole body, and each answer's status. */
export interface PassThroughObserver {
  request?(req: IncomingMessage, body: Buffer): void;
  answer?(req: IncomingMessage, status: number): void;
}

/**
 * Forwards every request to `127.0.0.1:targetPort` unchanged (Azurite's SharedKey signs the path, not the host), so a
 * bench or campaign can count what the product asks of a local service and what it answers.
 */
export async function startPassThrough(targetPort: number, observer: PassThroughObserver): Promise<PassThrough> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      observer.request?.(req, body);
      const upstream = request({ host: "127.0.0.1", port: targetPort, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
        const status = answer.statusCode ?? 502;
        observer.answer?.(req, status);
        res.writeHead(status, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", () => res.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}
