import { inflateSync } from "node:zlib";

/** The IHDR facts a Teams icon check needs. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 2 = RGB, 6 = RGBA. */
  colorType: number;
}

/** A decoded 8-bit PNG, one byte per channel. */
export interface PngPixels extends PngHeader {
  channels: number;
  pixels: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunks(png: Buffer): Array<{ type: string; body: Buffer }> {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG");
  const found: Array<{ type: string; body: Buffer }> = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    found.push({ type: png.toString("latin1", at + 4, at + 8), body: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

/** Reads width, height, bit depth and colour type from IHDR (the first chunk). */
export function readPngHeader(png: Buffer): PngHeader {
  const first = chunks(png)[0];
  if (first?.type !== "IHDR") throw new Error("IHDR is not the first chunk");
  return { width: first.body.readUInt32BE(0), height: first.body.readUInt32BE(4), bitDepth: first.body[8] ?? 0, colorType: first.body[9] ?? 0 };
}

/** Decodes a non-interlaced 8-bit RGB/RGBA PNG (all five row filters). */
export function decodePng(png: Buffer): PngPixels {
  const header = readPngHeader(png);
  if (header.bitDepth !== 8 || (header.colorType !== 2 && header.colorType !== 6)) throw new Error("only 8-bit RGB/RGBA");
  const channels = header.colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(chunks(png).filter((c) => c.type === "IDAT").map((c) => c.body)));
  const stride = header.width * channels;
  const pixels = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = left + up - upLeft;
      const paeth = [left, up, upLeft].sort((a, b) => Math.abs(p - a) - Math.abs(p - b))[0] ?? 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { ...header, channels, pixels };
}
