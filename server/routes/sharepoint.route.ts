import type { Server } from "restify";
import { ProvisionSitesRequest } from "../../contract/index.js";
import { getSharePointStatus, provisionSites } from "../../service/index.js";
import type { AppServices } from "../compose.js";
import { parseInput } from "../http/parse-input.js";
import { staffHandler } from "../http/staff-handler.js";
import { toJobDto } from "./job-dto.js";

/** SharePoint / OneDrive: the panel's state, and Provision with reporting options. */
export function registerSharePointRoutes(server: Server, services: AppServices): void {
  const { deps } = services;
  const id = (req: { params?: Record<string, string> }): string => String(req.params?.id ?? "");

  server.get("/api/customers/:id/sharepoint", staffHandler(services, async (staff, req) => {
    const status = await getSharePointStatus(deps, staff, id(req));
    return { job: status.job ? toJobDto(status.job, status.reports) : null, lastOptions: status.lastOptions };
  }));
  server.post("/api/customers/:id/sharepoint/provision", staffHandler(services, async (staff, req) => {
    const body = parseInput(ProvisionSitesRequest, req.body);
    const { job, joined } = await provisionSites(deps, staff, id(req), body);
    return { job: toJobDto(job), joined };
  }));
}
