import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";

/** The repository root (tests/unit/bot → ../../..). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The Adaptive Card 1.5 schema lives beside the repo (CI clones shared/ next to it). */
export const cardSchemaPath = path.resolve(repoRoot, "../shared/schemas/adaptive-card-1.5.schema.json");

/**
 * Compiles the Adaptive Card schema. It declares draft-06, which Ajv's default (draft-07) class validates once the
 * draft-06 meta-schema is added (draft-07 only added keywords). Its root still says `id`, draft-04's name for `$id`,
 * and it annotates with `version`/`features`/`example`, which are declared as annotation-only keywords.
 */
export function compileCardSchema(): ValidateFunction {
  const { id, ...schema } = JSON.parse(readFileSync(cardSchemaPath, "utf8")) as { id: string } & Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strictTypes: false, allowUnionTypes: true });
  ajv.addMetaSchema(createRequire(import.meta.url)("ajv/dist/refs/json-schema-draft-06.json"));
  ajv.addVocabulary(["version", "features", "example"]);
  ajvFormats.default(ajv); // CommonJS: the default import is module.exports, whose .default is the plugin
  return ajv.compile({ $id: id, ...schema });
}

/** Ajv errors as readable lines (the schema's anyOf makes many; the first few say enough). */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).slice(0, 8).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`).join("\n");
}
