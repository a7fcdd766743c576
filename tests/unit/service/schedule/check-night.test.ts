import assert from "node:assert/strict";
import { nextAutoRun } from "../../../../service/schedule/auto-schedule.js";
import { checkWeekday, isCheckNight, nightUnitsRead } from "../../../../service/schedule/check-night.js";

/** `count` consecutive 20:00 Sydney runs from the first after `from`. */
function runs(from: string, count: number): Date[] {
  const all: Date[] = [];
  let run = new Date(from);
  for (let i = 0; i < count; i++) all.push((run = nextAutoRun(run)));
  return all;
}

const ids = Array.from({ length: 700 }, (_, i) => `customer-${i}`);

describe("the Enable Auto check night", () => {
  it("falls on exactly one night in every seven for each customer, across both daylight-saving changes", () => {
    // 2026-09-28 → 2026-10-12 crosses the start of DST (4 Oct); 2027-03-29 → 2027-04-12 crosses its end (4 Apr).
    for (const start of ["2026-09-28T00:00:00Z", "2027-03-29T00:00:00Z"]) {
      const nights = runs(start, 14);
      for (const id of ids) {
        for (let from = 0; from + 7 <= nights.length; from++) {
          const checks = nights.slice(from, from + 7).filter((run) => isCheckNight(id, run)).length;
          assert.equal(checks, 1, `${id}, week from ${nights[from]!.toISOString()}`);
        }
      }
    }
  });

  it("spreads customers over the seven weekdays", () => {
    const perDay = new Map<number, number>();
    for (const id of ids) {
      perDay.set(checkWeekday(id), (perDay.get(checkWeekday(id)) ?? 0) + 1);
    }
    assert.deepEqual([...perDay.keys()].sort(), [1, 2, 3, 4, 5, 6, 7]);
    for (const [day, count] of perDay) assert.ok(count > 60 && count < 140, `weekday ${day}: ${count} of 700`);
  });

  it("makes the night's job read every unit; every other night reads none", () => {
    const week = runs("2026-12-01T00:00:00Z", 7);
    const reads = week.map((run) => nightUnitsRead("contoso-dental", run));
    assert.equal(reads.filter((r) => r === "all").length, 1);
    assert.equal(reads.filter((r) => r === "none").length, 6);
  });
});
