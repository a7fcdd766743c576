import { APP_REGISTRATION, GRAPH_RESOURCE } from '../seed/app-registration.js';
import { OIDC_SCOPES } from '../seed/permissions.js';

/** A scope string split into one resource, its permissions and the OpenID scopes. */
export type ParsedScopes = {
  resource: 'graph' | 'app';
  permissions: string[];
  isDefault: boolean;
  oidc: string[];
};

/** Raised for scope strings Entra would refuse; carries the AADSTS number. */
export class ScopeError extends Error {
  override readonly name = 'ScopeError';
  readonly code = 'DEVTENANT.INVALID_SCOPE';
  constructor(readonly aadsts: number, message: string) {
    super(message);
  }
}

const GRAPH_PREFIXES = [`${GRAPH_RESOURCE}/`, '00000003-0000-0000-c000-000000000000/'];
const APP_PREFIXES = [`${APP_REGISTRATION.appIdUri}/`, `${APP_REGISTRATION.clientId}/`, `api://${APP_REGISTRATION.clientId}/`];

function classify(token: string): { resource: 'graph' | 'app'; permission: string } | undefined {
  for (const p of GRAPH_PREFIXES) if (token.toLowerCase().startsWith(p)) return { resource: 'graph', permission: token.slice(p.length) };
  for (const p of APP_PREFIXES) if (token.toLowerCase().startsWith(p)) return { resource: 'app', permission: token.slice(p.length) };
  if (!token.includes('/') && !token.includes(':')) return { resource: 'graph', permission: token };
  return undefined;
}

/** Parses a space-separated scope parameter the way Entra's v2 endpoint reads it. */
export function parseScopes(scope: string): ParsedScopes {
  const oidc: string[] = [];
  const permissions: string[] = [];
  const resources = new Set<'graph' | 'app'>();
  for (const token of scope.split(/\s+/).filter(Boolean)) {
    if (OIDC_SCOPES.includes(token)) {
      oidc.push(token);
      continue;
    }
    const hit = classify(token);
    if (!hit) {
      throw new ScopeError(500011, `The resource principal named ${token.replace(/\/[^/]*$/, '')} was not found in the tenant. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`);
    }
    resources.add(hit.resource);
    permissions.push(hit.permission);
  }
  if (resources.size > 1) {
    throw new ScopeError(28000, 'Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ' + scope + ' is not valid.');
  }
  const resource = [...resources][0] ?? 'graph';
  if (resource === 'app' && permissions.some((p) => p !== '.default' && p !== APP_REGISTRATION.delegatedScope)) {
    throw new ScopeError(65005, `The application '${APP_REGISTRATION.displayName}' asked for scope '${permissions.join(' ')}' that doesn't exist on the resource '${APP_REGISTRATION.clientId}'.`);
  }
  return { resource, permissions, isDefault: permissions.includes('.default'), oidc };
}

/** The `scope` value a token response reports for what was granted. */
export function grantedScopeString(parsed: ParsedScopes, delegated: readonly string[]): string {
  const prefix = parsed.resource === 'graph' ? `${GRAPH_RESOURCE}/` : `${APP_REGISTRATION.appIdUri}/`;
  const resourceScopes = delegated.filter((s) => !OIDC_SCOPES.includes(s)).map((s) => `${prefix}${s}`);
  return [...resourceScopes, ...parsed.oidc].join(' ');
}
