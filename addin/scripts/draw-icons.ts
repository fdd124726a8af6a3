/**
 * Draws the add-in's icons (a target: 目标) as PNGs at the sizes Office asks for and writes them
 * to public/assets/. Pure arithmetic plus zlib, so the icons are reproducible from this file:
 * `npx tsx addin/scripts/draw-icons.ts`.
 *
 * Office sizes: 16/32/80 for ribbon buttons, 32 for IconUrl, 64 for HighResolutionIconUrl.
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

type Rgba = [number, number, number, number];

/** Ordered drawing: later shapes paint over earlier ones. Coordinates are in a 0..1 square. */
function colourAt(x: number, y: number, variant: 'validate' | 'clear'): Rgba | null {
  const cx = 0.5;
  const cy = 0.5;
  // Rounded square background.
  const r = 0.18;
  const qx = Math.max(Math.abs(x - cx) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - cy) - (0.5 - r), 0);
  if (Math.hypot(qx, qy) > r) return null;
  const background: Rgba = variant === 'validate' ? [178, 34, 34, 255] : [96, 105, 118, 255];
  const white: Rgba = [255, 255, 255, 255];
  const d = Math.hypot(x - cx, y - cy);
  if (variant === 'clear') {
    // A target with a diagonal stroke: "remove the marks".
    const onStroke = Math.abs(x - y) < 0.07 && x > 0.18 && x < 0.82;
    if (onStroke) return white;
  }
  if (d < 0.09) return white;
  if (d > 0.19 && d < 0.27) return white;
  if (d > 0.35 && d < 0.42) return white;
  return background;
}

/** Supersampled (4×4) RGBA pixels with alpha coverage for smooth edges. */
function render(size: number, variant: 'validate' | 'clear'): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let rr = 0,
        gg = 0,
        bb = 0,
        aa = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, variant);
          if (!c) continue;
          rr += c[0];
          gg += c[1];
          bb += c[2];
          aa += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (aa > 0) {
        pixels[o] = Math.round(rr / aa);
        pixels[o + 1] = Math.round(gg / aa);
        pixels[o + 2] = Math.round(bb / aa);
        pixels[o + 3] = Math.round((255 * aa) / (samples * samples));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes RGBA pixels as an 8-bit truecolour-with-alpha PNG. */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(pixels.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80] as const;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'assets');
  mkdirSync(out, { recursive: true });
  for (const variant of ['validate', 'clear'] as const) {
    for (const size of ICON_SIZES) {
      const file = join(out, `${variant === 'validate' ? 'icon' : 'clear'}-${size}.png`);
      writeFileSync(file, encodePng(size, render(size, variant)));
      console.log(`wrote ${file}`);
    }
  }
}
