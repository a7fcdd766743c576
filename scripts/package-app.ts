/**
 * Builds the Teams app package for each environment: env/.env.<name> fills the `${{VAR}}` placeholders
 * of appPackage/manifest.template.json, then dist/appPackage/ gets manifest.<name>.json and
 * appPackage.<name>.zip (manifest.json, color.png, outline.png at the zip root).
 * Run: `tsx scripts/package-app.ts [name]` — every environment when no name is given.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";

const defaultRepoRoot = fileURLToPath(new URL("..", import.meta.url));
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** A packaging failure with a stable code; the message names the variable and the file to fix. */
export class AppPackageError extends Error {
  override readonly name = "AppPackageError";
  constructor(
    readonly code: "APP_PACKAGE.MISSING_VALUE" | "APP_PACKAGE.NO_ENVIRONMENT",
    message: string,
    /** For MISSING_VALUE: the variables without a value. */
    readonly variables: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Reads the dotenv subset our env files use: `KEY=value`, `#` comments, optional quotes (keep inner spaces). */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match?.[1]) continue;
    const raw = (match[2] ?? "").trim();
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    values[match[1]] = quoted ? (quoted[2] ?? "") : raw.replace(/\s+#.*$/, "");
  }
  return values;
}

/** Options for {@link renderTemplate}. */
export interface RenderTemplateOptions {
  /** Named in errors, e.g. `env/.env.dev`. */
  source?: string;
  /** Variables that may be empty (not absent); by default only APP_NAME_SUFFIX. */
  allowEmpty?: readonly string[];
}

/** Fills `${{VAR}}` placeholders inside JSON strings, escaping each value for JSON. */
export function renderTemplate(template: string, values: Record<string, string>, options: RenderTemplateOptions = {}): string {
  const allowEmpty = new Set(options.allowEmpty ?? ["APP_NAME_SUFFIX"]);
  const missing = new Map<string, string>();
  const rendered = template.replace(PLACEHOLDER, (_all, name: string) => {
    const value = values[name];
    if (value === undefined) missing.set(name, `${name} is not set`);
    else if (value === "" && !allowEmpty.has(name)) missing.set(name, `${name} is empty`);
    return JSON.stringify(value ?? "").slice(1, -1);
  });
  if (missing.size > 0) {
    const source = options.source ?? "the environment";
    const hint = "give each a value, or run `teamsapp provision` for a cloud environment";
    throw new AppPackageError("APP_PACKAGE.MISSING_VALUE", `${[...missing.values()].join(", ")} in ${source}: ${hint}.`, [...missing.keys()]);
  }
  return rendered;
}

/** One file to put in a zip. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** A minimal ZIP (deflate, CRC-32, no extras); a fixed 1980-01-01 timestamp keeps builds byte-identical. */
export function createZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const packed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(0, 10); // time 00:00:00
    local.writeUInt16LE(0x21, 12); // date 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    local.copy(central, 6, 4, 28); // version needed … name length: same as the local header
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Environment names from env/.env.<name> (not the toolkit's .env.<name>.user secret files). */
export function listEnvironments(envDir: string): string[] {
  return readdirSync(envDir)
    .map((file) => /^\.env\.([A-Za-z0-9_-]+)$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

/** Options for {@link buildAppPackage}. */
export interface BuildAppPackageOptions {
  repoRoot?: string;
  /** Where the manifest and zip go; default `<repoRoot>/dist/appPackage`. */
  outDir?: string;
}

/** What {@link buildAppPackage} wrote. */
export interface AppPackage {
  envName: string;
  manifest: Record<string, unknown>;
  manifestPath: string;
  zipPath: string;
}

/** Renders the manifest for one environment and writes it with its zip. */
export function buildAppPackage(envName: string, options: BuildAppPackageOptions = {}): AppPackage {
  const repoRoot = options.repoRoot ?? defaultRepoRoot;
  const outDir = options.outDir ?? path.join(repoRoot, "dist", "appPackage");
  const envFile = path.join(repoRoot, "env", `.env.${envName}`);
  let envText: string;
  try {
    envText = readFileSync(envFile, "utf8");
  } catch {
    throw new AppPackageError("APP_PACKAGE.NO_ENVIRONMENT", `No environment file env/.env.${envName} (looked for ${envFile}).`);
  }
  const appDir = path.join(repoRoot, "appPackage");
  const template = readFileSync(path.join(appDir, "manifest.template.json"), "utf8");
  const rendered = renderTemplate(template, parseEnvFile(envText), { source: `env/.env.${envName}` });
  const manifest = JSON.parse(rendered) as Record<string, unknown>;
  const manifestJson = `${JSON.stringify(manifest, null, 2)}\n`;
  mkdirSync(outDir, { recursive: true });
  const manifestPath = path.join(outDir, `manifest.${envName}.json`);
  const zipPath = path.join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(manifestPath, manifestJson);
  const zip = createZip([
    { name: "manifest.json", data: Buffer.from(manifestJson, "utf8") },
    { name: "color.png", data: readFileSync(path.join(appDir, "color.png")) },
    { name: "outline.png", data: readFileSync(path.join(appDir, "outline.png")) },
  ]);
  writeFileSync(zipPath, zip);
  return { envName, manifest, manifestPath, zipPath };
}

/**
 * `npm run package [-- name]`. Without a name, every environment: one not provisioned yet (empty values) is
 * skipped with a note, so a fresh clone still packages local. A named environment must build, or the run fails.
 */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const requested = process.argv[2];
  const names = requested ? [requested] : listEnvironments(path.join(defaultRepoRoot, "env"));
  let failed = 0;
  for (const name of names) {
    try {
      const built = buildAppPackage(name);
      console.log(`${name}: ${path.relative(defaultRepoRoot, built.zipPath)}`);
    } catch (error) {
      if (!(error instanceof AppPackageError)) throw error;
      const skipped = !requested && error.code === "APP_PACKAGE.MISSING_VALUE";
      console.error(`${name}: ${skipped ? "skipped, not provisioned yet: " : ""}${error.message}`);
      if (!skipped) failed++;
    }
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
