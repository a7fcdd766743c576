import assert from "node:assert/strict";
import fc from "fast-check";
import type { Command } from "../../../bot/commands/command.js";
import { parseCommand } from "../../../bot/commands/parse-command.js";

const runs = { numRuns: 100 };
const kinds = new Set(["help", "customers", "status", "enable", "auto", "provision", "unknown"]);
const userTarget = /^([^\s@<>"]{1,64}@[^\s@<>"]{1,190}\.[a-z]{2,63}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** What any parse must look like: a known kind; names trimmed, single-spaced and bounded; a reason for unknown. */
function assertWellFormed(command: Command): void {
  assert.ok(kinds.has(command.kind), command.kind);
  if ("customer" in command) {
    assert.ok(command.customer.length > 0 && command.customer.length <= 500, JSON.stringify(command));
    assert.equal(command.customer, command.customer.trim());
    assert.doesNotMatch(command.customer, /\s\s|[\u200b-\u200d\u2060\ufeff]/);
  }
  if (command.kind === "enable" && "user" in command.target) assert.match(command.target.user, userTarget);
  if (command.kind === "unknown") {
    assert.ok(typeof command.reason === "string" && command.reason.length > 0);
    assert.ok(command.text.length <= 500);
  }
}

const word = fc.oneof(fc.constantFrom("Wingtip", "Toys", "all", "users", "on", "off", "for", "of", "auto", "?", '"Smith & Sons"', "megan@wingtiptoys.onmicrosoft.com", "6f1c2a3b-1111-2222-3333-444455556666", "mailto:a@b.co", "everyone"), fc.string({ minLength: 1, maxLength: 8 }).map((w) => w.replace(/\s/g, "")).filter(Boolean));
const keyword = fc.constantFrom("help", "customers", "status", "enable", "auto", "provision", "disable", "list", "show", "hi", "/help", "stauts", "?");
const typed = fc.tuple(keyword, fc.array(word, { maxLength: 6 })).map(([k, rest]) => [k, ...rest].join(" "));
const markupish = fc.array(fc.oneof(fc.constantFrom("<at>", "</at>", "<at id=\"0\">", "<", ">", "&amp;", "&#", ";", "&nbsp;", "&#x1F600;", "\u200b", " ", "status "), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((parts) => parts.join(""));

describe("parseCommand (fuzzed)", () => {
  it("never throws: any text (or non-text) reads as a well-formed command or an unknown with a reason", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 100 }), typed, markupish, fc.anything().map((v) => v as string)), (text) => {
        assertWellFormed(parseCommand(text));
      }),
      runs,
    );
  });

  it("reads what staff typed the same with an @mention, markup, extra spaces or an upper-case keyword", () => {
    fc.assert(
      fc.property(typed, (text) => {
        const plain = parseCommand(text);
        assert.deepEqual(parseCommand(`<at>Backup365</at> ${text}`), plain);
        assert.deepEqual(parseCommand(`<p>${text.replace(/ /g, "  \u00a0")}</p>`), plain);
        const [first = "", ...rest] = text.split(" ");
        assert.equal(parseCommand([first.toUpperCase(), ...rest].join(" ")).kind, plain.kind);
      }),
      runs,
    );
  });

  it("answers hostile long input quickly (no catastrophic backtracking)", () => {
    const hostile = fc.tuple(fc.constantFrom("<at>", "<", "&amp;", "&#1", " ", "a ", "enable a", "<at>x", "&"), fc.integer({ min: 100, max: 1200 })).map(([unit, n]) => unit.repeat(n));
    fc.assert(
      fc.property(hostile, (text) => {
        const started = performance.now();
        assertWellFormed(parseCommand(text));
        assert.ok(performance.now() - started < 250, `took ${performance.now() - started} ms for ${text.length} characters`);
      }),
      { numRuns: 50 },
    );
  });
});
