import type { Harness } from './devtenant-fixture.js';
import type { TestResponse } from './http-client.js';

/** Ada, MSP A's admin: a licensed mailbox the MSP app may send from. */
export const ADA = 'ada.admin@northwindmsp.onmicrosoft.com';

/** POST /users/{sender}/sendMail with Graph's JSON body. */
export function sendJson(h: Harness, token: string, sender: string, body: unknown): Promise<TestResponse> {
  return h.https(`/v1.0/users/${encodeURIComponent(sender)}/sendMail`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** POST /users/{sender}/sendMail with a MIME message, base64-encoded, as Content-Type text/plain. */
export function sendMime(h: Harness, token: string, sender: string, mime: string, options: { raw?: boolean } = {}): Promise<TestResponse> {
  return h.https(`/v1.0/users/${encodeURIComponent(sender)}/sendMail`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
    body: options.raw ? mime : Buffer.from(mime, 'utf8').toString('base64'),
  });
}

/** A Graph JSON message to `to` with an HTML body. */
export function jsonMessage(to: string[], subject = 'Backup report', html = '<p>All <b>protected</b>.</p>'): Record<string, unknown> {
  return {
    message: { subject, body: { contentType: 'HTML', content: html }, toRecipients: to.map((address) => ({ emailAddress: { address } })) },
    saveToSentItems: false,
  };
}

/** A multipart/alternative message as the product sends it: text/plain (quoted-printable) and text/html (base64). */
export function alternativeMime(input: { to: string; cc?: string; subject: string; text: string; html: string }): string {
  const subject = `=?UTF-8?B?${Buffer.from(input.subject, 'utf8').toString('base64')}?=`;
  const qp = Buffer.from(input.text, 'utf8').toString('latin1').replace(/[^\x20-\x7e\n]|=/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const html = Buffer.from(input.html, 'utf8').toString('base64').replace(/(.{76})/g, '$1\r\n');
  return [
    `From: Ada Admin <${ADA}>`,
    `To: ${input.to}`,
    ...(input.cc ? [`Cc: ${input.cc}`] : []),
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative;',
    ' boundary="=_b365_boundary"',
    '',
    '--=_b365_boundary',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    qp.replace(/\n/g, '\r\n'),
    '--=_b365_boundary',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    html,
    '--=_b365_boundary--',
    '',
  ].join('\r\n');
}
