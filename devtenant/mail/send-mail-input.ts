import { GraphError } from '../http/graph-error.js';
import { parseMime } from './mime-message.js';
import type { MailAddress, OutboxMessage } from './outbox.js';

/** What a sendMail request asks to send, before it is stored. */
export type SendInput = Pick<OutboxMessage, 'format' | 'to' | 'cc' | 'bcc' | 'subject' | 'html' | 'text' | 'saveToSentItems'>;

const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unreadable(message: string): GraphError {
  return new GraphError(400, 'RequestBodyRead', message);
}

function param(body: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

function recipients(message: Record<string, unknown>, name: string): MailAddress[] {
  const list = message[name];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw unreadable(`The property '${name}' must be a collection of microsoft.graph.recipient.`);
  return list.map((r: unknown) => {
    const email = isRecord(r) && isRecord(r.emailAddress) ? r.emailAddress : {};
    const display = typeof email.name === 'string' && email.name ? email.name : null;
    return { address: typeof email.address === 'string' ? email.address.trim() : '', name: display };
  });
}

/** Graph's JSON form: `{ message: { subject, body: { contentType, content }, toRecipients, ... }, saveToSentItems }`. */
function parseJsonSend(text: string): SendInput {
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  const message = isRecord(body) ? param(body, 'message') : undefined;
  if (!isRecord(body) || !isRecord(message)) throw new GraphError(400, 'ErrorInvalidParameter', "The value of the parameter 'Message' is empty.");
  const save = param(body, 'saveToSentItems');
  if (save !== undefined && save !== null && typeof save !== 'boolean') throw unreadable("Cannot convert the literal to the expected type 'Edm.Boolean' for 'saveToSentItems'.");
  const subject = message.subject ?? '';
  if (typeof subject !== 'string') throw unreadable("Cannot convert the value of 'subject' to the expected type 'Edm.String'.");
  const itemBody = isRecord(message.body) ? message.body : {};
  const kind = typeof itemBody.contentType === 'string' ? itemBody.contentType.toLowerCase() : 'text';
  if (kind !== 'text' && kind !== 'html') throw unreadable(`The value '${String(itemBody.contentType)}' is not valid for the enum type 'microsoft.graph.bodyType'.`);
  const content = typeof itemBody.content === 'string' ? itemBody.content : '';
  return {
    format: 'json',
    to: recipients(message, 'toRecipients'),
    cc: recipients(message, 'ccRecipients'),
    bcc: recipients(message, 'bccRecipients'),
    subject,
    html: kind === 'html' ? content : null,
    text: kind === 'text' ? content : null,
    saveToSentItems: save !== false,
  };
}

/** Graph's MIME form: the body is the base64 of a whole MIME message (Content-Type: text/plain). */
function parseMimeSend(text: string): SendInput {
  const b64 = text.replace(/\s+/g, '');
  if (b64 === '' || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
    throw new GraphError(400, 'ErrorMimeContentInvalidBase64String', 'Invalid base64 string for MIME content.');
  }
  const mime = parseMime(Buffer.from(b64, 'base64').toString('latin1'));
  return { format: 'mime', to: mime.to, cc: mime.cc, bcc: mime.bcc, subject: mime.subject, html: mime.html, text: mime.text, saveToSentItems: true };
}

/**
 * Reads a sendMail body in either of Graph's formats (by Content-Type) and checks its recipients as
 * Exchange does: none, or one that is not an SMTP address, is 400 ErrorInvalidRecipients.
 */
export function parseSendMail(contentType: string | undefined, text: string): SendInput {
  const input = (contentType ?? '').toLowerCase().startsWith('text/plain') ? parseMimeSend(text) : parseJsonSend(text);
  const all = [...input.to, ...input.cc, ...input.bcc];
  if (all.length === 0) {
    throw new GraphError(400, 'ErrorInvalidRecipients', "At least one recipient isn't valid., A message can't be sent because it contains no recipients.");
  }
  const bad = all.find((r) => !ADDRESS.test(r.address));
  if (bad) {
    throw new GraphError(400, 'ErrorInvalidRecipients', `At least one recipient isn't valid., Recipient '${bad.address}' isn't resolved. All recipients must be resolved before a message can be submitted.`);
  }
  return input;
}
