import net, { type AddressInfo, type Socket } from "node:net";
import type { PassThrough } from "./pass-through.js";

/** One request as it went by: its method, its URL and, when `wantBody` asked for it, its body. */
export type SniffedRequest = { method: string; url: string; body: Buffer | null };

/**
 * A loopback TCP pass-through that forwards bytes both ways untouched and only reads the client's side to tell each
 * HTTP/1.1 request (request line, Content-Length or chunked body). Much cheaper than a parsing HTTP proxy, so a bench
 * counting tens of thousands of storage requests does not spend the machine's CPU on its own counting.
 */
export async function startSniffingPassThrough(targetPort: number, onRequest: (request: SniffedRequest) => void, wantBody: (url: string) => boolean): Promise<PassThrough> {
  const sockets = new Set<Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => (client.destroy(), upstream.destroy()));
    }
    upstream.pipe(client);
    const sniff = requestSniffer(onRequest, wantBody);
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      sniff(chunk);
    });
    client.on("end", () => upstream.end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

type State = { at: "head" } | { at: "body"; left: number; request: SniffedRequest; parts: Buffer[] | null } | { at: "chunked"; request: SniffedRequest; parts: Buffer[] | null };

/** Reads a client's byte stream request by request (no pipelining is assumed beyond what arrives in order). */
function requestSniffer(onRequest: (request: SniffedRequest) => void, wantBody: (url: string) => boolean): (chunk: Buffer) => void {
  let buffer: Buffer = Buffer.alloc(0);
  let state: State = { at: "head" };
  const finish = (request: SniffedRequest, parts: Buffer[] | null) => {
    onRequest({ ...request, body: parts ? Buffer.concat(parts) : null });
    state = { at: "head" };
  };
  return (chunk) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      if (state.at === "head") {
        const end = buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString("latin1");
        buffer = buffer.subarray(end + 4);
        const [line = "", ...headers] = head.split("\r\n");
        const [method = "", url = ""] = line.split(" ");
        const header = (name: string) => headers.find((h) => h.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim();
        const request: SniffedRequest = { method, url, body: null };
        const parts = wantBody(url) ? [] : null;
        if (header("transfer-encoding")?.toLowerCase().includes("chunked")) state = { at: "chunked", request, parts };
        else {
          const left = Number(header("content-length") ?? 0);
          if (left > 0) state = { at: "body", left, request, parts };
          else finish(request, parts);
        }
      } else if (state.at === "body") {
        if (buffer.length === 0) return;
        const take = Math.min(state.left, buffer.length);
        state.parts?.push(buffer.subarray(0, take));
        buffer = buffer.subarray(take);
        state.left -= take;
        if (state.left > 0) return;
        finish(state.request, state.parts);
      } else {
        const lineEnd = buffer.indexOf("\r\n");
        if (lineEnd < 0) return;
        const size = parseInt(buffer.subarray(0, lineEnd).toString("latin1"), 16);
        if (buffer.length < lineEnd + 2 + size + 2) return;
        if (size === 0) {
          buffer = buffer.subarray(lineEnd + 4);
          finish(state.request, state.parts);
        } else {
          state.parts?.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
          buffer = buffer.subarray(lineEnd + 2 + size + 2);
        }
      }
    }
  };
}
