import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppPackageError, createZip, listEnvironments, parseEnvFile, renderTemplate } from "../../../scripts/package-app.js";
import { repoRoot } from "./shared-schema.js";
import { readZip } from "./zip-reader.js";

describe("parseEnvFile", () => {
  it("reads values, keeps spaces inside quotes and skips comments", () => {
    const values = parseEnvFile('# comment\nA=1\nB=" (local)"\nC=\nD=x # note\n\nexport E=\'q\'\n');
    assert.deepEqual(values, { A: "1", B: " (local)", C: "", D: "x", E: "q" });
  });
});

describe("renderTemplate", () => {
  it("fills placeholders and escapes values for JSON strings", () => {
    const out = renderTemplate('{"a":"${{A}}-${{ B }}"}', { A: 'say "hi"', B: "2" });
    assert.deepEqual(JSON.parse(out), { a: 'say "hi"-2' });
  });

  it("names the variable and the env file when a value is missing or empty", () => {
    assert.throws(
      () => renderTemplate('"${{TEAMS_APP_ID}}"', {}, { source: "env/.env.dev" }),
      (error: unknown) =>
        error instanceof AppPackageError &&
        error.code === "APP_PACKAGE.MISSING_VALUE" &&
        /TEAMS_APP_ID is not set in env\/\.env\.dev/.test(error.message),
    );
    assert.throws(() => renderTemplate('"${{BOT_ID}}"', { BOT_ID: "" }, { source: "env/.env.x" }), /BOT_ID is empty in env\/\.env\.x/);
  });

  it("names every missing variable at once", () => {
    assert.throws(
      () => renderTemplate('"${{A}} ${{B}} ${{A}} ${{C}}"', { B: "", C: "ok" }, { source: "env/.env.dev" }),
      (error: unknown) =>
        error instanceof AppPackageError &&
        error.message.startsWith("A is not set, B is empty in env/.env.dev:") &&
        error.variables.join() === "A,B",
    );
  });

  it("allows an empty APP_NAME_SUFFIX", () => {
    assert.equal(renderTemplate('"App${{APP_NAME_SUFFIX}}"', { APP_NAME_SUFFIX: "" }), '"App"');
  });
});

describe("createZip", () => {
  it("round-trips files and is byte-identical from one build to the next", () => {
    const entries = [
      { name: "a.txt", data: Buffer.from("hello ".repeat(50)) },
      { name: "b.bin", data: Buffer.from([0, 1, 2, 255]) },
    ];
    const zip = createZip(entries);
    assert.deepEqual(readZip(zip), entries);
    assert.ok(zip.equals(createZip(entries)));
  });
});

describe("listEnvironments", () => {
  it("lists env/.env.<name> files and leaves out the toolkit's .user secret files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "envs-"));
    try {
      for (const file of [".env.local", ".env.dev", ".env.dev.user", "README.md"]) writeFileSync(path.join(dir, file), "");
      assert.deepEqual(listEnvironments(dir), ["dev", "local"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds local and dev in the repository", () => {
    assert.deepEqual(listEnvironments(path.join(repoRoot, "env")), ["dev", "local"]);
  });
});
