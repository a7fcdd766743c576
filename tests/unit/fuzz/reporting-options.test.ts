import assert from "node:assert/strict";
import fc from "fast-check";
import { ReportCadence, ReportEmail, ReportingOptions, ReportKind } from "../../../contract/sites.js";

const runs = { numRuns: 100 };
/** What may reach an email header: one plain address, no spaces, line breaks, commas, angle brackets or quotes. */
const plainAddress = /^[a-z0-9_'+.-]+@([a-z0-9][a-z0-9-]*\.)+[a-z]{2,}$/;

const chars = (set: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...set), minLength: 1, maxLength });
const dotted = (set: string, parts: number) => fc.array(chars(set, 10), { minLength: 1, maxLength: parts }).map((p) => p.join("."));
const alnum = "abcdefghijklmnopqrstuvwxyz0123456789";
/** A plain address: dot-separated local part and host, a letters-only top-level domain. */
const address = fc.tuple(dotted(`${alnum}_+-`, 3), dotted(alnum, 3), chars("abcdefghijklmnopqrstuvwxyz", 6).filter((t) => t.length >= 2)).map(([local, host, tld]) => `${local}@${host}.${tld}`);
const validOptions = fc.record({
  reports: fc.uniqueArray(fc.constantFrom(...ReportKind.options), { minLength: 1, maxLength: 3 }),
  cadence: fc.constantFrom(...ReportCadence.options),
  emails: fc.uniqueArray(address, { minLength: 1, maxLength: 10 }),
});

describe("ReportEmail and ReportingOptions (fuzzed)", () => {
  it("any string is refused or becomes one plain, trimmed, lower-case address of at most 254 characters", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.emailAddress(), address.map((a) => ` ${a.toUpperCase()}\r\n`), fc.string({ unit: "binary", maxLength: 80 })), (raw) => {
        const result = ReportEmail.safeParse(raw);
        if (!result.success) return;
        assert.match(result.data, plainAddress, JSON.stringify(raw));
        assert.ok(result.data.length <= 254);
      }),
      runs,
    );
  });

  it("header injection and address lists are refused", () => {
    const dirt = fc.constantFrom("\r\nBcc: x@evil.example", "\nCc: x@evil.example", ", x@evil.example", "; x@evil.example", " <x@evil.example>", '"Name" ', "%0d%0a");
    fc.assert(
      fc.property(address, dirt, fc.boolean(), (email, extra, before) => {
        assert.equal(ReportEmail.safeParse(before ? `${extra}${email}` : `${email}${extra}`).success, false);
      }),
      runs,
    );
  });

  it("any JSON value is refused or is a well-formed set of options (known reports once each, 1-10 distinct addresses, no extra keys)", () => {
    const shaped = fc.record({ reports: fc.array(fc.oneof(fc.constantFrom(...ReportKind.options), fc.string()), { maxLength: 4 }), cadence: fc.oneof(fc.constantFrom(...ReportCadence.options), fc.string()), emails: fc.array(fc.oneof(address, fc.string()), { maxLength: 12 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), shaped, validOptions.map((o) => ({ ...o, extra: 1 }))), (value) => {
        const result = ReportingOptions.safeParse(value);
        if (!result.success) return;
        const { reports, cadence, emails, ...rest } = result.data;
        assert.deepEqual(rest, {});
        assert.ok(reports.length >= 1 && new Set(reports).size === reports.length && reports.every((r) => ReportKind.options.includes(r)));
        assert.ok(ReportCadence.options.includes(cadence));
        assert.ok(emails.length >= 1 && emails.length <= 10 && new Set(emails).size === emails.length && emails.every((e) => plainAddress.test(e)));
      }),
      runs,
    );
  });

  it("valid options are accepted as given, and the same address twice in another case or with spaces is refused", () => {
    fc.assert(
      fc.property(validOptions, (options) => {
        assert.deepEqual(ReportingOptions.parse(options), { ...options });
        const twice = { ...options, emails: [options.emails[0]!, ` ${options.emails[0]!.toUpperCase()} `] };
        assert.equal(ReportingOptions.safeParse(twice).success, false, "each address once, after normalising");
      }),
      runs,
    );
  });
});
