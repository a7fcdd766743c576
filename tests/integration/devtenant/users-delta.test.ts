import assert from 'node:assert/strict';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';

describe('devtenant Graph: users delta', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await startHarness();
    await h.admin('POST', `/consents/${SEED.adventure}`);
    token = await h.appToken(SEED.adventure);
  });
  after(async () => h.dt.close());

  async function round(first: string, prefer?: string): Promise<{ users: any[]; pages: number; deltaLink: string; applied?: string }> {
    const users: any[] = [];
    let pages = 0;
    let applied: string | undefined;
    for (let next = first; ; pages += 1) {
      const res = await h.graph(next, token, prefer ? { Prefer: prefer } : {});
      assert.equal(res.status, 200, res.text);
      applied ??= res.header('preference-applied');
      const body = res.json();
      users.push(...body.value);
      if (body['@odata.deltaLink']) return { users, pages: pages + 1, deltaLink: body['@odata.deltaLink'], applied };
      next = body['@odata.nextLink'];
      assert.ok(next, 'each page has a nextLink or a deltaLink');
    }
  }

  it('pages the first round, then reports only additions, changes and deletions', async () => {
    const initial = await round('/users/delta?$select=displayName,accountEnabled', 'odata.maxpagesize=10');
    assert.equal(initial.pages, 3);
    assert.equal(initial.users.length, 25);
    assert.equal(initial.applied, 'odata.maxpagesize=10');
    assert.deepEqual(Object.keys(initial.users[0]).sort(), ['accountEnabled', 'displayName', 'id']);
    assert.match(initial.deltaLink, /\/v1\.0\/users\/delta\?\$deltatoken=/);

    const quiet = await round(initial.deltaLink);
    assert.deepEqual(quiet.users, [], 'nothing changed yet');

    const added = (await h.admin('POST', `/tenants/${SEED.adventure}/users`, { displayName: 'Zoe Newhire' })).json().users[0];
    const victim = initial.users[5];
    assert.equal((await h.admin('DELETE', `/tenants/${SEED.adventure}/users/${victim.id}`)).status, 204);
    const changes = await round(quiet.deltaLink);
    assert.deepEqual(changes.users, [
      { displayName: 'Zoe Newhire', accountEnabled: true, id: added.id },
      { id: victim.id, '@removed': { reason: 'deleted' } },
    ], 'the $select from the first round is kept');

    await h.admin('PATCH', `/tenants/${SEED.adventure}/users/${added.id}`, { accountEnabled: false });
    const changed = await round(changes.deltaLink);
    assert.deepEqual(changed.users, [{ displayName: 'Zoe Newhire', accountEnabled: false, id: added.id }]);

    const list = (await h.graph('/users?$count=true&$top=999', token, { ConsistencyLevel: 'eventual' })).json();
    assert.equal(list['@odata.count'], 25);
    assert.ok(!list.value.some((u: any) => u.id === victim.id));
  });

  it('answers $deltatoken=latest with no users and a deltaLink', async () => {
    const res = (await h.graph('/users/delta?$deltatoken=latest', token)).json();
    assert.deepEqual(res.value, []);
    assert.ok(res['@odata.deltaLink']);
  });

  it('rejects a forged token with 400 and a token from an earlier run with 410 SyncStateNotFound', async () => {
    const forged = await h.graph('/users/delta?$deltatoken=not-a-token', token);
    assert.equal(forged.status, 400);
    const stale = Buffer.from(JSON.stringify({ k: 'delta', t: SEED.adventure, q: 1, e: 'earlier-run' })).toString('base64url');
    const gone = await h.graph(`/users/delta?$deltatoken=${stale}.x`, token);
    assert.equal(gone.status, 410);
    assert.equal(gone.json().error.code, 'SyncStateNotFound');
  });
});
