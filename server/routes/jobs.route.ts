import type { Server } from "restify";
import { EnableUsersRequest } from "../../contract/index.js";
import { enableUsers, getJob, getProtectionSummary, listAudit, listJobs, resumeJob, retryFailed, tallyReports } from "../../service/index.js";
import type { AppServices } from "../compose.js";
import { parseInput } from "../http/parse-input.js";
import { staffHandler } from "../http/staff-handler.js";
import { toJobDto } from "./job-dto.js";

/** Enable (one by one, selected, All), job progress, Resume, Retry failed, the protection counts, the audit trail. */
export function registerJobRoutes(server: Server, services: AppServices): void {
  const { deps } = services;
  const param = (req: { params?: Record<string, string> }, name: string): string => String(req.params?.[name] ?? "");

  server.post("/api/customers/:id/enable", staffHandler(services, async (staff, req) => {
    const body = parseInput(EnableUsersRequest, req.body);
    const { job, joined } = await enableUsers(deps, staff, param(req, "id"), body);
    return { job: toJobDto(job), joined };
  }));
  server.get("/api/customers/:id/jobs", staffHandler(services, async (staff, req) => ({ jobs: (await listJobs(deps, staff, param(req, "id"))).map((job) => toJobDto(job)) })));
  server.get("/api/customers/:id/jobs/:jobId", staffHandler(services, async (staff, req) => {
    const job = await getJob(deps, staff, param(req, "id"), param(req, "jobId"));
    return toJobDto(job, await tallyReports(deps, job));
  }));
  server.post("/api/customers/:id/jobs/:jobId/resume", staffHandler(services, async (staff, req) => toJobDto(await resumeJob(deps, staff, param(req, "id"), param(req, "jobId")))));
  server.post("/api/customers/:id/jobs/:jobId/retry-failed", staffHandler(services, async (staff, req) => {
    const { job, joined } = await retryFailed(deps, staff, param(req, "id"), param(req, "jobId"));
    return { job: toJobDto(job), joined };
  }));
  server.get("/api/customers/:id/audit", staffHandler(services, async (staff, req) => ({
    entries: (await listAudit(deps, staff, param(req, "id"))).map(({ at, actorName, action, outcome, detail }) => ({ at, actorName, action, outcome, detail })),
  })));
  server.get("/api/customers/:id/protection", staffHandler(services, async (staff, req) => getProtectionSummary(deps, staff, param(req, "id"))));
}
