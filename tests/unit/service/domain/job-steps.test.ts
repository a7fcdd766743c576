import assert from "node:assert/strict";
import { jobSteps, nextStep, skipKnownSetup, type JobStep } from "../../../../service/domain/job.js";

describe("job steps: the recorded order, and what a job with the remembered set-up skips", () => {
  it("walks sync → snapshot → service → policy → submit → activate → track, and stays at track", () => {
    const walked: JobStep[] = [jobSteps[0]];
    while (walked.length < jobSteps.length) walked.push(nextStep(walked[walked.length - 1]!));
    assert.deepEqual(walked, ["sync", "snapshot", "service", "policy", "submit", "activate", "track"]);
    assert.equal(nextStep("track"), "track");
  });

  it("with the set-up remembered, goes from snapshot to submit and from submit to track; without it, skips nothing", () => {
    const walk = (known: boolean) => {
      const seen: JobStep[] = ["sync"];
      while (seen[seen.length - 1] !== "track") seen.push(skipKnownSetup(nextStep(seen[seen.length - 1]!), known));
      return seen;
    };
    assert.deepEqual(walk(true), ["sync", "snapshot", "submit", "track"]);
    assert.deepEqual(walk(false), [...jobSteps]);
    assert.equal(skipKnownSetup("service", true), "submit", "a job started at service (a selection) begins at submit");
  });
});
