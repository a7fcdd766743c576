import type { Server } from "restify";
import { apiRoutes, ListUsersQuery, SaveTenantRequest, SetAutoEnableRequest } from "../../contract/index.js";
import { getCustomer, listCustomers, listUsers, saveTenant, setAutoEnable, startConsent } from "../../service/index.js";
import type { AppServices } from "../compose.js";
import { parseInput } from "../http/parse-input.js";
import { staffHandler } from "../http/staff-handler.js";
import { toCustomerDto } from "./customer-dto.js";

/** The tab's JSON API: parse, call one use case, shape the answer by the contract. */
export function registerApiRoutes(server: Server, services: AppServices): void {
  const { deps, config } = services;
  const id = (req: { params?: Record<string, string> }): string => String(req.params?.id ?? "");

  server.get(apiRoutes.me, staffHandler(services, async (staff) => {
    await services.staff.record(staff, new Date().toISOString());
    return { name: staff.name, userPrincipalName: staff.userPrincipalName, mspTenantId: staff.mspTenantId, role: staff.role };
  }));
  server.get(apiRoutes.customers, staffHandler(services, async (staff) => ({ customers: (await listCustomers(deps, staff)).map((c) => toCustomerDto(c)) })));
  server.get("/api/customers/:id", staffHandler(services, async (staff, req) => toCustomerDto(await getCustomer(deps, staff, id(req)))));
  server.put("/api/customers/:id/tenant", staffHandler(services, async (staff, req) => {
    const body = parseInput(SaveTenantRequest, req.body);
    return toCustomerDto(await saveTenant(deps, staff, id(req), body.tenant));
  }));
  server.put("/api/customers/:id/auto", staffHandler(services, async (staff, req) => {
    const body = parseInput(SetAutoEnableRequest, req.body);
    return toCustomerDto(await setAutoEnable(deps, staff, id(req), body.on));
  }));
  server.post("/api/customers/:id/consent", staffHandler(services, async (staff, req) => {
    const started = await startConsent(deps, staff, id(req), { ttlMs: config.consentTtlSeconds * 1000 });
    return { popupUrl: new URL(started.popupPath, config.publicBaseUrl).toString(), expiresAt: started.expiresAt };
  }));
  server.get("/api/customers/:id/users", staffHandler(services, async (staff, req) => {
    const query = parseInput(ListUsersQuery, req.query);
    return listUsers(deps, staff, id(req), query);
  }));
}
