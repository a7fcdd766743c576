import { decodeOutcome } from "./consent/decode-outcome.js";
import { reportOutcome } from "./consent/report-outcome.js";
import { showOutcome, showReported } from "./consent/show-outcome.js";

const outcome = decodeOutcome(window.location.hash);
showOutcome(outcome);
void reportOutcome(outcome).then(showReported, () => showReported("none"));
