import { AdminError } from '../http/admin-error.js';
import { emptyReply, jsonReply, type Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { renderMailPage } from './mail-page.js';
import type { OutboxFilter } from './outbox.js';

/** The page may show the mail's images; everything else it would load stays blocked. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:; base-uri 'none'; form-action 'none'";

function wantsHtml(ctx: RequestContext): boolean {
  const format = ctx.query.get('format');
  if (format) return format === 'html';
  return (ctx.header('accept') ?? '').toLowerCase().includes('text/html');
}

function filterOf(ctx: RequestContext): OutboxFilter {
  const tenant = ctx.query.get('tenant');
  const found = tenant ? ctx.app.state.tenants.find(tenant) : undefined;
  if (tenant && !found) throw new AdminError(404, 'DEVTENANT.TENANT_NOT_FOUND', `No tenant '${tenant}'.`);
  return { to: ctx.query.get('to') ?? undefined, from: ctx.query.get('from') ?? undefined, tenantId: found?.seed.tenantId };
}

/**
 * GET /_devtenant/mail: the outbox, newest first, filtered by `to` (To/Cc/Bcc), `from`, `tenant`
 * (id or domain), at most `top`. JSON `{ total, messages }`, or the mail-client page when the
 * browser asks for HTML (`Accept: text/html`, or `format=html`; `id` opens a message, `view=text`).
 */
function listMail(ctx: RequestContext): Reply {
  const messages = ctx.app.state.mail.list(filterOf(ctx));
  if (wantsHtml(ctx)) {
    const id = ctx.query.get('id');
    const selected = id ? ctx.app.state.mail.get(id) : messages[0];
    const filters = new URLSearchParams([...ctx.query].filter(([k]) => ['to', 'from', 'tenant'].includes(k)));
    const html = renderMailPage({ messages: messages.slice(0, 500), selected, view: ctx.query.get('view') === 'text' ? 'text' : 'html', filters });
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': PAGE_CSP }, body: html };
  }
  const top = Number(ctx.query.get('top') ?? messages.length);
  if (!Number.isInteger(top) || top < 0) throw new AdminError(400, 'DEVTENANT.BAD_REQUEST', 'top must be a non-negative integer.');
  return jsonReply(200, { total: messages.length, messages: messages.slice(0, top) });
}

/** The outbox for tests and people: list (JSON or page), one message, clear. */
export const mailAdminRoutes: Route[] = [
  { method: 'GET', path: '/_devtenant/mail', style: 'admin', handle: listMail },
  {
    method: 'GET',
    path: '/_devtenant/mail/:id',
    style: 'admin',
    handle: ({ app, params }) => {
      const message = app.state.mail.get(params.id ?? '');
      if (!message) throw new AdminError(404, 'DEVTENANT.MAIL_NOT_FOUND', `No message '${params.id ?? ''}'.`);
      return jsonReply(200, message);
    },
  },
  {
    method: 'DELETE',
    path: '/_devtenant/mail',
    style: 'admin',
    handle: ({ app }) => {
      app.state.mail.clear();
      return emptyReply(204);
    },
  },
];
