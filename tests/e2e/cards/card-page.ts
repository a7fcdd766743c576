import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { AdaptiveCard } from "../../../bot/cards/card-types.js";

const require = createRequire(import.meta.url);
const adaptiveCardsDir = path.dirname(require.resolve("adaptivecards/dist/adaptivecards.min.js"));
const markdownItUmd = path.join(path.dirname(require.resolve("markdown-it/package.json")), "dist/browser/markdown-it.umd.min.js");

/** What rendering one card in the real renderer reported. */
export interface Rendered {
  parseEvents: string[];
  validationEvents: string[];
  text: string;
}

/** What a pressed button handed to `onExecuteAction`. */
export interface Executed {
  type: string;
  title?: string;
  verb?: string;
  data?: unknown;
  url?: string;
}

/** A blank page with the adaptivecards renderer, its CSS and markdown-it, and nothing from the network. */
export async function openCardPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
  await page.route("**/*", (route) => route.abort());
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;font-family:'Segoe UI',sans-serif;background:#f5f5f5"><div id="card" style="width:440px;padding:12px;background:#fff"></div></body></html>`);
  await page.addStyleTag({ path: path.join(adaptiveCardsDir, "adaptivecards.css") });
  await page.addScriptTag({ path: markdownItUmd });
  await page.addScriptTag({ path: path.join(adaptiveCardsDir, "adaptivecards.min.js") });
  return page;
}

/** Parses and renders a card as a 1.5 host would; button presses are recorded for {@link lastExecuted}. */
export function renderCard(page: Page, card: AdaptiveCard): Promise<Rendered> {
  return page.evaluate((json) => {
    const w = window as unknown as Record<string, any>; // the renderer's globals are untyped in the page
    const { AdaptiveCard, SerializationContext, Versions } = w.AdaptiveCards;
    const md = w.markdownit();
    AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml: string; didProcess: boolean }) => {
      result.outputHtml = md.render(text);
      result.didProcess = true;
    };
    const context = new SerializationContext(Versions.v1_5);
    const adaptive = new AdaptiveCard();
    adaptive.onExecuteAction = (action: any) => {
      w.__executed = { type: action.getJsonTypeName(), title: action.title, verb: action.verb, data: action.data, url: action.url };
    };
    adaptive.parse(json, context);
    const parseEvents: string[] = [];
    for (let i = 0; i < context.eventCount; i++) parseEvents.push(`${context.getEventAt(i).event}: ${context.getEventAt(i).message}`);
    const validationEvents = adaptive.validateProperties().validationEvents.map((e: { event: number; message: string }) => `${e.event}: ${e.message}`);
    const host = document.getElementById("card")!;
    host.replaceChildren(adaptive.render());
    w.__executed = undefined;
    return { parseEvents, validationEvents, text: host.innerText };
  }, card as unknown as Record<string, unknown>);
}

/** The last action the card handed to `onExecuteAction`, if any. */
export function lastExecuted(page: Page): Promise<Executed | undefined> {
  return page.evaluate(() => (window as unknown as { __executed?: Executed }).__executed);
}
