import assert from "node:assert/strict";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { startServerProcess } from "../../support/server-process.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { productEnv, sharedInfra } from "../../support/stack.js";

describe("Enable users survives a crash: SIGKILL in the middle of All, restart, every user protected once", function () {
  this.timeout(180_000);

  for (const killAfterStep of ["service", "submit", "track"]) {
    it(`killed once the job reached "${killAfterStep}"`, async () => {
      const infra = await sharedInfra();
      const cloud = devtenantAdmin(infra.devtenant.url);
      await cloud.backupSettings({ protectAfterMs: 1_500, jobCompleteAfterMs: 500, failureRate: 0 });
      const env = await productEnv();
      let server = await startServerProcess(env);
      const url = `http://localhost:${env.PORT}`;
      try {
        const token = await signIn(url, staffUpns.admin);
        const api = apiClient(url, token);
        const tenant = await connectFreshTenant(url, infra.devtenant.url, token, "contoso-dental", 1_500);
        const started = await api.post("/api/customers/contoso-dental/enable", { all: true });
        const jobId = started.body.job.id;
        const order = ["sync", "snapshot", "service", "policy", "submit", "activate", "track"];
        for (;;) {
          const { body } = await api.get(`/api/customers/contoso-dental/jobs/${jobId}`);
          if (order.indexOf(body.step) >= order.indexOf(killAfterStep) || body.finishedAt) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        await server.kill("SIGKILL");
        server = await startServerProcess(env);
        const job = await waitForJob(api, "contoso-dental", jobId, 120_000);
        assert.equal(job.status, "done", JSON.stringify(job));
        const backup = await cloud.backupSummary(tenant.tenantId);
        const units = backup.policies.reduce((n: number, p: { units: number }) => n + p.units, 0);
        assert.equal(units, job.counts.total, "every user has exactly one unit");
        assert.equal(backup.duplicateUnitAdds, 0, "no user was added twice");
        assert.equal(backup.policies.length, 1, "one Exchange policy");
        assert.ok(backup.jobs <= 1, `at most one bulk job (${backup.jobs})`);
      } finally {
        await server.kill("SIGTERM");
      }
    });
  }
});
