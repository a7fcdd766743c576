export * from "./adapter/teams-bot.adapter.js";
export * from "./handlers/handle-turn.js";
export * from "./handlers/bot-deps.js";
export * from "./identity/staff-directory.port.js";
export * from "./cards/tab-links.js";
export * from "./cards/card-types.js";
export * from "./cards/progress.card.js";
export * from "./turn.js";
