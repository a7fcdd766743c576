import assert from 'node:assert/strict';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';

describe('devtenant Graph: organization and users', () => {
  let h: Harness;
  const tokens: Record<string, string> = {};
  before(async () => {
    h = await startHarness();
    for (const tid of [SEED.tailspin, SEED.wingtip, SEED.litware]) {
      await h.admin('POST', `/consents/${tid}`);
      tokens[tid] = await h.appToken(tid);
    }
  });
  after(async () => h.dt.close());

  async function pageThrough(tid: string, first: string, headers: Record<string, string> = {}): Promise<{ pages: number; ids: string[] }> {
    const ids: string[] = [];
    let pages = 0;
    for (let next: string | undefined = first; next; pages += 1) {
      const res = await h.graph(next, tokens[tid] ?? '', headers);
      assert.equal(res.status, 200, res.text);
      const body = res.json();
      ids.push(...body.value.map((u: any) => u.id));
      next = body['@odata.nextLink'];
    }
    return { pages, ids };
  }

  it('GET /organization returns the tenant with verified domains', async () => {
    const res = await h.graph('/organization', tokens[SEED.tailspin] ?? '');
    assert.equal(res.status, 200);
    assert.ok(res.header('request-id'));
    const body = res.json();
    assert.match(body['@odata.context'], /\$metadata#organization$/);
    const [org] = body.value;
    assert.equal(org.id, SEED.tailspin);
    assert.equal(org.displayName, 'Tailspin Toys');
    assert.equal(org.tenantType, 'AAD');
    assert.equal(org.countryLetterCode, 'AU');
    assert.deepEqual(org.verifiedDomains[0], { capabilities: 'Email, OfficeCommunicationsOnline', isDefault: true, isInitial: true, name: 'tailspintoys.onmicrosoft.com', type: 'Managed' });
  });

  it('pages the 25- and 2,000-user tenants completely, each user once ($top=999 → 3 pages)', async () => {
    const small = await pageThrough(SEED.tailspin, '/users?$top=999');
    assert.deepEqual([small.pages, small.ids.length, new Set(small.ids).size], [1, 25, 25]);
    const big = await pageThrough(SEED.wingtip, '/users?$top=999&$select=id,displayName');
    assert.deepEqual([big.pages, big.ids.length, new Set(big.ids).size], [3, 2000, 2000]);
    const again = await pageThrough(SEED.wingtip, '/users?$top=999&$select=id,displayName');
    assert.deepEqual(again.ids, big.ids, 'deterministic order');
  });

  it('returns Graph\'s default properties, or exactly $select plus id', async () => {
    const plain = (await h.graph('/users?$top=1', tokens[SEED.tailspin] ?? '')).json().value[0];
    assert.deepEqual(Object.keys(plain).sort(), ['businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName']);
    const res = await h.graph('/users?$top=2&$select=displayName,accountEnabled,assignedLicenses,userType,createdDateTime', tokens[SEED.tailspin] ?? '');
    const body = res.json();
    assert.match(body['@odata.context'], /users\(displayName,accountEnabled,assignedLicenses,userType,createdDateTime,id\)$/);
    const admin = body.value[0];
    assert.deepEqual(Object.keys(admin), ['displayName', 'accountEnabled', 'assignedLicenses', 'userType', 'createdDateTime', 'id']);
    assert.equal(admin.displayName, 'Tailspin Admin');
    assert.equal(admin.userType, 'Member');
    const bad = await h.graph('/users?$select=displayName,favouriteColour', tokens[SEED.tailspin] ?? '');
    assert.equal(bad.status, 400);
    assert.equal(bad.json().error.code, 'Request_BadRequest');
    assert.ok(bad.json().error.innerError['request-id']);
  });

  it('filters, counts and searches (with ConsistencyLevel: eventual)', async () => {
    const token = tokens[SEED.wingtip] ?? '';
    const disabled = await pageThrough(SEED.wingtip, '/users?$filter=accountEnabled eq false&$select=accountEnabled&$top=999');
    assert.ok(disabled.ids.length > 20 && disabled.ids.length < 120, `about 3% disabled, got ${disabled.ids.length}`);
    const counted = await h.graph('/users?$filter=accountEnabled eq false&$count=true&$top=1', token, { ConsistencyLevel: 'eventual' });
    assert.equal(counted.json()['@odata.count'], disabled.ids.length);
    assert.equal((await h.graph('/users?$count=true', token)).status, 400, '$count needs ConsistencyLevel');
    const megan = await h.graph("/users?$filter=startswith(userPrincipalName,'megan@') and accountEnabled eq true", token);
    assert.deepEqual(megan.json().value.map((u: any) => u.displayName), ['Megan Bowen']);
    const ids = disabled.ids.slice(0, 2);
    const byIds = await h.graph(`/users?$filter=id in ('${ids[0]}','${ids[1]}')`, token);
    assert.deepEqual(byIds.json().value.map((u: any) => u.id), ids);
    const unsupported = await h.graph("/users?$filter=endswith(mail,'x')", token);
    assert.equal(unsupported.json().error.code, 'Request_UnsupportedQuery');
    assert.equal((await h.graph('/users?$top=1000', token)).status, 400);
    assert.equal((await h.graph('/users?$search="displayName:megan"', token)).status, 400, '$search needs ConsistencyLevel');
    const search = await h.graph('/users?$search="displayName:megan"&$count=true', token, { ConsistencyLevel: 'eventual' });
    assert.ok(search.json()['@odata.count'] >= 1);
    assert.ok(search.json().value.every((u: any) => /megan/i.test(u.displayName)));
    const count = await h.graph('/users/$count', token, { ConsistencyLevel: 'eventual' });
    assert.equal(count.text, '2000');
  });

  it('serves the second page of the 100,000-user tenant fast', async () => {
    const token = tokens[SEED.litware] ?? '';
    const first = (await h.graph('/users?$top=999', token)).json();
    const started = Date.now();
    const second = await h.graph(first['@odata.nextLink'], token);
    assert.equal(second.status, 200);
    assert.equal(second.json().value.length, 999);
    assert.ok(Date.now() - started < 500, `second page took ${Date.now() - started} ms`);
    const count = await h.graph('/users?$count=true&$top=1', token, { ConsistencyLevel: 'eventual' });
    assert.equal(count.json()['@odata.count'], 100_000);
  });

  it('gets a user by id or UPN, 404 otherwise', async () => {
    const token = tokens[SEED.tailspin] ?? '';
    const list = (await h.graph('/users?$top=3&$select=id,userPrincipalName', token)).json().value;
    const byId = await h.graph(`/users/${list[2].id}?$select=userPrincipalName`, token);
    assert.equal(byId.json().userPrincipalName, list[2].userPrincipalName);
    const byUpn = await h.graph(`/users/${list[2].userPrincipalName}`, token);
    assert.equal(byUpn.json().id, list[2].id);
    const missing = await h.graph('/users/00000000-0000-4000-8000-000000000000', token);
    assert.equal(missing.status, 404);
    assert.equal(missing.json().error.code, 'Request_ResourceNotFound');
  });

  it('rejects missing, expired, wrong-audience and role-less tokens in Graph\'s shape', async () => {
    const none = await h.https('/v1.0/users');
    assert.equal(none.status, 401);
    assert.equal(none.json().error.code, 'InvalidAuthenticationToken');
    const past = Math.floor(Date.now() / 1000) - 7200;
    const expired = (await h.admin('POST', '/mint', { tenant: SEED.tailspin, claims: { aud: 'https://graph.microsoft.com', roles: ['User.Read.All'], iat: past, nbf: past, exp: past + 3600 } })).json().token;
    assert.match((await h.graph('/users', expired)).json().error.message, /expired/);
    const wrongAud = (await h.admin('POST', '/mint', { tenant: SEED.tailspin, claims: { aud: 'api://something-else', roles: ['User.Read.All'] } })).json().token;
    assert.match((await h.graph('/users', wrongAud)).json().error.message, /audience/);
    const noRole = (await h.admin('POST', '/mint', { tenant: SEED.tailspin, claims: { aud: 'https://graph.microsoft.com', roles: ['Mail.Send'] } })).json().token;
    const denied = await h.graph('/users', noRole);
    assert.equal(denied.status, 403);
    assert.equal(denied.json().error.code, 'Authorization_RequestDenied');
  });
});
