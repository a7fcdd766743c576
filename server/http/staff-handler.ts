import type { Request, Response } from "restify";
import { AppError, type Staff } from "../../service/index.js";
import type { AppServices } from "../compose.js";
import { sendError } from "./send-error.js";

/** Characters a Table Storage key cannot hold (and no id of ours has), or too long: such a path parameter names nothing. */
const storableKey = /^[^/\\#?\u0000-\u001f\u007f-\u009f]{1,200}$/;
const missing: Record<string, [code: string, message: string]> = {
  id: ["CUSTOMER.NOT_FOUND", "That customer does not exist, or is not one of your MSP's customers."],
  jobId: ["JOB.NOT_FOUND", "That job does not exist for this customer."],
};

/** A restify handler for /api routes: authenticate the staff member, run, answer 200 JSON or the error. */
export function staffHandler(services: AppServices, handle: (staff: Staff, req: Request) => Promise<unknown>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const staff = await services.verifyStaff(req.header("authorization"));
      assertStorableParams(req.params as Record<string, unknown> | undefined);
      res.send(200, await handle(staff, req));
    } catch (error) {
      sendError(res, error, services.log);
    }
  };
}

/** A 404 for an id storage would refuse as a key (Azure answers 400, which would otherwise read as "storage down"). */
function assertStorableParams(params: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(params ?? {})) {
    if (storableKey.test(String(value))) continue;
    const [code, message] = missing[name] ?? ["NOT_FOUND", "No such item."];
    throw new AppError(code, message, { status: 404 });
  }
}
