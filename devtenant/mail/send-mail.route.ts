import { authorizeGraph } from '../graph/auth-guard.js';
import { SEND_MAIL } from '../graph/permissions.js';
import { GraphError } from '../http/graph-error.js';
import { emptyReply, type Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { parseSendMail } from './send-mail-input.js';

/** A MIME message with a few attachments; Graph's own request limit is 4 MB. */
const MAIL_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * POST /v1.0/users/{id | userPrincipalName}/sendMail: JSON or base64 MIME (Content-Type
 * text/plain). The sender must be a user of the token's tenant (404 ErrorInvalidUser) with a
 * mailbox, that is a licence (404 MailboxNotEnabledForRESTAPI). Accepted mail goes to the outbox
 * (GET /_devtenant/mail) and the answer is 202 with no body, as Graph's.
 */
async function sendMail(ctx: RequestContext): Promise<Reply> {
  const principal = await authorizeGraph(ctx, SEND_MAIL);
  const key = ctx.params.id ?? '';
  const sender = principal.tenant.directory.find(key);
  if (!sender) throw new GraphError(404, 'ErrorInvalidUser', `The requested user '${key}' is invalid.`);
  if (sender.assignedLicenses.length === 0) {
    throw new GraphError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
  }
  const input = parseSendMail(ctx.header('content-type'), await ctx.readText({ limit: MAIL_BODY_LIMIT }));
  ctx.app.state.mail.add({
    ...input,
    tenantId: principal.tenant.seed.tenantId,
    senderId: sender.id,
    from: { address: sender.mail, name: sender.displayName },
  });
  return emptyReply(202);
}

/** Sending mail as a user. */
export const sendMailRoutes: Route[] = [{ method: 'POST', path: '/v1.0/users/:id/sendMail', style: 'graph', handle: sendMail }];
