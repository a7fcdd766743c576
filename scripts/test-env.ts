import { spawn } from "node:child_process";
import path from "node:path";
import { cpuProfileFlags } from "./lib/cpu-profile.js";
import { ensureLocalCaCert } from "./lib/local-ca.js";

/**
 * Runs a TypeScript entry point with devtenant's local CA trusted (NODE_EXTRA_CA_CERTS must be set before Node starts),
 * profiled like the children it starts when B365_CPU_PROF_DIR is set (scripts/lib/cpu-profile.ts).
 */
const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error("usage: tsx scripts/test-env.ts <file.ts> [args]");
const caCertPath = await ensureLocalCaCert();
const child = spawn(process.execPath, [...cpuProfileFlags(), "--import", "tsx", entry, ...args], {
  stdio: "inherit",
  env: { ...process.env, NODE_EXTRA_CA_CERTS: caCertPath, B365_TEST_CA_DIR: path.dirname(caCertPath) },
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
