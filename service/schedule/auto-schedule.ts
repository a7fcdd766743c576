import { DateTime } from "luxon";

/** Enable Auto runs at 8 pm Sydney time (the guide's words), whatever the season. */
export const autoZone = "Australia/Sydney";
export const autoHour = 20;

/** The first scheduled run strictly after `after`. 20:00 exists on every Sydney day (DST moves at 2–3 am). */
export function nextAutoRun(after: Date): Date {
  const local = DateTime.fromJSDate(after, { zone: autoZone });
  let run = local.set({ hour: autoHour, minute: 0, second: 0, millisecond: 0 });
  if (run <= local) run = run.plus({ days: 1 }).set({ hour: autoHour, minute: 0, second: 0, millisecond: 0 });
  return run.toJSDate();
}

/** The latest scheduled run at or before `now`. */
export function previousAutoRun(now: Date): Date {
  const local = DateTime.fromJSDate(now, { zone: autoZone });
  let run = local.set({ hour: autoHour, minute: 0, second: 0, millisecond: 0 });
  if (run > local) run = run.minus({ days: 1 }).set({ hour: autoHour, minute: 0, second: 0, millisecond: 0 });
  return run.toJSDate();
}

/** A run's stable name: its Sydney calendar date (one run per night). */
export function runKey(run: Date): string {
  return DateTime.fromJSDate(run, { zone: autoZone }).toISODate() ?? run.toISOString().slice(0, 10);
}
