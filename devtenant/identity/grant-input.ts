import type { DevTenantApp } from '../app-context.js';
import type { TenantSegment } from './resolve-tenant.js';

/** What every grant handler receives from the token route (client already authenticated). */
export type GrantInput = { app: DevTenantApp; segment: TenantSegment; form: URLSearchParams; clientId: string };

/** The JSON body of a successful token response. */
export type TokenResponse = {
  token_type: 'Bearer';
  scope?: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  client_info?: string;
};
