import { faultKinds, type FaultKind } from "./fault-plan.js";
import { newSeed } from "./random.js";

/** The campaigns the runner knows, in the order `npm run campaign` runs them. */
export const campaignNames = ["crash", "fault", "storage", "load"] as const;
export type CampaignName = (typeof campaignNames)[number];

/** What the command line asked for; a flag left out means the campaign's own default (its smoke size under --smoke). */
export interface CampaignArgs {
  campaigns: CampaignName[];
  smoke: boolean;
  seed: number;
  trials?: number;
  users?: number;
  customers?: number;
  seconds?: number;
  connections?: number;
  /** Written as its own section and result (`<campaign>-<tag>`), e.g. a second size of the same campaign. */
  tag?: string;
  /** Fault campaign: the kinds of fault to inject (`--faults 429,503,delay`); all four unless told. */
  faults?: FaultKind[];
  /** Rewrite the sections from campaign/results/*.json without measuring. */
  render: boolean;
  /** The command as typed after `npm run campaign --`, for the doc. */
  command: string;
}

/** What `npm run campaign -- --help` prints. */
export const usage = `npm run campaign [-- NAME… ] [flags]   (figures into docs/reliability.md)
  NAME            crash | fault | storage | load (all four when none is named)
  --smoke         small sizes (about 4 minutes for all four)
  --trials N      crash: trials (50); fault: rounds (3); storage: trials (3)
  --users N       users per tenant (crash 10000; others 2000)
  --seed N        the random seed (printed; repeat a run with it)
  --customers N   load: customers swept (20)
  --seconds N     load: autocannon duration (30)
  --connections N load: concurrent connections over both instances (200)
  --faults LIST   fault: kinds to inject, from 429,503,reset,delay (all)
  --tag T         write the figures as a section of their own (<name>-<T>)
  --render        rewrite the sections from campaign/results/*.json without measuring`;

/** Parses `[crash|fault|storage|load …] [--smoke] [--trials N] [--users N] [--seed N] [--customers N] [--seconds N] [--connections N] [--tag T] [--faults 429,503,reset,delay] [--render]`. */
export function parseArgs(argv: string[]): CampaignArgs {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  const flags = new Map<string, string>();
  const names: CampaignName[] = [];
  let smoke = false;
  let render = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--smoke") smoke = true;
    else if (a === "--render") render = true;
    else if (a.startsWith("--")) flags.set(a.slice(2), argv[++i] ?? "");
    else if ((campaignNames as readonly string[]).includes(a)) names.push(a as CampaignName);
    else throw new Error(`unknown campaign "${a}": choose from ${campaignNames.join(", ")}`);
  }
  const known = ["trials", "users", "seed", "customers", "seconds", "connections", "tag", "faults"];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown flag --${name}`);
  const num = (name: string): number | undefined => {
    const raw = flags.get(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name}: a whole number, not "${raw}"`);
    return value;
  };
  const seed = num("seed") ?? newSeed();
  const optional = Object.fromEntries(["trials", "users", "customers", "seconds", "connections"].flatMap((k) => (num(k) === undefined ? [] : [[k, num(k)]])));
  const faults = flags.get("faults")?.split(",");
  if (faults && (faults.length === 0 || faults.some((f) => !(faultKinds as readonly string[]).includes(f)))) throw new Error(`--faults: a comma-separated list of ${faultKinds.join(", ")}`);
  const tag = flags.get("tag");
  if (tag !== undefined && !/^[a-z0-9-]+$/.test(tag)) throw new Error(`--tag: lower-case letters, digits and dashes, not "${tag}"`);
  return { campaigns: names.length > 0 ? names : [...campaignNames], smoke, render, seed, ...optional, ...(tag ? { tag } : {}), ...(faults ? { faults: faults as FaultKind[] } : {}), command: argv.join(" ") };
}
