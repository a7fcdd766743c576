import { decodeCharset, decodeWords, parseAddressList, parseHeaderBlock, parseParams } from './mime-headers.js';
import type { MailAddress } from './outbox.js';

/** What devtenant reads from a MIME message: the envelope headers and the first text and HTML parts. */
export type ParsedMime = {
  subject: string;
  from: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  html: string | null;
  text: string | null;
  attachments: number;
};

type Entity = { headers: Map<string, string>; body: string };
type Found = { html: string | null; text: string | null; attachments: number };

function splitEntity(raw: string): Entity {
  const gap = /\r?\n\r?\n/.exec(raw);
  return gap
    ? { headers: parseHeaderBlock(raw.slice(0, gap.index)), body: raw.slice(gap.index + gap[0].length) }
    : { headers: parseHeaderBlock(raw), body: '' };
}

function decodeTransfer(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
    case 'quoted-printable':
      return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    default:
      return Buffer.from(body, 'latin1');
  }
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split(/\r?\n/)) {
    const rest = line.startsWith(delimiter) ? line.slice(delimiter.length).trim() : undefined;
    if (rest === '' || rest === '--') {
      if (current) parts.push(current.join('\r\n'));
      if (rest === '--') return parts;
      current = [];
    } else {
      current?.push(line);
    }
  }
  if (current) parts.push(current.join('\r\n'));
  return parts;
}

function walk(entity: Entity, found: Found, depth: number): void {
  const type = parseParams(entity.headers.get('content-type') ?? 'text/plain; charset=us-ascii');
  const disposition = parseParams(entity.headers.get('content-disposition')).value;
  const boundary = type.params.boundary;
  if (type.value.startsWith('multipart/') && boundary && depth < 10) {
    for (const part of splitMultipart(entity.body, boundary)) walk(splitEntity(part), found, depth + 1);
    return;
  }
  const kind = type.value === 'text/html' ? 'html' : type.value === 'text/plain' ? 'text' : undefined;
  if (!kind || disposition === 'attachment' || found[kind] !== null) {
    found.attachments += 1;
    return;
  }
  const bytes = decodeTransfer(entity.body, entity.headers.get('content-transfer-encoding'));
  found[kind] = decodeCharset(bytes, type.params.charset).replace(/\r\n/g, '\n');
}

/**
 * Parses a MIME message given as a binary (latin1) string: Subject, From, To, Cc, Bcc, and the
 * first text/plain and text/html parts of any multipart nesting, with base64 / quoted-printable
 * and charsets decoded. Other parts count as attachments.
 */
export function parseMime(raw: string): ParsedMime {
  const top = splitEntity(raw);
  const found: Found = { html: null, text: null, attachments: 0 };
  walk(top, found, 0);
  const h = top.headers;
  return {
    subject: decodeWords(h.get('subject') ?? ''),
    from: parseAddressList(h.get('from')),
    to: parseAddressList(h.get('to')),
    cc: parseAddressList(h.get('cc')),
    bcc: parseAddressList(h.get('bcc')),
    ...found,
  };
}
