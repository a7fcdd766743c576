import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { pino } from 'pino';
import type { DevTenantApp } from './app-context.js';
import { ensureLocalCa } from './ca.js';
import { createRequestHandler } from './http/handle-request.js';
import { closeServer, listen } from './http/listen.js';
import { createSigningKey } from './identity/signing-key.js';
import { buildRouter } from './routes.js';
import { ensureServerCertificate } from './server-certificate.js';
import { createDevTenantState } from './state/devtenant-state.js';

/** Where and how to run devtenant; every field is optional. */
export type StartDevTenantOptions = {
  /** HTTPS port for metadata, tokens, Graph and the admin API; 0 (default) picks a free one. */
  httpsPort?: number;
  /** Plain-HTTP port for the browser pages; 0 (default) picks a free one. */
  browserPort?: number;
  /** Where the local CA lives (default `.local/devtenant-ca`, relative to the working directory). */
  caDir?: string;
  /** Extra delay for every non-admin request, in ms. */
  latencyMs?: number;
  host?: '127.0.0.1';
};

/** A running devtenant. */
export type DevTenant = {
  /** `https://127.0.0.1:P` */
  url: string;
  /** `http://localhost:Q` */
  browserUrl: string;
  caCertPath: string;
  close(): Promise<void>;
};

/** Starts a local stand-in for Entra ID and Microsoft Graph on loopback. */
export async function startDevTenant(options: StartDevTenantOptions = {}): Promise<DevTenant> {
  const host = options.host ?? '127.0.0.1';
  const ca = await ensureLocalCa(options.caDir ?? '.local/devtenant-ca');
  const [cert, signingKey] = await Promise.all([ensureServerCertificate(ca), createSigningKey()]);
  const https = createHttpsServer({ key: cert.keyPem, cert: cert.certPem });
  const browser = createHttpServer();
  const browserV6 = createHttpServer();
  const httpsPort = await listen(https, options.httpsPort ?? 0, host);
  const browserPort = await listen(browser, options.browserPort ?? 0, host);
  // `localhost` may resolve to ::1 first; answer there too when the machine has IPv6 loopback.
  await listen(browserV6, browserPort, '::1').catch(() => undefined);
  const app: DevTenantApp = {
    url: `https://${host}:${httpsPort}`,
    browserUrl: `http://localhost:${browserPort}`,
    state: createDevTenantState({ latencyMs: options.latencyMs }),
    signingKey,
    linkSecret: randomBytes(32),
    epoch: randomBytes(6).toString('base64url'),
    log: pino({ name: 'devtenant', level: process.env.DEVTENANT_LOG_LEVEL ?? 'warn' }, pino.destination(2)),
  };
  const handler: (req: IncomingMessage, res: ServerResponse) => void = createRequestHandler(app, buildRouter());
  for (const server of [https, browser, browserV6]) server.on('request', handler);
  return {
    url: app.url,
    browserUrl: app.browserUrl,
    caCertPath: ca.caCertPath,
    close: async () => {
      await Promise.all([closeServer(https), closeServer(browser), closeServer(browserV6)]);
    },
  };
}
