import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppPackageError, buildAppPackage, listEnvironments } from "../../../scripts/package-app.js";
import { compileSharedSchema, describeErrors, repoRoot } from "./shared-schema.js";
import { decodePng, readPngHeader } from "./png-reader.js";
import { readZip } from "./zip-reader.js";

const validateManifest = compileSharedSchema("teams-manifest-v1.29.schema.json");
const PACKAGE_FILES = ["color.png", "manifest.json", "outline.png"];

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
      const icon = (name: string) => files.find((f) => f.name === name)?.data ?? Buffer.alloc(0);
      assert.deepEqual(readPngHeader(icon("color.png")), { width: 192, height: 192, bitDepth: 8, colorType: 2 }, "color: 192×192 full colour");
      assert.deepEqual(readPngHeader(icon("outline.png")), { width: 32, height: 32, bitDepth: 8, colorType: 6 }, "outline: 32×32 with alpha");
      const { pixels } = decodePng(icon("outline.png"));
      let transparent = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] === 0) transparent++;
      assert.ok(transparent > 32 * 32 * 0.4, "outline: a transparent background");
      assert.equal((built.manifest.icons as { color: string; outline: string }).color, "color.png");
      assert.equal((built.manifest.icons as { color: string; outline: string }).outline, "outline.png");
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

  it("is `npm run package`", () => {
    const scripts = (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    assert.equal(scripts.package, "tsx scripts/package-app.ts");
  });

  it("fails with APP_PACKAGE.NO_ENVIRONMENT for an unknown environment", () => {
    assert.throws(() => buildAppPackage("nope", { outDir }), (e: unknown) => e instanceof AppPackageError && e.code === "APP_PACKAGE.NO_ENVIRONMENT");
  });
});
