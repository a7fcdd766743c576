import type { IncomingMessage } from 'node:http';

/** Raised when a request body is too large or not what the route expects. */
export class BodyError extends Error {
  override readonly name = 'BodyError';
  readonly code = 'DEVTENANT.BAD_BODY';
}

/** Reads a request body as UTF-8 text, refusing more than `limit` bytes. */
export async function readBodyText(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new BodyError(`Request body larger than ${limit} bytes.`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses JSON text; empty text is an empty object. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError('Request body is not valid JSON.');
  }
}
