import { spawn } from "node:child_process";
import { setTimeout as delay } from "node:timers/promises";
import { productEnv } from "../../../support/stack.js";

/** The product's server as production runs it (`server/main.ts`, pino to stdout), with everything it prints kept. */
export interface CapturedServer {
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Waits until the output matches `pattern` (the process writes its log line after the response has left, so a test that reads the log waits for it); rejects with the output's tail after `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/** Starts `server/main.ts` on the shared Azurite and devtenant at `trace` level and records its stdout and stderr from the first byte. */
export async function startCapturedServer(env: Record<string, string> = {}): Promise<CapturedServer> {
  const environment = await productEnv({ LOG_LEVEL: "trace", ...env });
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { env: { ...process.env, ...environment }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${output.slice(-2000)}`)), 30_000);
    const check = setInterval(() => {
      if (output.includes("Backup365 for Teams is listening")) done(resolve);
      else if (child.exitCode !== null) done(() => reject(new Error(`server exited ${child.exitCode}:\n${output.slice(-2000)}`)));
    }, 50);
    const done = (then: () => void) => {
      clearTimeout(timer);
      clearInterval(check);
      then();
    };
  });
  return {
    url: `http://localhost:${environment.PORT}`,
    output: () => output,
    waitForOutput: async (pattern, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (Date.now() > deadline) throw new Error(`the output did not show ${pattern} in ${timeoutMs} ms:\n${output.slice(-1500)}`);
        await delay(50);
      }
      return output;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
