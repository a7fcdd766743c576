import assert from 'node:assert/strict';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { CaNetworkClient } from './support/ca-network-client.js';
import { jwtClaims, SEED, startHarness, type Harness } from './support/devtenant-fixture.js';
import { formBody } from './support/http-client.js';

function msalApp(h: Harness, tenant: string, secret: string = SEED.clientSecret): ConfidentialClientApplication {
  const host = new URL(h.dt.url).host;
  return new ConfidentialClientApplication({
    auth: { clientId: SEED.clientId, clientSecret: secret, authority: `${h.dt.url}/${tenant}`, knownAuthorities: [host] },
    system: { networkClient: new CaNetworkClient(h.ca) },
  });
}

describe('devtenant identity: client credentials', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.dt.close());

  it('gives real msal-node an app-only Graph token for a consented tenant', async () => {
    const result = await msalApp(h, SEED.mspA).acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    assert.ok(result?.accessToken);
    const claims = jwtClaims(result.accessToken);
    assert.equal(claims.aud, 'https://graph.microsoft.com');
    assert.equal(claims.iss, `${h.dt.url}/${SEED.mspA}/v2.0`);
    assert.equal(claims.tid, SEED.mspA);
    assert.equal(claims.idtyp, 'app');
    assert.equal(claims.ver, '2.0');
    assert.equal(claims.azp, SEED.clientId);
    assert.equal(claims.scp, undefined);
    assert.ok(claims.roles.includes('User.Read.All'));
    assert.ok(claims.roles.includes('BackupRestore-Control.ReadWrite.All'));
    assert.equal(claims.exp - claims.iat, 3600);
  });

  it('refuses an unconsented customer tenant with unauthorized_client (AADSTS700016)', async () => {
    await assert.rejects(
      msalApp(h, SEED.tailspin).acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }),
      (error: any) => error.errorCode === 'unauthorized_client' && /AADSTS700016/.test(error.errorMessage),
    );
  });

  it('refuses a wrong secret with invalid_client (AADSTS7000215)', async () => {
    await assert.rejects(
      msalApp(h, SEED.mspA, 'wrong').acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }),
      (error: any) => error.errorCode === 'invalid_client' && /AADSTS7000215/.test(error.errorMessage),
    );
  });

  it('accepts HTTP Basic client auth and answers errors in Entra\'s exact shape', async () => {
    const basic = Buffer.from(`${SEED.clientId}:${SEED.clientSecret}`).toString('base64');
    const ok = await h.https(`/${SEED.mspB}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
      body: formBody({ grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }),
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.json().token_type, 'Bearer');
    const bad = await h.https(`/${SEED.mspB}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}`, 'client-request-id': 'corr-1' },
      body: formBody({ grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/User.Read.All' }),
    });
    assert.equal(bad.status, 400);
    const body = bad.json();
    assert.deepEqual(Object.keys(body).sort(), ['correlation_id', 'error', 'error_codes', 'error_description', 'timestamp', 'trace_id']);
    assert.equal(body.error, 'invalid_scope');
    assert.equal(body.correlation_id, 'corr-1');
    assert.match(body.error_description, /^AADSTS1002012: /);
  });
});
