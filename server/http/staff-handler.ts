import type { Request, Response } from "restify";
import type { Staff } from "../../service/index.js";
import type { AppServices } from "../compose.js";
import { sendError } from "./send-error.js";

/** A restify handler for /api routes: authenticate the staff member, run, answer 200 JSON or the error. */
export function staffHandler(services: AppServices, handle: (staff: Staff, req: Request) => Promise<unknown>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const staff = await services.verifyStaff(req.header("authorization"));
      res.send(200, await handle(staff, req));
    } catch (error) {
      sendError(res, error, services.log);
    }
  };
}
