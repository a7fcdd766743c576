import assert from "node:assert/strict";
import { Writable } from "node:stream";
import restify, { type Server } from "restify";
import { createLogger } from "../../../../server/telemetry/logger.js";
import { requestLogging } from "../../../../server/telemetry/request-logging.js";

describe("requestLogging", () => {
  let server: Server;
  let url: string;
  const lines: Array<Record<string, any>> = [];

  before(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const log = createLogger({ logLevel: "debug" }, { destination });
    server = restify.createServer({ name: "test", handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser({ mapParams: false }));
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    server.use(requestLogging(log));
    server.post("/work", async (req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.info({ got: (req.body as { n: number }).n }, "handler ran");
      res.send(200, { ok: true });
    });
    server.get("/boom", async (_req, res) => void res.send(500, { error: "x" }));
    server.get("/healthz", async (_req, res) => void res.send(200, { status: "ok" }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (lines.length = 0));

  const waitForLine = async (msg: string) => {
    for (let i = 0; i < 50 && !lines.some((l) => l.msg === msg); i++) await new Promise((r) => setTimeout(r, 10));
    return lines.find((l) => l.msg === msg);
  };

  it("gives each request a new id, answers it in x-request-id and puts it on the handler's log lines (after the body parser and awaits)", async () => {
    const response = await fetch(`${url}/work?code=secret-code&state=s`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"n":7}' });
    const id = response.headers.get("x-request-id");
    assert.match(id ?? "", /^[0-9a-f-]{36}$/);
    const handler = await waitForLine("handler ran");
    assert.deepEqual([handler?.got, handler?.requestId], [7, id]);
    const done = await waitForLine("request");
    assert.deepEqual({ ...done, time: 0, ms: 0, pid: 0, hostname: "" }, { level: 30, time: 0, pid: 0, hostname: "", requestId: id, method: "POST", path: "/work", status: 200, ms: 0, msg: "request" });
    assert.ok(!JSON.stringify(lines).includes("secret-code"), "the query string is never logged");
  });

  it("keeps a caller's sane x-request-id and replaces one that is not", async () => {
    const kept = await fetch(`${url}/healthz`, { headers: { "x-request-id": "teams-abc-12345678" } });
    assert.equal(kept.headers.get("x-request-id"), "teams-abc-12345678");
    const replaced = await fetch(`${url}/healthz`, { headers: { "x-request-id": "<script>" } });
    assert.match(replaced.headers.get("x-request-id") ?? "", /^[0-9a-f-]{36}$/);
  });

  it("logs probes at debug and 5xx answers at warn", async () => {
    await fetch(`${url}/healthz`);
    assert.equal((await waitForLine("probe"))?.level, 20);
    await fetch(`${url}/boom`);
    assert.equal((await waitForLine("request failed"))?.level, 40);
  });
});
