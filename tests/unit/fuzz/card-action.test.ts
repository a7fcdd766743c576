import assert from "node:assert/strict";
import fc from "fast-check";
import type { CustomerCommand } from "../../../bot/commands/command.js";
import { pickCustomerData, readCardData, retryFailedData } from "../../../bot/commands/card-action.js";

const runs = { numRuns: 100 };
const customerId = fc.string({ minLength: 1, maxLength: 200 });
const command: fc.Arbitrary<CustomerCommand> = fc.oneof(
  fc.record({ kind: fc.constant("status" as const), customer: fc.string() }),
  fc.record({ kind: fc.constant("provision" as const), customer: fc.string() }),
  fc.record({ kind: fc.constant("auto" as const), on: fc.boolean(), customer: fc.string() }),
  fc.record({ kind: fc.constant("enable" as const), customer: fc.string(), target: fc.oneof(fc.constant({ all: true as const }), fc.record({ user: fc.string({ minLength: 1, maxLength: 254 }) })) }),
);
/** Payloads near the real ones: the right verbs and keys with wrong types, sizes and extras. */
const nearMiss = fc.record(
  {
    verb: fc.oneof(fc.constantFrom("pickCustomer", "retryFailed", "PickCustomer", ""), fc.anything()),
    command: fc.oneof(fc.constantFrom("status", "provision", "auto", "enable", "help", "__proto__"), fc.anything()),
    customerId: fc.oneof(customerId, fc.string({ minLength: 190, maxLength: 400 }), fc.anything()),
    jobId: fc.oneof(fc.string(), fc.anything()),
    on: fc.oneof(fc.boolean(), fc.anything()),
    target: fc.oneof(fc.record({ all: fc.anything() }), fc.record({ user: fc.oneof(fc.string({ maxLength: 300 }), fc.anything()) }), fc.anything()),
  },
  { requiredKeys: [] },
);

describe("readCardData (fuzzed)", () => {
  it("never throws, and anything it accepts is a well-formed request with a bounded customer id", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withMap: true }), fc.jsonValue(), nearMiss), (value) => {
        const request = readCardData(value);
        if (request === null) return;
        const id = request.kind === "retryFailed" ? request.customerId : request.request.customerId;
        assert.ok(typeof id === "string" && id.length > 0 && id.length <= 200);
        if (request.kind === "retryFailed") return assert.ok(typeof request.jobId === "string" && request.jobId.length > 0);
        const { command } = request.request;
        assert.ok(["status", "provision", "auto", "enable"].includes(command.kind), command.kind);
        if (command.kind === "auto") assert.equal(typeof command.on, "boolean");
        if (command.kind === "enable") assert.ok("all" in command.target ? command.target.all === true : typeof command.target.user === "string" && command.target.user.length <= 254);
      }),
      runs,
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("reads back exactly what the cards wrote: a picked customer's command, a job's Retry failed", () => {
    fc.assert(
      fc.property(command, customerId, fc.string({ minLength: 1 }), (cmd, id, jobId) => {
        const plain = JSON.parse(JSON.stringify(cmd)) as CustomerCommand;
        const read = readCardData(JSON.parse(JSON.stringify(pickCustomerData(plain, id))));
        assert.deepEqual(read, { kind: "command", request: { command: { ...plain, customer: id }, customerId: id } });
        assert.deepEqual(readCardData(retryFailedData(jobId, id)), { kind: "retryFailed", jobId, customerId: id });
      }),
      runs,
    );
  });
});
