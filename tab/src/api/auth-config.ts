import { AuthConfigResponse, authRoutes } from "../../../contract/index.js";
import { requestJson } from "./request-json.js";

/** Reads which sign-in to offer; public, so it needs no token. */
export function fetchAuthConfig(options: { signal?: AbortSignal } = {}): Promise<AuthConfigResponse> {
  return requestJson(AuthConfigResponse, authRoutes.config, options);
}
