import type { z } from "zod";
import { EnableUsersResponse, Job, ListJobsResponse, ProtectionSummary, apiRoutes, type EnableUsersRequest } from "../../../contract/index.js";
import type { RequestJsonOptions } from "./request-json.js";

/** One authenticated call, as createApiClient makes it. */
export type ApiCall = <T extends z.ZodTypeAny>(schema: T, path: string, init?: RequestJsonOptions) => Promise<z.output<T>>;

type CallOptions = { signal?: AbortSignal };

/** Enable users: start a job (All or the ticked users), follow it, Resume, Retry failed, and the protection counts. */
export function enableCalls(call: ApiCall) {
  return {
    /** Enable: `{ all: true }` or `{ userIds }`; `joined` when a running All answered instead of a new job. */
    enableUsers: (id: string, body: EnableUsersRequest, opts: CallOptions = {}) =>
      call(EnableUsersResponse, apiRoutes.customerEnable(id), { ...opts, method: "POST", body }),
    /** The customer's jobs, newest first. */
    listJobs: (id: string, opts: CallOptions = {}) => call(ListJobsResponse, apiRoutes.customerJobs(id), opts),
    getJob: (id: string, jobId: string, opts: CallOptions = {}) => call(Job, apiRoutes.customerJob(id, jobId), opts),
    /** Resume a paused job (paused → queued) once staff fixed what the pause reason said. */
    resumeJob: (id: string, jobId: string, opts: CallOptions = {}) =>
      call(Job, apiRoutes.customerJobResume(id, jobId), { ...opts, method: "POST", body: {} }),
    /** Retry failed: a new job for the users that failed in this one. */
    retryFailed: (id: string, jobId: string, opts: CallOptions = {}) =>
      call(EnableUsersResponse, apiRoutes.customerJobRetryFailed(id, jobId), { ...opts, method: "POST", body: {} }),
    /** Protected / Pending / Failed / Off; only for a connected customer (409 before Authorise). */
    getProtection: (id: string, opts: CallOptions = {}) => call(ProtectionSummary, apiRoutes.customerProtection(id), opts),
  };
}
