import assert from "node:assert/strict";
import { DateTime } from "luxon";
import { nextAutoRun, previousAutoRun, runKey } from "../../../../service/schedule/auto-schedule.js";

const iso = (d: Date): string => d.toISOString();

describe("nextAutoRun", () => {
  it("is 20:00 Sydney the same day before 8 pm, else the next day", () => {
    assert.equal(iso(nextAutoRun(new Date("2026-11-25T08:59:59Z"))), "2026-11-25T09:00:00.000Z"); // AEDT, UTC+11
    assert.equal(iso(nextAutoRun(new Date("2026-11-25T09:00:00Z"))), "2026-11-26T09:00:00.000Z"); // strictly after
  });

  it("crosses the start of daylight saving (first Sunday of October): 10:00Z becomes 09:00Z", () => {
    assert.equal(iso(nextAutoRun(new Date("2026-10-03T10:00:00Z"))), "2026-10-04T09:00:00.000Z");
    assert.equal(iso(nextAutoRun(new Date("2026-10-03T09:59:59Z"))), "2026-10-03T10:00:00.000Z");
  });

  it("crosses the end of daylight saving (first Sunday of April): 09:00Z becomes 10:00Z", () => {
    assert.equal(iso(nextAutoRun(new Date("2027-04-03T09:00:00Z"))), "2027-04-04T10:00:00.000Z");
    assert.equal(iso(nextAutoRun(new Date("2027-04-04T02:30:00Z"))), "2027-04-04T10:00:00.000Z");
  });

  it("is unaffected by midnight UTC (already mid-morning in Sydney)", () => {
    assert.equal(iso(nextAutoRun(new Date("2026-11-25T23:59:59Z"))), "2026-11-26T09:00:00.000Z");
    assert.equal(iso(nextAutoRun(new Date("2026-11-26T00:00:00Z"))), "2026-11-26T09:00:00.000Z");
  });

  it("over a whole year, runs once every Sydney day at exactly 20:00: never twice, never skipped", () => {
    let run = nextAutoRun(new Date("2026-06-01T00:00:00Z"));
    const keys = new Set<string>();
    for (let i = 0; i < 366; i++) {
      const local = DateTime.fromJSDate(run, { zone: "Australia/Sydney" });
      assert.equal(local.toFormat("HH:mm:ss"), "20:00:00", iso(run));
      keys.add(runKey(run));
      const next = nextAutoRun(run);
      assert.equal(DateTime.fromJSDate(next, { zone: "Australia/Sydney" }).diff(local, "days").days, 1, `${iso(run)} → ${iso(next)}`);
      run = next;
    }
    assert.equal(keys.size, 366);
  });
});

describe("previousAutoRun", () => {
  it("is the run at or before now, the one a catch-up at start-up owes", () => {
    assert.equal(iso(previousAutoRun(new Date("2026-11-25T09:00:00Z"))), "2026-11-25T09:00:00.000Z");
    assert.equal(iso(previousAutoRun(new Date("2026-11-25T08:59:59Z"))), "2026-11-24T09:00:00.000Z");
    assert.equal(runKey(previousAutoRun(new Date("2026-11-25T08:59:59Z"))), "2026-11-24");
  });
});
