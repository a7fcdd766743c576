import { spawn } from "node:child_process";
import path from "node:path";
import { ensureLocalCaCert } from "./lib/local-ca.js";

/**
 * Runs mocha with devtenant's local CA trusted (NODE_EXTRA_CA_CERTS must be set before Node starts, so
 * mocha runs as a child). Arguments pass through: `npm test -- --grep consent`.
 */
const defaultSpecs = ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"];
const args = process.argv.slice(2);
// mocha appends --spec to a config's spec list, so the default list lives here and applies only when none is given.
const named = args.some((a, i) => a === "--spec" || a.startsWith("--spec=") || (!a.startsWith("-") && !["--grep", "-g", "--timeout", "-t", "--reporter", "-R"].includes(args[i - 1] ?? "")));
const caCertPath = await ensureLocalCaCert();
const child = spawn(process.execPath, [path.resolve("node_modules/mocha/bin/mocha.js"), ...(named ? [] : defaultSpecs), ...args], {
  stdio: "inherit",
  env: { ...process.env, NODE_EXTRA_CA_CERTS: caCertPath, B365_TEST_CA_DIR: path.dirname(caCertPath) },
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
