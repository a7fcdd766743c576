import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { drawOutlineIcon, encodePng, makeIcons } from "../../../scripts/make-icons.js";
import { decodePng, readPngHeader } from "./png-reader.js";
import { repoRoot } from "./shared-schema.js";

const committed = (name: string) => readFileSync(path.join(repoRoot, "appPackage", name));

describe("makeIcons", () => {
  it("matches the committed icons byte for byte (run `tsx scripts/make-icons.ts` after changing it)", () => {
    const icons = makeIcons();
    assert.ok(icons["color.png"].equals(committed("color.png")), "appPackage/color.png is stale");
    assert.ok(icons["outline.png"].equals(committed("outline.png")), "appPackage/outline.png is stale");
  });

  it("color.png is a 192×192 full-colour picture, not a flat square", () => {
    assert.deepEqual(readPngHeader(committed("color.png")), { width: 192, height: 192, bitDepth: 8, colorType: 2 });
    const { pixels } = decodePng(committed("color.png"));
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 3) colours.add(pixels.subarray(i, i + 3).toString("hex"));
    assert.ok(colours.size > 16, `only ${colours.size} colours`);
  });

  it("outline.png is 32×32 RGBA, white on transparent", () => {
    assert.deepEqual(readPngHeader(committed("outline.png")), { width: 32, height: 32, bitDepth: 8, colorType: 6 });
    const { pixels } = decodePng(committed("outline.png"));
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const alpha = pixels[i + 3] ?? 0;
      if (alpha === 0) transparent++;
      else assert.deepEqual([...pixels.subarray(i, i + 3)], [255, 255, 255], `pixel ${i / 4} is not white`);
      if (alpha === 255) opaque++;
    }
    assert.ok(transparent > 32 * 32 * 0.4, "mostly transparent");
    assert.ok(opaque > 60, "has a solid glyph");
  });
});

describe("encodePng", () => {
  it("round-trips RGBA pixels", () => {
    const image = drawOutlineIcon();
    assert.ok(decodePng(encodePng(image)).pixels.equals(image.data));
  });
});
