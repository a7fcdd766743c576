import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../../../../server/config/config.js";
import { settingEnvNames } from "../../../../server/config/settings.js";

/** The problems a refused local configuration names for one variable. */
function problemsFor(name: string, value: string): string[] {
  try {
    loadConfig({ B365_MODE: "local", [name]: value });
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.problems.filter((p) => p.startsWith(name));
  }
  assert.fail(`${name}=${value} was accepted`);
}

describe("settingsSchema (through loadConfig)", () => {
  /** Every setting with a bad value, and the words its error must contain. */
  const invalid: Array<[string, string, RegExp]> = [
    ["PORT", "99999", /less than or equal to 65535/],
    ["PORT", "eighty", /must be a number/],
    ["B365_PUBLIC_BASE_URL", "not a url", /must be a URL/],
    ["B365_AUTHORITY_HOST", "http://127.0.0.1:4400", /must be https \(msal-node refuses http authorities\)/],
    ["B365_GRAPH_BASE_URL", "graph", /must be a URL/],
    ["B365_CLIENT_ID", "not-a-guid", /must be a GUID/],
    ["B365_CLIENT_SECRET", "short", /at least 8 characters/],
    ["B365_MSP_TENANT_IDS", "x", /\[0\]: must be a GUID/],
    ["B365_MSP_TENANT_IDS", " , ", /at least one tenant GUID/],
    ["B365_STORAGE_CONNECTION_STRING", "tiny", /must be a storage connection string/],
    ["B365_TABLE_PREFIX", "1abc", /letters and digits, starting with a letter/],
    ["B365_CONSENT_SIGNING_KEY", "too-short", /at least 32 characters/],
    ["B365_CONSENT_TTL_SECONDS", "0", /greater than or equal to 1/],
    ["B365_CONSENT_TTL_SECONDS", "1.5", /whole number/],
    ["B365_POLL_SECONDS", "0", /greater than or equal to 0.1/],
    ["B365_QUEUE_VISIBILITY_SECONDS", "4000", /less than or equal to 3600/],
    ["B365_SWEEP_TICK_SECONDS", "-1", /greater than or equal to 1/],
    ["B365_CARD_EDIT_INTERVAL_SECONDS", "0.1", /greater than or equal to 0.5/],
    ["B365_READY_CACHE_SECONDS", "301", /less than or equal to 300/],
    ["B365_AZURE_CREDENTIAL", "password", /must be "managedIdentity" or "default"/],
    ["LOG_LEVEL", "loud", /Invalid enum value|fatal/],
    ["B365_REPORT_SENDERS", "8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c=not-an-email", /must be an email address/],
    ["B365_REPORT_SENDERS", "tenant=reports@northwind.example", /\[tenant\]: must be a GUID/],
    ["B365_REPORT_MIN_INTERVAL_SECONDS", "-5", /greater than or equal to 0/],
    ["B365_REPORT_DAILY_SECONDS", "0", /greater than or equal to 1/],
    ["B365_REPORT_TICK_SECONDS", "0", /greater than or equal to 0.1/],
    ["B365_REPORT_RETRY_SECONDS", "0", /greater than or equal to 0.1/],
  ];
  for (const [name, value, expected] of invalid) {
    it(`rejects ${name}=${JSON.stringify(value)}, naming ${name}`, () => {
      const mine = problemsFor(name, value);
      assert.ok(mine.length > 0, `no problem named ${name}`);
      assert.match(mine.join("\n"), expected);
    });
  }

  it("names an environment variable for every setting", () => {
    const names = Object.values(settingEnvNames);
    assert.equal(new Set(names).size, names.length);
    for (const name of names) assert.match(name, /^(B365_[A-Z_]+|PORT|LOG_LEVEL|APPLICATIONINSIGHTS_CONNECTION_STRING)$/);
  });
});
