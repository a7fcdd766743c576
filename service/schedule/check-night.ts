import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import type { UnitsRead } from "../domain/job.js";
import { autoZone } from "./auto-schedule.js";

/**
 * Each Enable Auto customer has one check night a week, on a Sydney weekday fixed by its id (spread evenly, the same
 * every week). That night its job reads every protection unit and corrects our stored states by them (a unit that
 * turned `unprotected`, or one removed in Microsoft's admin centre); on the other six its job trusts Microsoft's bulk
 * jobs and reads no unit, so the night costs the delta pages and the bulk jobs whatever the tenant's size.
 */
export function checkWeekday(customerId: string): number {
  return 1 + (createHash("sha256").update(customerId).digest().readUInt32BE(0) % 7);
}

/** Whether the run at `run` (a 20:00 Sydney instant) is the customer's check night. */
export function isCheckNight(customerId: string, run: Date): boolean {
  return DateTime.fromJSDate(run, { zone: autoZone }).weekday === checkWeekday(customerId);
}

/** How the customer's job of the run at `run` confirms what it added (`Job.unitsRead`). */
export function nightUnitsRead(customerId: string, run: Date): UnitsRead {
  return isCheckNight(customerId, run) ? "all" : "none";
}
