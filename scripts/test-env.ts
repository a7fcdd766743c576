import { spawn } from "node:child_process";
import path from "node:path";
import { ensureLocalCaCert } from "./lib/local-ca.js";

/** Runs a TypeScript entry point with devtenant's local CA trusted (NODE_EXTRA_CA_CERTS must be set before Node starts). */
const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error("usage: tsx scripts/test-env.ts <file.ts> [args]");
const caCertPath = await ensureLocalCaCert();
const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
  stdio: "inherit",
  env: { ...process.env, NODE_EXTRA_CA_CERTS: caCertPath, B365_TEST_CA_DIR: path.dirname(caCertPath) },
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
