/**
 * Draws the add-in's icons (a status sheet with a check mark in the council's blue) as PNGs at the sizes
 * the manifest names. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x1f, 0x4e, 0x79, 0xff];
const WHITE = [0xff, 0xff, 0xff, 0xff];
const GREEN = [0x37, 0xa6, 0x4b, 0xff];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The pixel (RGBA) at x, y of an icon of `size`: a rounded blue sheet, white rows, a green check. */
function pixel(x: number, y: number, size: number): number[] {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.14;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  // The check mark: two strokes in the lower right.
  const d1 = Math.abs(v - 0.62 - (u - 0.5)) < 0.07 && u > 0.48 && u < 0.62;
  const d2 = Math.abs(v - 0.76 + (u - 0.62) * 1.4) < 0.08 && u > 0.6 && u < 0.88;
  if (d1 || d2) return GREEN;
  // Three text rows and a header band on the sheet.
  if (u > 0.2 && u < 0.8 && v > 0.18 && v < 0.3) return WHITE;
  for (const row of [0.4, 0.55]) if (u > 0.2 && u < 0.45 && v > row && v < row + 0.07) return WHITE;
  return BLUE;
}

/** Encodes one icon as a PNG. */
export function icon(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}

if (require.main === module) {
  for (const size of SIZES) writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), icon(size));
}
