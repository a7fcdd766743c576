import assert from 'node:assert/strict';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';

type UserRow = { id: string; userPrincipalName: string; displayName: string; accountEnabled: boolean; assignedLicenses: unknown[] };

describe('devtenant Graph OneDrive: GET /users/{id | upn}/drive', () => {
  let h: Harness;
  let token: string;
  let users: UserRow[];
  before(async () => {
    h = await startHarness();
    await h.admin('POST', `/consents/${SEED.wingtip}`);
    token = await h.appToken(SEED.wingtip);
    const res = await h.graph('/users?$top=999&$select=id,userPrincipalName,displayName,accountEnabled,assignedLicenses', token);
    users = res.json().value;
  });
  after(async () => h.dt.close());

  const licensed = (): UserRow => users.find((u) => u.accountEnabled && u.assignedLicenses.length > 0) as UserRow;

  it("answers a licensed user's OneDrive, by id and by userPrincipalName, in Graph's drive shape", async () => {
    const user = licensed();
    const res = await h.graph(`/users/${user.id}/drive`, token);
    assert.equal(res.status, 200);
    const drive = res.json();
    assert.match(drive['@odata.context'], /\$metadata#drives\/\$entity$/);
    assert.match(drive.id, /^b![\w-]{64}$/);
    assert.deepEqual([drive.driveType, drive.name], ['business', 'OneDrive']);
    const personal = user.userPrincipalName.replace(/[.@]/g, '_');
    assert.equal(drive.webUrl, `https://wingtiptoys-my.sharepoint.com/personal/${personal}/Documents`);
    assert.deepEqual(drive.owner, { user: { id: user.id, displayName: user.displayName } });
    const { quota } = drive;
    assert.deepEqual([quota.state, quota.total, quota.remaining + quota.used], ['normal', 1024 ** 4, 1024 ** 4]);
    assert.ok(Number.isInteger(quota.deleted) && quota.used > 0);
    const byUpn = (await h.graph(`/users/${encodeURIComponent(user.userPrincipalName)}/drive`, token)).json();
    assert.equal(byUpn.id, drive.id, 'the same drive, deterministic');
    const picked = (await h.graph(`/users/${user.id}/drive?$select=id,driveType,quota`, token)).json();
    assert.deepEqual(Object.keys(picked).filter((k) => !k.startsWith('@')), ['id', 'driveType', 'quota']);
  });

  it("answers 404 ResourceNotFound \"User's mysite not found.\" for users without a licence and disabled users", async () => {
    const unlicensed = users.find((u) => u.assignedLicenses.length === 0);
    const disabled = users.find((u) => !u.accountEnabled && u.assignedLicenses.length > 0);
    assert.ok(unlicensed && disabled, 'the seed has both among the first 999 users');
    for (const user of [unlicensed, disabled]) {
      const res = await h.graph(`/users/${user.id}/drive`, token);
      assert.equal(res.status, 404);
      assert.deepEqual([res.json().error.code, res.json().error.message], ['ResourceNotFound', "User's mysite not found."]);
      assert.ok(res.json().error.innerError['request-id']);
    }
  });

  it('answers 404 for an unknown user, 400 for an unknown $select, and needs Files.Read.All or Sites.Read.All', async () => {
    const unknown = await h.graph('/users/nobody@wingtiptoys.onmicrosoft.com/drive', token);
    assert.deepEqual([unknown.status, unknown.json().error.code], [404, 'Request_ResourceNotFound']);
    assert.equal((await h.graph(`/users/${licensed().id}/drive?$select=nope`, token)).status, 400);
    const mint = async (roles: string[]): Promise<string> =>
      (await h.admin('POST', '/mint', { tenant: SEED.wingtip, claims: { aud: 'https://graph.microsoft.com', roles } })).json().token;
    assert.equal((await h.graph(`/users/${licensed().id}/drive`, await mint(['User.Read.All']))).status, 403);
    assert.equal((await h.graph(`/users/${licensed().id}/drive`, await mint(['Files.Read.All']))).status, 200);
  });
});
