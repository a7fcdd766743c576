import type { Server } from "restify";
import type { TeamsBot } from "../../bot/index.js";

/** `POST /api/messages`: the Bot Framework channel delivers activities here (botbuilder checks their signature). */
export function registerBotRoutes(server: Server, bot: TeamsBot): void {
  server.post("/api/messages", async (req, res) => {
    try {
      await bot.process(req, res);
    } catch {
      // botbuilder validates the body before the token and throws (outside its own error handling) when it is not an
      // activity; unanswered, restify would send 500 with botbuilder's message.
      if (!res.headersSent) res.send(400, { error: { code: "BOT.BAD_ACTIVITY", message: "The request body is not a Bot Framework activity." } });
    }
  });
}
