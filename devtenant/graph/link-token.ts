import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DevTenantApp } from '../app-context.js';

/** The outcome of opening a $skiptoken / $deltatoken. */
export type OpenedToken<T> = { ok: true; payload: T } | { ok: false; reason: 'malformed' | 'stale' };

function mac(app: DevTenantApp, body: string): string {
  return createHmac('sha256', app.linkSecret).update(body).digest('base64url').slice(0, 22);
}

/** Seals paging state into an opaque, tamper-evident token bound to this devtenant run. */
export function sealLinkToken(app: DevTenantApp, payload: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify({ ...payload, e: app.epoch })).toString('base64url');
  return `${body}.${mac(app, body)}`;
}

/** Opens a token; `stale` when it came from an earlier run of devtenant (state is gone). */
export function openLinkToken<T>(app: DevTenantApp, token: string): OpenedToken<T> {
  const [body = '', tag = ''] = token.split('.');
  let parsed: (T & { e?: unknown }) | undefined;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T & { e?: unknown };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { ok: false, reason: 'malformed' };
  if (parsed.e !== app.epoch) return { ok: false, reason: typeof parsed.e === 'string' ? 'stale' : 'malformed' };
  const expected = Buffer.from(mac(app, body));
  const given = Buffer.from(tag);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'malformed' };
  return { ok: true, payload: parsed };
}
