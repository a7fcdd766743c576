import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  AppPackageError,
  buildAppPackage,
  createZip,
  listEnvironments,
  parseEnvFile,
  renderTemplate,
} from "../../../scripts/package-app.js";
import { compileSharedSchema, describeErrors, repoRoot } from "./shared-schema.js";
import { readZip } from "./zip-reader.js";

const validateManifest = compileSharedSchema("teams-manifest-v1.29.schema.json");
const PACKAGE_FILES = ["color.png", "manifest.json", "outline.png"];

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

describe("buildAppPackage", () => {
  let outDir: string;
  beforeEach(() => {
    outDir = mkdtempSync(path.join(tmpdir(), "app-package-"));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  /** Every environment in env/ either builds a valid package or fails naming an unfilled variable. */
  for (const envName of listEnvironments(path.join(repoRoot, "env"))) {
    it(`env/.env.${envName}: a schema-valid manifest and a zip of exactly the three files, or a clear error`, () => {
      let built;
      try {
        built = buildAppPackage(envName, { outDir });
      } catch (error) {
        assert.ok(error instanceof AppPackageError, String(error));
        assert.match(error.message, new RegExp(`^([A-Z_]+ is (empty|not set)(, )?)+ in env/\\.env\\.${envName}:`));
        assert.ok(error.variables.length > 0);
        assert.notEqual(envName, "local", "env/.env.local must always package");
        return;
      }
      assert.ok(validateManifest(built.manifest), describeErrors(validateManifest.errors));
      const files = readZip(readFileSync(built.zipPath));
      assert.deepEqual(files.map((f) => f.name).sort(), PACKAGE_FILES);
      assert.deepEqual(JSON.parse(files.find((f) => f.name === "manifest.json")?.data.toString("utf8") ?? ""), built.manifest);
      for (const icon of ["color.png", "outline.png"]) {
        assert.ok(files.find((f) => f.name === icon)?.data.equals(readFileSync(path.join(repoRoot, "appPackage", icon))));
      }
      assert.equal(path.basename(built.manifestPath), `manifest.${envName}.json`);
      assert.equal(path.basename(built.zipPath), `appPackage.${envName}.zip`);
    });
  }

  it("renders the local values", () => {
    const { manifest } = buildAppPackage("local", { outDir });
    assert.equal(manifest.id, "36d40d79-8ec8-40f2-9027-c614df2298ca");
    assert.deepEqual(manifest.name, {
      short: "Backup365 for Teams (local)",
      full: "Backup365 for Teams: Microsoft 365 Backup for your customers (local)",
    });
    assert.deepEqual(manifest.webApplicationInfo, {
      id: "6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b21",
      resource: "api://localhost:3978/6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b21",
    });
    assert.deepEqual(manifest.validDomains, ["localhost:3978"]);
  });

  it("builds a schema-valid manifest for a provisioned cloud environment", () => {
    const fakeRepo = mkdtempSync(path.join(tmpdir(), "fake-repo-"));
    try {
      cpSync(path.join(repoRoot, "appPackage"), path.join(fakeRepo, "appPackage"), { recursive: true });
      mkdirSync(path.join(fakeRepo, "env"));
      const host = "b365abc123-web.azurewebsites.net";
      writeFileSync(
        path.join(fakeRepo, "env", ".env.cloud"),
        [
          'APP_NAME_SUFFIX=" (dev)"',
          "TEAMS_APP_ID=0f3c5a62-8d1e-4b7a-9c2f-3e4d5a6b7c8d",
          "BOT_ID=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
          "AAD_APP_CLIENT_ID=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
          `TAB_DOMAIN=${host}`,
          `TAB_ENDPOINT=https://${host}`,
        ].join("\n"),
      );
      const { manifest } = buildAppPackage("cloud", { repoRoot: fakeRepo, outDir });
      assert.ok(validateManifest(manifest), describeErrors(validateManifest.errors));
      const urls = JSON.stringify(manifest).match(/https?:\/\/[^"]+/g) ?? [];
      assert.ok(urls.filter((u) => u.includes(host)).every((u) => u.startsWith("https://")));
    } finally {
      rmSync(fakeRepo, { recursive: true, force: true });
    }
  });

  it("fails with APP_PACKAGE.NO_ENVIRONMENT for an unknown environment", () => {
    assert.throws(() => buildAppPackage("nope", { outDir }), (e: unknown) => e instanceof AppPackageError && e.code === "APP_PACKAGE.NO_ENVIRONMENT");
  });
});
