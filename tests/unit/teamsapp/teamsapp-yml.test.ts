import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { parseEnvFile } from "../../../scripts/package-app.js";
import { compileSharedSchema, describeErrors, repoRoot } from "../app-package/shared-schema.js";

interface Action {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface ProjectFile {
  version: string;
  provision: Action[];
  deploy: Action[];
  publish: Action[];
}

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");
const yamlText = read("teamsapp.yml");
const project = parse(yamlText) as ProjectFile;
const placeholders = (text: string) => new Set([...text.matchAll(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g)].map((m) => m[1] ?? ""));

/** Values a person (or the toolkit's first-run prompts) supplies; everything else an action writes. */
const SUPPLIED = ["TEAMSFX_ENV", "APP_NAME_SUFFIX", "AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME", "RESOURCE_SUFFIX", "REPORT_SENDERS"];

/** The files an action reads whose placeholders the toolkit fills before it runs. */
function filesReadBy(action: Action): string[] {
  const w = action.with ?? {};
  if (action.uses === "arm/deploy") return (w.templates as Array<{ parameters?: string }>).flatMap((t) => (t.parameters ? [t.parameters] : []));
  if (action.uses === "aadApp/update") return [String(w.manifestPath)];
  if (action.uses === "teamsApp/zipAppPackage" || action.uses === "teamsApp/validateManifest") return [String(w.manifestPath)];
  return [];
}

/** What an action writes to env/.env.<name>. */
function written(action: Action): string[] {
  const names = Object.values(action.writeToEnvironmentFile ?? {});
  if (action.uses === "file/createOrUpdateEnvironmentFile") names.push(...Object.keys((action.with?.envs as object) ?? {}));
  if (action.uses === "arm/deploy") names.push(...[...read("infra/azure.bicep").matchAll(/^output ([A-Z0-9_]+) /gm)].map((m) => m[1] ?? ""));
  if (action.uses === "aadApp/update") names.push("AAD_APP_ACCESS_AS_USER_PERMISSION_ID"); // generated when empty
  return names;
}

describe("teamsapp.yml", () => {
  it("is valid against the teamsapp.yml v1.10 schema", () => {
    const validate = compileSharedSchema("teamsapp-yml-v1.10.schema.json");
    assert.ok(validate(project), describeErrors(validate.errors));
    assert.equal(project.version, "v1.10");
    assert.match(yamlText, /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/teams-toolkit\/v1\.10\/yaml\.schema\.json$/m);
  });

  it("runs the lifecycle actions in order", () => {
    assert.deepEqual(project.provision.map((a) => a.uses), [
      "teamsApp/create",
      "aadApp/create",
      "file/createOrUpdateEnvironmentFile",
      "arm/deploy",
      "aadApp/update",
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
    assert.deepEqual(project.deploy.map((a) => a.uses), ["cli/runNpmCommand", "cli/runNpmCommand", "azureAppService/zipDeploy"]);
    assert.deepEqual(project.deploy.slice(0, 2).map((a) => a.with?.args), ["ci --no-audit --no-fund", "run build"]);
    assert.equal(project.publish.at(-1)?.uses, "teamsApp/publishAppPackage");
  });

  it("points at files that exist", () => {
    const paths = [...project.provision, ...project.publish].flatMap((a) => [...filesReadBy(a), ...((a.with?.templates as Array<{ path: string }>) ?? []).map((t) => t.path)]);
    paths.push(String(project.deploy.at(-1)?.with?.ignoreFile));
    for (const file of paths) assert.doesNotThrow(() => read(file), file);
  });

  it("has every placeholder filled before the action that needs it", () => {
    const known = new Set(SUPPLIED);
    for (const action of project.provision) {
      const needed = new Set([...placeholders(JSON.stringify(action.with ?? {})), ...filesReadBy(action).flatMap((f) => [...placeholders(read(f))])]);
      const produced = written(action);
      for (const name of needed) {
        if (name.startsWith("SECRET_") || produced.includes(name)) continue;
        assert.ok(known.has(name), `${action.uses} needs ${name} before anything writes it`);
      }
      for (const name of produced) known.add(name);
    }
    for (const name of placeholders(yamlText)) assert.ok(known.has(name) || name === "TEAMS_APP_PUBLISHED_APP_ID", name);
  });

  it("env/.env.dev declares exactly what people supply and what provision/publish write", () => {
    const declared = Object.keys(parseEnvFile(read("env/.env.dev"))).sort();
    const expected = new Set([...SUPPLIED, ...[...project.provision, ...project.publish].flatMap(written)]);
    assert.deepEqual(declared, [...expected].filter((n) => !n.startsWith("SECRET_")).sort());
  });
});
