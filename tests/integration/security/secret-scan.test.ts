import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { localDefaults } from "../../../server/config/local-defaults.js";

/** Well-known local development values, documented in server/config/local-defaults.ts (cloud mode never runs on them). */
const documentedLocalValues = new Set<string>([
  localDefaults.clientSecret,
  localDefaults.consentSigningKey,
  /AccountKey=([^;]+)/.exec(localDefaults.storageConnectionString)![1]!,
]);

/** Secret-looking values that are not secrets, and why. */
const notSecrets: Readonly<Record<string, string>> = {
  "a-real-looking-secret-value": "tests/unit/server/config.test.ts: a made-up value for cloud-mode validation",
  "aad-app-client-secret": "infra/azure.bicep: the Key Vault secret's name, not its value",
  "consent-signing-key": "infra/azure.bicep: the Key Vault secret's name, not its value",
};

/** An environment variable's name (`B365_CLIENT_SECRET`), which says where a secret comes from, not what it is. */
const envName = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** What a secret looks like; the first group (if any) is the value checked against the lists above. */
const rules: Array<[string, RegExp]> = [
  ["a private key", /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/g],
  ["a JWT", /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g],
  ["a storage account key", /AccountKey=([A-Za-z0-9+/]{40,}={0,2})/g],
  ["an Entra client secret", /\b([A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})\b/g],
  ["a SAS signature", /[?&]sig=([A-Za-z0-9%+/=]{30,})/g],
  ["a provider token", /\b(ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9]{32,})\b/g],
  ["a secret in an assignment", /(?:client_?secret|secret|password|passwd|signing_?key|api_?key)["']?\s*[:=]\s*["'`]([^"'`\s]{8,})["'`]/gi],
];

/** Files git tracks plus new files not ignored (what the next commit could carry). */
function repositoryFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return [...new Set(out.split("\0").filter(Boolean))];
}

function textOf(file: string): string | null {
  try {
    if (statSync(file).size > 5 * 1024 * 1024) return null;
    const bytes = readFileSync(file);
    return bytes.subarray(0, 8000).includes(0) ? null : bytes.toString("utf8");
  } catch {
    return null; // deleted in the working tree
  }
}

describe("Secrets: nothing secret-looking in the repository but documented local development values", function () {
  it("scans every tracked (and new, unignored) file for keys, tokens and secrets", () => {
    const files = repositoryFiles();
    assert.ok(files.length > 100, `git listed the repository (${files.length} files)`);
    const findings: string[] = [];
    for (const file of files) {
      const text = textOf(file);
      if (text === null) continue;
      for (const [what, pattern] of rules) {
        for (const match of text.matchAll(pattern)) {
          const value = match[1] ?? match[0];
          if (documentedLocalValues.has(value) || value in notSecrets || value.includes("${") || envName.test(value)) continue;
          const line = text.slice(0, match.index).split("\n").length;
          findings.push(`${file}:${line}: ${what} (${value.slice(0, 6)}…)`);
        }
      }
    }
    assert.deepEqual(findings, [], "move these into configuration (Key Vault in cloud mode) or document them as local values");
  });

  it("the documented local values are the ones published in server/config/local-defaults.ts", () => {
    for (const value of documentedLocalValues) assert.match(readFileSync("server/config/local-defaults.ts", "utf8"), new RegExp(value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")));
  });
});
