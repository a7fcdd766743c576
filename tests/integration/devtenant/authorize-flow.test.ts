import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { CaNetworkClient } from './support/ca-network-client.js';
import { jwtClaims, SEED, startHarness, type Harness } from './support/devtenant-fixture.js';
import { clickButton, readForm } from './support/html-form.js';
import { formBody, send, type TestResponse } from './support/http-client.js';

const CALLBACK = 'http://localhost:53123/auth/consent/callback';
const GRAPH_SCOPES = 'https://graph.microsoft.com/.default openid profile offline_access';

function authorizeUrl(h: Harness, tenant: string, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ client_id: SEED.clientId, response_type: 'code', redirect_uri: CALLBACK, scope: GRAPH_SCOPES, state: 'st-1', response_mode: 'query', ...extra });
  return `${h.dt.browserUrl}/${tenant}/oauth2/v2.0/authorize?${q}`;
}

function redirectParams(res: TestResponse): URLSearchParams {
  assert.equal(res.status, 302, res.text.slice(0, 300));
  const location = new URL(res.header('location') ?? '');
  assert.equal(`${location.origin}${location.pathname}`, CALLBACK);
  return location.searchParams;
}

async function redeem(h: Harness, tenant: string, fields: Record<string, string>): Promise<TestResponse> {
  return h.https(`/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: formBody({ grant_type: 'authorization_code', client_id: SEED.clientId, client_secret: SEED.clientSecret, redirect_uri: CALLBACK, ...fields }),
  });
}

describe('devtenant identity: authorize, consent and code redemption', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.dt.close());

  it('Cancel on the consent page redirects with access_denied / cancel / AADSTS65004', async () => {
    const picker = await send(authorizeUrl(h, SEED.tailspin));
    const consent = await clickButton(h.dt.browserUrl, picker, 'Tailspin Admin');
    assert.match(consent.text, /Permissions requested/);
    const params = redirectParams(await clickButton(h.dt.browserUrl, consent, 'Cancel'));
    assert.equal(params.get('error'), 'access_denied');
    assert.equal(params.get('error_subcode'), 'cancel');
    assert.equal(params.get('error_description'), 'AADSTS65004: User declined to consent to access the app.');
    assert.equal(params.get('state'), 'st-1');
    assert.equal((await h.admin('GET', '/consents')).json().consents.some((c: any) => c.tenantId === SEED.tailspin), false);
  });

  it('a non-admin who accepts gets access_denied with AADSTS90094 and nothing is consented', async () => {
    const picker = await send(authorizeUrl(h, SEED.tailspin));
    const consent = await clickButton(h.dt.browserUrl, picker, 'Megan Bowen');
    const params = redirectParams(await clickButton(h.dt.browserUrl, consent, 'Accept'));
    assert.equal(params.get('error'), 'access_denied');
    assert.match(params.get('error_description') ?? '', /^AADSTS90094: /);
  });

  it('the Global Administrator accepts: consent recorded, code redeemed with PKCE for Graph tokens, once', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const picker = await send(authorizeUrl(h, 'organizations', { domain_hint: 'tailspintoys.onmicrosoft.com', nonce: 'n-1', code_challenge: challenge, code_challenge_method: 'S256' }));
    assert.match(picker.text, /Pick an account/);
    const first = readForm(picker.text).buttons[0];
    assert.match(first?.text ?? '', /Tailspin Admin/, 'the hinted organisation is listed first');
    const consent = await clickButton(h.dt.browserUrl, picker, 'Tailspin Admin');
    for (const text of ['Backup365 for Teams', 'Northwind Managed Services', 'Consent on behalf of your organisation', 'User.Read.All', 'Mail.Send', 'offline_access']) {
      assert.ok(consent.text.includes(text), text);
    }
    const params = redirectParams(await clickButton(h.dt.browserUrl, consent, 'Accept'));
    assert.equal(params.get('state'), 'st-1');
    assert.ok(params.get('session_state'));
    const code = params.get('code') ?? '';
    const ok = await redeem(h, 'organizations', { code, code_verifier: verifier, scope: GRAPH_SCOPES });
    assert.equal(ok.status, 200, ok.text);
    assert.equal((await redeem(h, 'organizations', { code, code_verifier: verifier })).json().error, 'invalid_grant', 'a code works once');

    const picker2 = await send(authorizeUrl(h, SEED.tailspin, { code_challenge: challenge, code_challenge_method: 'S256' }));
    const redirect2 = redirectParams(await clickButton(h.dt.browserUrl, picker2, 'Tailspin Admin'));
    const wrong = await redeem(h, SEED.tailspin, { code: redirect2.get('code') ?? '', code_verifier: 'not-the-verifier' });
    assert.deepEqual(wrong.json().error_codes, [501481], 'PKCE is enforced');
    const body = ok.json();
    for (const key of ['access_token', 'id_token', 'refresh_token', 'client_info', 'scope', 'expires_in', 'ext_expires_in']) assert.ok(body[key], key);
    assert.equal(body.token_type, 'Bearer');
    const access = jwtClaims(body.access_token);
    assert.equal(access.aud, 'https://graph.microsoft.com');
    assert.match(access.scp, /BackupRestore-Control\.ReadWrite\.All/);
    assert.equal(access.preferred_username, 'admin@tailspintoys.onmicrosoft.com');
    const id = jwtClaims(body.id_token);
    assert.equal(id.aud, SEED.clientId);
    assert.equal(id.nonce, 'n-1');
    assert.equal(id.tid, SEED.tailspin);
    assert.equal(id.ver, '2.0');
    assert.deepEqual(JSON.parse(Buffer.from(body.client_info, 'base64url').toString()), { uid: access.oid, utid: SEED.tailspin });

    const consents = (await h.admin('GET', '/consents')).json().consents;
    const tailspin = consents.find((c: any) => c.tenantId === SEED.tailspin);
    assert.ok(tailspin.applicationPermissions.includes('BackupRestore-Configuration.ReadWrite.All'));
    const appToken = await h.appToken(SEED.tailspin);
    assert.ok(jwtClaims(appToken).roles.includes('User.Read.All'), 'client credentials now work for the customer');

    const refreshed = await h.https(`/${SEED.tailspin}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody({ grant_type: 'refresh_token', client_id: SEED.clientId, client_secret: SEED.clientSecret, refresh_token: body.refresh_token, scope: GRAPH_SCOPES }),
    });
    assert.equal(refreshed.status, 200, refreshed.text);
    assert.equal(jwtClaims(refreshed.json().access_token).oid, access.oid);
  });

  it('MSP staff sign in for the app\'s own scope without a consent page; roles ride in the token (real msal-node)', async () => {
    const host = new URL(h.dt.url).host;
    const msal = new ConfidentialClientApplication({
      auth: { clientId: SEED.clientId, clientSecret: SEED.clientSecret, authority: `${h.dt.url}/${SEED.mspA}`, knownAuthorities: [host] },
      system: { networkClient: new CaNetworkClient(h.ca) },
    });
    const scopes = [`api://localhost/${SEED.clientId}/access_as_user`];
    const redirectUri = 'http://127.0.0.1:40999/auth/signin/callback';
    const url = await msal.getAuthCodeUrl({ scopes, redirectUri, state: 's-9', nonce: 'nonce-9' });
    assert.ok(url.startsWith(`${h.dt.browserUrl}/${SEED.mspA}/oauth2/v2.0/authorize?`), url);
    const picker = await send(url);
    assert.match(picker.text, /Oscar Operator/);
    assert.match(picker.text, /Backup\.Operator/);
    assert.doesNotMatch(picker.text, /Tailspin/, 'an MSP tenant lists only its staff');
    const done = await clickButton(h.dt.browserUrl, picker, 'Ada Admin');
    assert.equal(done.status, 302);
    const code = new URL(done.header('location') ?? '').searchParams.get('code') ?? '';
    const result = await msal.acquireTokenByCode({ code, scopes, redirectUri, state: 's-9' });
    const claims = jwtClaims(result.accessToken);
    assert.equal(claims.aud, SEED.clientId);
    assert.equal(claims.scp, 'access_as_user');
    assert.deepEqual(claims.roles, ['Backup.Admin']);
    assert.equal(result.account?.username, 'ada.admin@northwindmsp.onmicrosoft.com');
    assert.equal(result.account?.tenantId, SEED.mspA);
  });

  it('a wrong redirect URI or client id shows an error page and never redirects', async () => {
    const wrongRedirect = await send(authorizeUrl(h, SEED.tailspin, { redirect_uri: 'https://evil.example.com/auth/consent/callback' }));
    assert.equal(wrongRedirect.status, 400);
    assert.equal(wrongRedirect.header('location'), undefined);
    assert.match(wrongRedirect.text, /AADSTS50011/);
    const wrongPath = await send(authorizeUrl(h, SEED.tailspin, { redirect_uri: 'http://localhost:3000/elsewhere' }));
    assert.match(wrongPath.text, /AADSTS50011/);
    const wrongClient = await send(authorizeUrl(h, SEED.tailspin, { client_id: '00000000-0000-0000-0000-000000000000' }));
    assert.equal(wrongClient.status, 400);
    assert.match(wrongClient.text, /AADSTS700016/);
  });
});
