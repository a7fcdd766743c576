import type { MailPort } from "../../ports/mail.port.js";
import { buildMimeMessage } from "../../notify/email/mime-message.js";
import type { GraphClients } from "./graph-clients.js";
import { translateGraphError } from "./graph-errors.js";

/**
 * Sends mail with Graph `POST /users/{from}/sendMail` in the MSP tenant (app-only, Mail.Send), in MIME format so
 * the HTML body travels with its plain-text alternative. Graph answers 202 with no body.
 */
export function createMailAdapter(graph: GraphClients): MailPort {
  return {
    async send(mspTenantId, message) {
      const mime = Buffer.from(buildMimeMessage(message), "utf8").toString("base64");
      try {
        await graph.forTenant(mspTenantId).api(`/users/${encodeURIComponent(message.from)}/sendMail`).header("Content-Type", "text/plain").post(mime);
      } catch (error) {
        throw translateGraphError(error, "the report email");
      }
    },
  };
}
