/**
 * Draws the Teams app icons (a shield holding a cloud) and writes them as PNGs with node:zlib only.
 * Run: `tsx scripts/make-icons.ts` — rewrites appPackage/color.png and appPackage/outline.png.
 * Output is deterministic, so a test can check that the committed icons match this generator.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, deflateSync } from "node:zlib";

type Rgb = readonly [number, number, number];
type Inside = (x: number, y: number) => boolean;

/** One shape to paint; later layers cover earlier ones. A colour may vary with position. */
interface Layer {
  color: Rgb | ((x: number, y: number) => Rgb);
  inside: Inside;
}

/** An image as straight (not premultiplied) RGBA bytes, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Buffer;
}

const ACCENT: Rgb = [0x0f, 0x6c, 0xbd];
const ACCENT_DARK: Rgb = [0x0b, 0x4f, 0x91];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 samples a pixel: anti-aliased edges

/** A shield whose top edge spans cx±halfWidth at `top` and whose tip sits at `bottom`. */
function shield(cx: number, top: number, bottom: number, halfWidth: number): Inside {
  return (x, y) => {
    const u = (x - cx) / halfWidth;
    const v = (y - top) / (bottom - top);
    if (v < 0.06 * (1 - u * u) || v > 1) return false; // top edge dips a little in the middle
    const t = Math.max(0, (v - 0.42) / 0.58);
    return Math.abs(u) <= 1 - Math.pow(t, 1.7);
  };
}

/** A cloud: three puffs on a flat, round-ended base. */
function cloud(cx: number, baseY: number, s: number): Inside {
  const puffs: Array<readonly [number, number, number]> = [
    [cx - 0.55 * s, baseY - 0.3 * s, 0.42 * s],
    [cx + 0.05 * s, baseY - 0.62 * s, 0.58 * s],
    [cx + 0.62 * s, baseY - 0.26 * s, 0.36 * s],
  ];
  const left = cx - 0.95 * s;
  const right = cx + 0.98 * s;
  const r = 0.3 * s;
  return (x, y) => {
    if (puffs.some(([px, py, pr]) => (x - px) ** 2 + (y - py) ** 2 <= pr * pr)) return true;
    const nx = Math.min(Math.max(x, left + r), right - r); // capsule from left to right, radius r
    return (x - nx) ** 2 + (y - (baseY - r)) ** 2 <= r * r;
  };
}

/** Paints layers with supersampling; a sample no layer covers stays transparent. */
export function paint(size: number, layers: readonly Layer[]): RgbaImage {
  const data = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          const top = layers.findLast((layer) => layer.inside(x, y));
          if (!top) continue;
          const [cr, cg, cb] = typeof top.color === "function" ? top.color(x, y) : top.color;
          r += cr; g += cg; b += cb; a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        data[o] = Math.round(r / a); data[o + 1] = Math.round(g / a); data[o + 2] = Math.round(b / a);
      }
      data[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return { width: size, height: size, data };
}

/** Mixes two colours; t = 0 gives `from`, 1 gives `to`. */
function mix(from: Rgb, to: Rgb, t: number): Rgb {
  const at = (c: 0 | 1 | 2) => from[c] + (to[c] - from[c]) * t;
  return [at(0), at(1), at(2)];
}

/** The 192×192 full-colour icon: accent gradient background, white shield, accent cloud. */
export function drawColorIcon(): RgbaImage {
  return paint(192, [
    { color: (_x, y) => mix(ACCENT, ACCENT_DARK, y / 192), inside: () => true },
    { color: WHITE, inside: shield(96, 34, 160, 54) },
    { color: ACCENT, inside: cloud(96, 118, 34) },
  ]);
}

/** The 32×32 outline icon: a white shield outline and a white cloud on transparent. */
export function drawOutlineIcon(): RgbaImage {
  const outer = shield(16, 2, 30, 12.5);
  const inner = shield(16, 4.4, 26.6, 10.1);
  return paint(32, [
    { color: WHITE, inside: (x, y) => outer(x, y) && !inner(x, y) },
    { color: WHITE, inside: cloud(16, 19.6, 5.4) },
  ]);
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/** Encodes 8-bit RGBA, or RGB when `opaque` (alpha is dropped), with filter 0 on every row. */
export function encodePng(image: RgbaImage, options: { opaque?: boolean } = {}): Buffer {
  const channels = options.opaque ? 3 : 4;
  const rows = Buffer.alloc(image.height * (1 + image.width * channels));
  let o = 0;
  for (let y = 0; y < image.height; y++) {
    rows[o++] = 0;
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      for (let c = 0; c < channels; c++) rows[o++] = image.data[i + c] ?? 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(image.width, 0);
  ihdr.writeUInt32BE(image.height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = channels === 4 ? 6 : 2; // colour type: RGBA or RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** Both icons as PNG bytes, keyed by their file name in appPackage/. */
export function makeIcons(): Record<"color.png" | "outline.png", Buffer> {
  return {
    "color.png": encodePng(drawColorIcon(), { opaque: true }),
    "outline.png": encodePng(drawOutlineIcon()),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, png] of Object.entries(makeIcons())) {
    const target = fileURLToPath(new URL(`../appPackage/${name}`, import.meta.url));
    writeFileSync(target, png);
    console.log(`wrote ${target} (${png.length} bytes)`);
  }
}
