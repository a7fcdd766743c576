import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";

/** The repository root (tests/unit/app-package → ../../..). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Third-party schemas live beside the repo (CI clones shared/ next to it), not inside it. */
export function sharedSchemaPath(file: string): string {
  return path.resolve(repoRoot, "../shared/schemas", file);
}

const DRAFT_04 = "http://json-schema.org/draft-04/schema#";

/** Draft-04 keywords whose meaning changed by draft-07; their absence makes draft-07 validation exact. */
function findDraft04OnlySemantics(node: unknown, at = "#", underProperties = false): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => findDraft04OnlySemantics(item, `${at}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (!underProperties) {
      if ((key === "exclusiveMinimum" || key === "exclusiveMaximum") && typeof value === "boolean") found.push(`${at}/${key}`);
      if (key === "id" && typeof value === "string") found.push(`${at}/id`);
    }
    found.push(...findDraft04OnlySemantics(value, `${at}/${key}`, !underProperties && (key === "properties" || key === "definitions")));
  }
  return found;
}

/**
 * Compiles a schema from ../shared/schemas with Ajv (draft-07). The Teams manifest schema says
 * draft-04, which Ajv 8 does not ship; it uses no keyword whose draft-04 meaning differs, so it is
 * validated as draft-07 once that is checked (a future schema that does would fail here, loudly).
 */
export function compileSharedSchema(file: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(sharedSchemaPath(file), "utf8")) as Record<string, unknown>;
  if (schema.$schema === DRAFT_04) {
    const differences = findDraft04OnlySemantics(schema);
    if (differences.length > 0) throw new Error(`${file} uses draft-04-only semantics at ${differences.join(", ")}`);
    delete schema.$schema;
  }
  const ajv = new Ajv({ allErrors: true, strictTypes: false, allowUnionTypes: true });
  ajvFormats.default(ajv); // CommonJS: the default import is module.exports, whose .default is the plugin
  return ajv.compile(schema);
}

/** Ajv errors as readable lines for an assertion message. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`).join("\n");
}
