import { startDevTenant, type DevTenant } from '../../../../devtenant/start.js';
import { SEED, testCaDir } from './devtenant-fixture.js';
import { formBody, readCa, send, type TestRequestOptions, type TestResponse } from './http-client.js';

/** Where the channel's identity and the Bot Connector live, as a bot is configured against them. */
export const BOTFRAMEWORK = 'https://api.botframework.com';

/** A devtenant for Bot Framework tests plus helpers: admin, the connector, a bot's connector token. */
export type ConnectorHarness = {
  dt: DevTenant;
  ca: string;
  serviceUrl: string;
  https(path: string, options?: TestRequestOptions): Promise<TestResponse>;
  admin(method: string, path: string, body?: unknown): Promise<TestResponse>;
  botToken(tenantId?: string): Promise<string>;
  connector(method: string, path: string, token: string | undefined, body?: unknown): Promise<TestResponse>;
};

/**
 * Starts devtenant on the CA that scripts/test.ts made the process trust (B365_TEST_CA_DIR with
 * NODE_EXTRA_CA_CERTS), so botbuilder's own HTTP clients accept devtenant's certificate.
 */
export async function startConnectorHarness(): Promise<ConnectorHarness> {
  const dt = await startDevTenant({ caDir: process.env.B365_TEST_CA_DIR ?? testCaDir() });
  const ca = readCa(dt.caCertPath);
  const https = (path: string, options: TestRequestOptions = {}): Promise<TestResponse> =>
    send(path.startsWith('http') ? path : `${dt.url}${path}`, { ...options, ca });
  const json = (method: string, body: unknown, headers: Record<string, string> = {}): TestRequestOptions => ({
    method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const botToken = async (tenantId: string = SEED.mspA): Promise<string> => {
    const res = await https(`/${tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody({ grant_type: 'client_credentials', client_id: SEED.clientId, client_secret: SEED.clientSecret, scope: `${BOTFRAMEWORK}/.default` }),
    });
    if (res.status !== 200) throw new Error(`token failed: ${res.status} ${res.text}`);
    return res.json<{ access_token: string }>().access_token;
  };
  return {
    dt, ca, https, botToken,
    serviceUrl: `${dt.url}/connector/`,
    admin: (method, path, body) => https(`/_devtenant${path}`, json(method, body)),
    connector: (method, path, token, body) => https(`/connector${path}`, json(method, body, token ? { authorization: `Bearer ${token}` } : {})),
  };
}

/** A Teams user of Tailspin Toys, as the channel driver names one. */
export const MEGAN = { aadObjectId: '0c6b1f2e-5a3d-4e7f-9b1c-2d3e4f5a6b7c', name: 'Megan Bowen' } as const;
