import { GraphError } from '../http/graph-error.js';

/**
 * Parses `$select` for an entity type whose properties are `known` (Graph v1.0 names, matched
 * case-insensitively); an unknown name is Graph's 400. `id` is always returned. Undefined when absent.
 */
export function parseEntitySelect(raw: string | null, known: readonly string[], typeName: string): string[] | undefined {
  if (raw === null) return undefined;
  const out: string[] = [];
  for (const name of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const canonical = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (!canonical) {
      throw new GraphError(400, 'BadRequest', `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.`);
    }
    if (!out.includes(canonical)) out.push(canonical);
  }
  if (!out.includes('id')) out.unshift('id');
  return out;
}

/** The selected properties of a view (null for a known property the view does not fill). */
export function projectEntity(view: Record<string, unknown>, select: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of select) out[name] = name in view ? view[name] : null;
  return out;
}

/** Throws Graph's 400 for any `$` query option not in `allowed`. */
export function rejectQueryOptions(query: URLSearchParams, allowed: readonly string[]): void {
  for (const key of query.keys()) {
    if (key.startsWith('$') && !allowed.includes(key)) throw new GraphError(400, 'BadRequest', `Query option '${key}' is not allowed.`);
  }
}
