import type { MailAddress } from './outbox.js';

/** Text of bytes in a MIME charset (UTF-8 when unknown). */
export function decodeCharset(bytes: Buffer, charset = 'utf-8'): string {
  const cs = charset.toLowerCase();
  if (['iso-8859-1', 'latin1', 'windows-1252', 'cp1252'].includes(cs)) return bytes.toString('latin1');
  if (cs === 'utf-16le' || cs === 'utf-16') return bytes.toString('utf16le');
  return bytes.toString('utf8');
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`); adjacent words join without the space between. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[bq]\?[^?]*\?=)\s+(?==\?[^?]+\?[bq]\?[^?]*\?=)/gi, '$1')
    .replace(/=\?([^?*]+)(?:\*[^?]*)?\?([bq])\?([^?]*)\?=/gi, (_all, charset: string, enc: string, text: string) => {
      const bytes = enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
      return decodeCharset(bytes, charset);
    });
}

/**
 * A header block as a map of lower-case name → value: folded lines unfolded, raw 8-bit values read
 * as UTF-8 (RFC 6532). A repeated header keeps its first value, except address headers, which join.
 */
export function parseHeaderBlock(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  for (const line of unfolded) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8');
    const before = headers.get(name);
    if (before === undefined) headers.set(name, value);
    else if (['to', 'cc', 'bcc'].includes(name)) headers.set(name, `${before}, ${value}`);
  }
  return headers;
}

/** `text/html; charset="utf-8"` → `{ value: "text/html", params: { charset: "utf-8" } }` (names lower-case). */
export function parseParams(header: string | undefined): { value: string; params: Record<string, string> } {
  const [head = '', ...rest] = (header ?? '').split(';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq > 0) params[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { value: head.trim().toLowerCase(), params };
}

function splitTopLevel(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i] as string;
    if (c === '\\' && quoted) {
      current += c + (value[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '<' || c === '(')) depth += 1;
    else if (!quoted && (c === '>' || c === ')')) depth = Math.max(0, depth - 1);
    if (c === ',' && !quoted && depth === 0) {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current);
  return items;
}

/** An RFC 5322 address list (`"Name" <a@b>, c@d, group: e@f;`) as Graph email addresses. */
export function parseAddressList(value: string | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const raw of splitTopLevel(value ?? '')) {
    const item = raw.trim().replace(/^[^"<@]*:/, '').replace(/;$/, '').trim();
    if (!item) continue;
    const angle = /<([^>]*)>/.exec(item);
    const address = (angle ? angle[1] ?? '' : item.replace(/\([^)]*\)/g, '')).trim();
    const rawName = angle ? item.slice(0, angle.index).trim().replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1') : '';
    out.push({ address, name: rawName ? decodeWords(rawName) : null });
  }
  return out;
}
