import type { Route } from './route.js';

/** A matched route and its decoded path parameters. */
export type RouteMatch = { route: Route; params: Record<string, string> };

type Compiled = { route: Route; segments: string[]; staticCount: number };

function splitPath(path: string): string[] | undefined {
  try {
    return path.split('/').slice(1).map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/**
 * A tiny router over route templates like `/:tenant/oauth2/v2.0/token`. When several templates
 * match, the one with more literal segments wins (so `/v1.0/users/delta` beats `/v1.0/users/:id`).
 */
export class Router {
  readonly #routes: Compiled[] = [];

  /** Adds routes to the table. */
  add(...routes: Route[]): this {
    for (const route of routes) {
      const segments = route.path.split('/').slice(1);
      this.#routes.push({ route, segments, staticCount: segments.filter((s) => !s.startsWith(':')).length });
    }
    return this;
  }

  /** The best route for a method and path, or undefined. */
  match(method: string, pathname: string): RouteMatch | undefined {
    const parts = splitPath(pathname);
    if (!parts) return undefined;
    let best: (RouteMatch & { score: number }) | undefined;
    for (const c of this.#routes) {
      if (c.route.method !== method || c.segments.length !== parts.length) continue;
      const params = matchSegments(c.segments, parts);
      if (params && (!best || c.staticCount > best.score)) best = { route: c.route, params, score: c.staticCount };
    }
    return best && { route: best.route, params: best.params };
  }

  /** The route templates, for documentation and tests. */
  list(): string[] {
    return this.#routes.map((c) => `${c.route.method} ${c.route.path}`);
  }
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i += 1) {
    const t = template[i] as string;
    const p = parts[i] as string;
    if (t.startsWith(':')) {
      if (p === '') return undefined;
      params[t.slice(1)] = p;
    } else if (t !== p) {
      return undefined;
    }
  }
  return params;
}
