import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const docFile = path.resolve("docs/reliability.md");
const resultsDir = path.resolve("campaign/results");

/** Replaces (or appends) the generated section `name` of docs/reliability.md, between its markers. */
export async function writeSection(name: string, markdown: string): Promise<void> {
  const current = await readFile(docFile, "utf8").catch(() => "# Reliability\n");
  const section = `<!-- ${name}:start -->\n${markdown.trim()}\n<!-- ${name}:end -->`;
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  await writeFile(docFile, pattern.test(current) ? current.replace(pattern, () => section) : `${current.trimEnd()}\n\n${section}\n`);
}

/** Keeps a campaign's whole result as JSON (campaign/results/<name>.json), beside the figures the doc shows. */
export async function keepResult(name: string, result: unknown): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** A markdown table from a header row and rows. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** "2026-12-01 12:34 UTC" */
export function stamp(): string {
  return `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A yes/no verdict cell. */
export function verdict(ok: boolean): string {
  return ok ? "**yes**" : "**NO**";
}
