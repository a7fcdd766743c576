import type { Server } from "restify";
import type { TeamsBot } from "../../bot/index.js";

/** `POST /api/messages`: the Bot Framework channel delivers activities here (botbuilder checks their signature). */
export function registerBotRoutes(server: Server, bot: TeamsBot): void {
  server.post("/api/messages", async (req, res) => {
    await bot.process(req, res);
  });
}
