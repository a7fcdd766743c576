import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { commandKinds, commandTable } from "../../../bot/commands/command-table.js";
import { repoRoot } from "./shared-schema.js";

const templateText = readFileSync(path.join(repoRoot, "appPackage", "manifest.template.json"), "utf8");
const template = JSON.parse(templateText) as {
  $schema: string;
  manifestVersion: string;
  bots: Array<{ botId: string; scopes: string[]; supportsFiles: boolean; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description?: string }> }> }>;
  staticTabs: Array<{ contentUrl?: string; scopes: string[] }>;
  configurableTabs: Array<{ configurationUrl: string; scopes: string[] }>;
  webApplicationInfo: { id: string; resource: string };
  validDomains: string[];
};

describe("appPackage/manifest.template.json", () => {
  it("targets manifest v1.29", () => {
    assert.equal(template.$schema, "https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.schema.json");
    assert.equal(template.manifestVersion, "1.29");
  });

  it("uses exactly the documented placeholders", () => {
    const used = new Set([...templateText.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]));
    assert.deepEqual([...used].sort(), ["AAD_APP_CLIENT_ID", "APP_NAME_SUFFIX", "BOT_ID", "TAB_DOMAIN", "TAB_ENDPOINT", "TEAMS_APP_ID"]);
  });

  it("lists exactly the bot's commands (bot/commands/command-table.ts), in its order, in every scope", () => {
    const [bot] = template.bots;
    assert.ok(bot);
    assert.deepEqual(bot.scopes, ["personal", "team", "groupChat"]);
    assert.equal(bot.supportsFiles, false);
    assert.deepEqual(bot.commandLists.flatMap((list) => list.scopes).sort(), ["groupChat", "personal", "team"]);
    assert.deepEqual(commandKinds, ["help", "customers", "status", "enable", "auto", "provision"]);
    for (const list of bot.commandLists) {
      assert.deepEqual(list.commands.map((c) => c.title), commandKinds);
      for (const command of list.commands) {
        const usage = commandTable[command.title as (typeof commandKinds)[number]].usage;
        assert.ok(command.description?.startsWith(`${usage}: `), `${command.title}: "${command.description}" should start with "${usage}: "`);
        assert.ok((command.description?.length ?? 0) <= 128 && command.title.length <= 32, command.title);
      }
    }
  });

  it("has a personal static tab and a team/group chat configurable tab on TAB_ENDPOINT", () => {
    assert.deepEqual(template.staticTabs.map((t) => [t.contentUrl, t.scopes]), [["${{TAB_ENDPOINT}}/index.html", ["personal"]]]);
    assert.deepEqual(template.configurableTabs[0]?.scopes, ["team", "groupChat"]);
    assert.ok(template.configurableTabs[0]?.configurationUrl.startsWith("${{TAB_ENDPOINT}}/"));
  });

  it("declares tab SSO for the Entra app on TAB_DOMAIN", () => {
    assert.deepEqual(template.webApplicationInfo, { id: "${{AAD_APP_CLIENT_ID}}", resource: "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}" });
    assert.deepEqual(template.validDomains, ["${{TAB_DOMAIN}}"]);
  });
});
