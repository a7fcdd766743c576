import { readFile } from "node:fs/promises";
import path from "node:path";
import { localCaDir } from "../scripts/lib/local-ca.js";
import { parseArgs, type CampaignArgs, type CampaignName } from "./args.js";
import { runCrashCampaign } from "./crash.campaign.js";
import { concurrentRoutes, defaultFaultPlan } from "./fault-plan.js";
import { runFaultCampaign } from "./fault.campaign.js";
import { runLoadCampaign } from "./load.campaign.js";
import { keepResult, writeSection } from "./report.js";
import { crashSection, faultSection, loadSection, storageSection } from "./sections.js";
import { runStorageCampaign } from "./storage.campaign.js";
import { say } from "./tally.js";

/**
 * `npm run campaign [-- crash|fault|storage|load …] [--smoke] [--trials N] [--users N] [--seed N] [--customers N]
 * [--seconds N] [--connections N] [--tag T] [--faults …] [--render]`: runs the named campaigns (all four when none is named) one after another, writes
 * each one's section of docs/reliability.md and its JSON under campaign/results/, and exits 1 if any did not hold;
 * `--render` rewrites the sections from those JSON files without measuring.
 * Run through scripts/test-env.ts (as `npm run campaign` does) so devtenant's local CA is trusted.
 */
export async function runCampaigns(args: CampaignArgs, options: { caDir?: string; write?: boolean } = {}): Promise<boolean> {
  const caDir = options.caDir ?? process.env.B365_TEST_CA_DIR ?? localCaDir;
  let allHeld = true;
  for (const name of args.campaigns) {
    const { held, section, result } = args.render ? await renderOne(name, args) : await runOne(name, args, caDir);
    allHeld &&= held;
    if (options.write !== false) {
      const key = args.tag ? `${name}-${args.tag}` : name;
      await writeSection(key, section);
      if (!args.render) await keepResult(key, result);
    }
    say(name, args.render ? "section rewritten" : held ? "held" : "DID NOT HOLD");
  }
  return allHeld;
}

async function runOne(name: CampaignName, a: CampaignArgs, caDir: string): Promise<{ held: boolean; section: string; result: unknown }> {
  const size = (full: number, smoke: number, given?: number): number => given ?? (a.smoke ? smoke : full);
  const command = a.command.includes(name) || a.campaigns.length === 1 ? withSeed(a) : `${name} ${withSeed(a)}`.trim();
  if (name === "crash") {
    const r = await runCrashCampaign({ trials: size(50, 2, a.trials), users: size(10_000, 300, a.users), seed: a.seed, caDir });
    return { held: r.tally.held === r.tally.jobs, section: crashSection(r, command), result: { command, ...r } };
  }
  if (name === "fault") {
    const r = await runFaultCampaign({ trials: size(3, 1, a.trials), users: size(2_000, 300, a.users), caDir, ...(a.faults ? { plan: { ...defaultFaultPlan, kinds: a.faults } } : {}) });
    const clean = r.clean.requests.all + r.clean.requests.provision;
    const faulted = r.faulted.requests.all + r.faulted.requests.provision;
    const early = Object.entries(r.faulted.timeline.retryAfter.earlyByRoute).filter(([k]) => !concurrentRoutes.includes(k)).length;
    const held = r.clean.tally.held === r.clean.tally.jobs && r.faulted.tally.held === r.faulted.tally.jobs && r.faulted.tally.resumed === 0 && early === 0 && faulted <= 1.3 * clean;
    return { held, section: faultSection(r, command), result: { command, ...r } };
  }
  if (name === "storage") {
    const r = await runStorageCampaign({ trials: size(3, 1, a.trials), users: size(2_000, 300, a.users), seed: a.seed, caDir });
    return { held: r.restart.tally.held === r.restart.tally.jobs && r.conflict.tally.held === r.conflict.tally.jobs, section: storageSection(r, command), result: { command, ...r } };
  }
  const r = await runLoadCampaign({ customers: size(20, 3, a.customers), users: size(2_000, 300, a.users), newUsers: a.smoke ? 5 : 20, seconds: size(30, 10, a.seconds), connections: size(200, 50, a.connections), caDir });
  return { held: r.load.serverErrors === 0 && r.sweep.jobsRight === r.settings.customers, section: loadSection(r, command), result: { command, ...r } };
}

/** `--render`: the section again from campaign/results/<name>[-<tag>].json, without measuring. */
async function renderOne(name: CampaignName, a: CampaignArgs): Promise<{ held: boolean; section: string; result: unknown }> {
  const r = JSON.parse(await readFile(path.resolve(`campaign/results/${a.tag ? `${name}-${a.tag}` : name}.json`), "utf8"));
  const command = String(r.command ?? name);
  const section = name === "crash" ? crashSection(r, command) : name === "fault" ? faultSection(r, command) : name === "storage" ? storageSection(r, command) : loadSection(r, command);
  return { held: true, section, result: r };
}

function withSeed(a: CampaignArgs): string {
  return a.command.includes("--seed") ? a.command : `${a.command} --seed ${a.seed}`.trim();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("campaign/run.ts")) {
  const held = await runCampaigns(parseArgs(process.argv.slice(2)));
  process.exit(held ? 0 : 1);
}
