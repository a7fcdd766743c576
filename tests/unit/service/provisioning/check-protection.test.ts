import assert from "node:assert/strict";
import { correction } from "../../../../service/provisioning/job-steps/check-protection.js";

const stored = (backup: "off" | "requested" | "protected" | "failed", backupError: string | null = null) => ({ backup, backupError });
const reason = "The mailbox could not be found, or Microsoft 365 Backup cannot protect it.";

describe("the weekly check's correction of a user's stored state", () => {
  it("shows a user we call protected as failed, with Microsoft's reason, once the unit is unprotected", () => {
    assert.deepEqual(correction(stored("protected"), { backup: "failed", error: reason }), { backup: "failed", backupError: reason });
    assert.equal(correction(stored("failed", reason), { backup: "failed", error: reason }), null, "already says so");
    assert.deepEqual(correction(stored("failed", "older reason"), { backup: "failed", error: reason }), { backup: "failed", backupError: reason });
  });

  it("turns a protected user off when the policy no longer holds the unit, or it is leaving the policy", () => {
    assert.deepEqual(correction(stored("protected"), undefined), { backup: "off", backupError: null });
    assert.deepEqual(correction(stored("protected"), { backup: "off", error: null }), { backup: "off", backupError: null });
    assert.equal(correction(stored("off"), undefined), null);
    assert.equal(correction(stored("failed", reason), undefined), null, "a user Microsoft never added stays failed");
  });

  it("shows a failed or off user protected once Microsoft protects the unit, and leaves a unit on its way alone", () => {
    assert.deepEqual(correction(stored("failed", reason), { backup: "protected", error: null }), { backup: "protected", backupError: null });
    assert.deepEqual(correction(stored("off"), { backup: "protected", error: null }), { backup: "protected", backupError: null });
    assert.equal(correction(stored("protected"), { backup: "protected", error: null }), null);
    assert.equal(correction(stored("off"), { backup: "requested", error: null }), null);
    assert.equal(correction(stored("protected"), { backup: "requested", error: null }), null);
  });
});
