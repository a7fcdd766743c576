import type { z } from "zod";
import {
  Customer,
  ListCustomersResponse,
  ListUsersResponse,
  MeResponse,
  StartConsentResponse,
  apiRoutes,
  type BackupState,
  type SaveTenantRequest,
  type SetAutoEnableRequest,
} from "../../../contract/index.js";
import { ApiError } from "./api-error.js";
import { enableCalls, type ApiCall } from "./enable-calls.js";
import { requestJson, type RequestJsonOptions } from "./request-json.js";
import { sharePointCalls } from "./sharepoint-calls.js";

/** Optional inputs of {@link createApiClient}. */
export interface CreateApiClientOptions {
  /** Called once per 401 before the ApiError is thrown, so the app can return to sign-in. */
  onUnauthorized?: (error: ApiError) => void;
}

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** listUsers' query: server-side search, the cursor from the previous page, and the page size. */
export interface ListUsersOptions extends CallOptions {
  search?: string;
  cursor?: string;
  pageSize?: number;
  /** Only users in this backup state. */
  status?: BackupState;
}

/** The typed client for every /api route the tab uses. */
export type ApiClient = ReturnType<typeof createApiClient>;

/** Builds the client; `getToken` is asked before every call so a refreshed SSO token is always used. */
export function createApiClient(getToken: () => Promise<string | null>, options: CreateApiClientOptions = {}) {
  const call: ApiCall = async <T extends z.ZodTypeAny>(schema: T, path: string, init: RequestJsonOptions = {}) => {
    try {
      const token = await getToken();
      if (!token) throw new ApiError(401, "AUTH.NO_TOKEN", "Your session has ended, sign in again.");
      return await requestJson(schema, path, { ...init, token });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) options.onUnauthorized?.(error);
      throw error;
    }
  };

  return {
    me: (opts: CallOptions = {}) => call(MeResponse, apiRoutes.me, opts),
    listCustomers: (opts: CallOptions = {}) => call(ListCustomersResponse, apiRoutes.customers, opts),
    getCustomer: (id: string, opts: CallOptions = {}) => call(Customer, apiRoutes.customer(id), opts),
    /** Save: records the tenant GUID or domain (PUT, as server/ mounts it); answers with the updated customer. */
    saveTenant: (id: string, body: SaveTenantRequest, opts: CallOptions = {}) =>
      call(Customer, apiRoutes.customerTenant(id), { ...opts, method: "PUT", body }),
    /** Authorise: asks for a fresh popup URL carrying single-use state. */
    startConsent: (id: string, opts: CallOptions = {}) =>
      call(StartConsentResponse, apiRoutes.customerConsent(id), { ...opts, method: "POST", body: {} }),
    /** Enable Auto on or off (PUT); answers with the updated customer (403 for a viewer, 409 before Authorise). */
    setAutoEnable: (id: string, body: SetAutoEnableRequest, opts: CallOptions = {}) =>
      call(Customer, apiRoutes.customerAuto(id), { ...opts, method: "PUT", body }),
    listUsers: (id: string, opts: ListUsersOptions = {}) =>
      call(ListUsersResponse, apiRoutes.customerUsers(id), {
        signal: opts.signal,
        query: { search: opts.search?.trim(), cursor: opts.cursor, pageSize: opts.pageSize, status: opts.status },
      }),
    ...enableCalls(call),
    ...sharePointCalls(call),
  };
}
