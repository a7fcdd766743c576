import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { withLogContext } from "../../../../server/telemetry/log-context.js";
import { createLogger } from "../../../../server/telemetry/logger.js";

/** A logger whose lines the test reads back as objects. */
function capture(level = "info") {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ logLevel: level }, { destination }), lines };
}

describe("createLogger", () => {
  it("redacts tokens, secrets, cookies and authorization wherever they usually appear", () => {
    const { log, lines } = capture();
    log.info(
      {
        accessToken: "eyJ.top",
        tokens: { access_token: "eyJ.a", refresh_token: "r", id_token: "i" },
        settings: { clientSecret: "s3cret", consentSigningKey: "k" },
        req: { headers: { authorization: "Bearer eyJ.h", cookie: "b365=1" }, query: { code: "auth-code", state: "st" } },
        response: { headers: { "set-cookie": "x=1" } },
        err: { authorization: "Bearer eyJ.e" },
      },
      "a line",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["eyJ.top", "eyJ.a", '"r"', '"i"', "s3cret", "eyJ.h", "b365=1", "auth-code", '"st"', "x=1", "eyJ.e", '"k"']) {
      assert.ok(!text.includes(secret), `${secret} leaked: ${text}`);
    }
    assert.equal((lines[0]?.tokens as Record<string, unknown>).access_token, "[redacted]");
  });

  it("keeps what operators need: error codes, job ids, messages", () => {
    const { log, lines } = capture();
    log.warn({ err: { code: "STORE.UNAVAILABLE" }, code: "BACKUP.BILLING_PROFILE_MISSING", jobId: "j1" }, "request failed");
    assert.deepEqual([(lines[0]?.err as { code: string }).code, lines[0]?.code, lines[0]?.jobId, lines[0]?.msg], ["STORE.UNAVAILABLE", "BACKUP.BILLING_PROFILE_MISSING", "j1", "request failed"]);
  });

  it("puts the current request id and job id on every line written inside withLogContext, also after awaits", async () => {
    const { log, lines } = capture();
    await withLogContext({ requestId: "req-1" }, async () => {
      log.info("outer");
      await new Promise((resolve) => setTimeout(resolve, 5));
      await withLogContext({ jobId: "job-9" }, async () => log.info("inner"));
    });
    log.info("outside");
    assert.deepEqual(
      lines.map((l) => [l.msg, l.requestId, l.jobId]),
      [["outer", "req-1", undefined], ["inner", "req-1", "job-9"], ["outside", undefined, undefined]],
    );
  });

  it("lets an explicit field win over the context", () => {
    const { log, lines } = capture();
    withLogContext({ jobId: "from-context" }, () => log.info({ jobId: "explicit" }, "x"));
    assert.equal(lines[0]?.jobId, "explicit");
  });

  it("honours the level", () => {
    const { log, lines } = capture("warn");
    log.info("quiet");
    log.warn("loud");
    assert.deepEqual(lines.map((l) => l.msg), ["loud"]);
  });
});
