import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { SEED, testCaDir } from './support/devtenant-fixture.js';
import { readCa, send } from './support/http-client.js';

describe('devtenant CLI (devtenant/main.ts)', () => {
  it('prints one JSON line when listening and closes on SIGTERM', async function () {
    this.timeout(20_000);
    const child = spawn(process.execPath, ['--import', 'tsx', 'devtenant/main.ts'], {
      env: { ...process.env, DEVTENANT_HTTPS_PORT: '0', DEVTENANT_BROWSER_PORT: '0', DEVTENANT_CA_DIR: testCaDir() },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
      const { devtenant } = JSON.parse(line);
      assert.match(devtenant.url, /^https:\/\/127\.0\.0\.1:\d+$/);
      assert.match(devtenant.browserUrl, /^http:\/\/localhost:\d+$/);
      const res = await send(`${devtenant.url}/${SEED.mspA}/v2.0/.well-known/openid-configuration`, { ca: readCa(devtenant.caCertPath) });
      assert.equal(res.status, 200);
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      assert.equal(code, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
