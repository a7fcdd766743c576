import assert from "node:assert/strict";
import { translateGraphError } from "../../../../service/microsoft/graph/graph-errors.js";

const sdkError = (statusCode: number, code = "x") => Object.assign(new Error("graph"), { statusCode, code });

describe("Graph errors become messages staff can act on", () => {
  it("a connection reset (the SDK's -1) or a plain network failure is 'did not answer', repeatable, not a rejection", () => {
    for (const error of [sdkError(-1), new TypeError("fetch failed")]) {
      const translated = translateGraphError(error, "the users");
      assert.equal(translated.code, "GRAPH.UNREACHABLE");
      assert.equal(translated.status, 503);
      assert.match(translated.userMessage, /did not answer while reading the users/);
    }
  });

  it("keeps throttling, access, not-found and rejection apart", () => {
    assert.equal(translateGraphError(sdkError(429), "x").code, "GRAPH.UNAVAILABLE");
    assert.equal(translateGraphError(sdkError(503), "x").code, "GRAPH.UNAVAILABLE");
    assert.equal(translateGraphError(sdkError(403, "Authorization_RequestDenied"), "x").code, "GRAPH.ACCESS_DENIED");
    assert.equal(translateGraphError(sdkError(404), "x").code, "GRAPH.NOT_FOUND");
    assert.equal(translateGraphError(sdkError(400, "BadRequest"), "x").code, "GRAPH.REJECTED");
  });
});
