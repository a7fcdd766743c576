import assert from "node:assert/strict";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startSniffingPassThrough, type SniffedRequest } from "../../../scripts/lib/sniffing-pass-through.js";

/** The bench's storage counter sits on this: every byte passes untouched, and each request is told once. */
describe("sniffing pass-through: forwards bytes, tells each request (keep-alive, bodies, chunked)", () => {
  let upstream: Server;
  before(async () => {
    upstream = createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on("data", (c: Buffer) => parts.push(c));
      req.on("end", () => res.end(`${req.method} ${req.url} ${Buffer.concat(parts).length}`));
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  });
  after(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

  it("answers as the target does and sees method, URL and the bodies it asked for", async () => {
    const seen: SniffedRequest[] = [];
    const pass = await startSniffingPassThrough((upstream.address() as AddressInfo).port, (r) => seen.push(r), (url) => url.endsWith("/$batch"));
    const base = `http://127.0.0.1:${pass.port}`;
    const batch = `--b\r\nMERGE http://h/acct/users(1)\r\n${"x".repeat(200_000)}`;
    assert.equal(await (await fetch(`${base}/acct/Tables`)).text(), "GET /acct/Tables 0");
    assert.equal(await (await fetch(`${base}/acct/$batch`, { method: "POST", body: batch })).text(), `POST /acct/$batch ${batch.length}`);
    assert.equal(await (await fetch(`${base}/acct/q/messages`, { method: "POST", body: "<QueueMessage/>" })).text(), "POST /acct/q/messages 15");
    const chunked = await new Promise<string>((resolve, reject) => {
      const req = request(`${base}/acct/$batch`, { method: "POST", headers: { "transfer-encoding": "chunked" } }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve(text));
      });
      req.on("error", reject);
      req.write("abc");
      req.write("defgh");
      req.end();
    });
    assert.equal(chunked, "POST /acct/$batch 8");
    await pass.close();
    assert.deepEqual(seen.map((r) => [r.method, r.url, r.body?.length ?? null]), [
      ["GET", "/acct/Tables", null],
      ["POST", "/acct/$batch", batch.length],
      ["POST", "/acct/q/messages", null],
      ["POST", "/acct/$batch", 8],
    ]);
    assert.match(seen[1]!.body!.toString(), /^--b\r\nMERGE http:\/\/h\/acct\/users\(1\)/);
  });
});
