import { ProvisionSitesResponse, SharePointStatus, apiRoutes, type ProvisionSitesRequest } from "../../../contract/index.js";
import type { ApiCall } from "./enable-calls.js";

type CallOptions = { signal?: AbortSignal };

/** SharePoint / OneDrive: the panel's state and Provision (app-only tokens from Authorise, so no new sign-in). */
export function sharePointCalls(call: ApiCall) {
  return {
    /** The newest provisioning job (null before the first Provision) and the reporting options last used; 409 before Authorise. */
    getSharePoint: (id: string, opts: CallOptions = {}) => call(SharePointStatus, apiRoutes.customerSharePoint(id), opts),
    /** Provision every site and drive with these reporting options; `joined` when one was already running. */
    provisionSites: (id: string, body: ProvisionSitesRequest, opts: CallOptions = {}) =>
      call(ProvisionSitesResponse, apiRoutes.customerProvision(id), { ...opts, method: "POST", body }),
  };
}
