import assert from "node:assert/strict";
import fc from "fast-check";
import { isAppError } from "../../../service/domain/app-error.js";
import { isTenantGuid, parseTenantInput, type TenantInput } from "../../../service/domain/tenant-input.js";

const runs = { numRuns: 100 };

/** Parses, or answers the AppError it threw; anything else thrown fails the property. */
function attempt(raw: string): TenantInput | { status: number; code: string; field?: string; message: string } {
  try {
    return parseTenantInput(raw);
  } catch (error) {
    assert.ok(isAppError(error), `only AppErrors escape: ${String(error)}`);
    return { status: error.status, code: error.code, ...(error.field ? { field: error.field } : {}), message: error.userMessage };
  }
}

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);
const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 4 }), fc.stringMatching(/^[a-z]{2,10}$/)).map(([labels, tld]) => [...labels, tld].join("."));
const padded = (value: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom("", " ", "\t", "  \n"), value, fc.constantFrom("", " ", "\r\n")).map(([a, v, b]) => `${a}${v}${b}`);
const mixedCase = (value: fc.Arbitrary<string>) => fc.tuple(value, fc.infiniteStream(fc.boolean())).map(([v, upper]) => [...v].map((c) => (upper.next().value ? c.toUpperCase() : c)).join(""));

describe("parseTenantInput (fuzzed)", () => {
  it("any string is a tenant id, a domain, or a 400 TENANT.INVALID on the tenant field, with a bounded message", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 }), fc.string({ minLength: 250, maxLength: 400 })), (raw) => {
        const result = attempt(raw);
        if ("kind" in result) {
          if (result.kind === "id") assert.ok(isTenantGuid(result.tenantId) && result.tenantId === result.tenantId.toLowerCase());
          else assert.match(result.domain, /^[a-z0-9.-]{4,253}$/);
          return;
        }
        assert.deepEqual([result.status, result.code, result.field], [400, "TENANT.INVALID", "tenant"]);
        assert.ok(result.message.length < 400, "the message quotes at most 80 characters of the input");
      }),
      runs,
    );
  });

  it("a GUID in any case, with surrounding spaces, is that tenant id in lower case", () => {
    fc.assert(
      fc.property(padded(mixedCase(fc.uuid({ version: 4 }))), (raw) => {
        assert.deepEqual(parseTenantInput(raw), { kind: "id", tenantId: raw.trim().toLowerCase() });
      }),
      runs,
    );
  });

  it("a domain in any case, with surrounding spaces, is that domain in lower case; parsing it again changes nothing", () => {
    fc.assert(
      fc.property(padded(mixedCase(domain)), (raw) => {
        const parsed = parseTenantInput(raw);
        assert.deepEqual(parsed, { kind: "domain", domain: raw.trim().toLowerCase() });
        assert.deepEqual(parseTenantInput(parsed.kind === "domain" ? parsed.domain : ""), parsed);
      }),
      runs,
    );
  });

  it("a domain with a path, port, scheme, user, space or markup is refused, never passed on to resolution", () => {
    const dirt = fc.constantFrom("/", ":443", "https://", "user@", "x x", "<", ">", '"', "?q=1", "#", "%2e", "\\", ";");
    fc.assert(
      fc.property(domain, dirt, fc.boolean(), (name, extra, before) => {
        const result = attempt(before ? `${extra}${name}` : `${name}${extra}`);
        assert.ok(!("kind" in result), `${JSON.stringify(before ? `${extra}${name}` : `${name}${extra}`)} was accepted`);
      }),
      runs,
    );
  });
});
