import type { Request, Response, Server } from "restify";
import type { AppServices } from "../compose.js";

/** /healthz: the process answers. /readyz: storage answers too. */
export function registerHealthRoutes(server: Server, services: AppServices): void {
  server.get("/healthz", async (_req: Request, res: Response) => {
    res.send(200, { status: "ok" });
  });
  server.get("/readyz", async (_req: Request, res: Response) => {
    try {
      await services.tables.ping();
      res.send(200, { status: "ready", storage: "ok" });
    } catch {
      res.send(503, { status: "not ready", storage: "unreachable" });
    }
  });
}
