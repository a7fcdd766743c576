import assert from "node:assert/strict";
import { parseArgs } from "../../../campaign/args.js";
import { runCrashCampaign } from "../../../campaign/crash.campaign.js";

describe("npm run campaign: the crash campaign's smallest run (2 trials on 300 users) holds", function () {
  this.timeout(120_000);

  it("SIGKILLs the server during All and Provision, restarts it, and every job ends done with each resource protected once", async () => {
    const args = parseArgs(["crash", "--trials", "2", "--users", "300"]);
    const result = await runCrashCampaign({ trials: args.trials!, users: args.users!, seed: args.seed, caDir: process.env.B365_TEST_CA_DIR ?? ".local/devtenant-ca" });
    const { tally } = result;
    assert.equal(tally.jobs, 4);
    assert.ok(tally.disruptions >= 4, `at least one kill per job (${tally.disruptions})`);
    assert.deepEqual(tally.broken, [], `seed ${args.seed}: ${JSON.stringify(tally.broken)}`);
    assert.deepEqual([tally.lost, tally.duplicated], [0, 0], `seed ${args.seed}`);
  });
});
