/**
 * Writes the add-in's icons to assets/: a teal rounded square with a white three-bar chart, at every size the
 * manifest and the task pane use (icon-16/32/64/80 and logo-filled). Run `npm run icons` after changing the
 * design; the PNGs are committed.
 *
 * The design is drawn on a 16×16 grid and every size is a multiple of 16, so the bars fall on whole pixels and
 * stay crisp even at 16 px; only the rounded corners are anti-aliased (by supersampling). The output is
 * deterministic: the same script writes the same bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

const GRID = 16;
const CORNER_RADIUS = 3; // grid units
const SUPERSAMPLE = 8; // samples per pixel along each axis, for the anti-aliased corners
const TEAL: readonly [number, number, number] = [0x0f, 0x76, 0x6e];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

/** The bars as [left, top, right, bottom] in grid units: three rising bars, 2 units wide, 2 apart. */
const BARS: ReadonlyArray<readonly [number, number, number, number]> = [
  [3, 9, 5, 13],
  [7, 6, 9, 13],
  [11, 3, 13, 13],
];

export const ICONS: ReadonlyArray<{ file: string; size: number }> = [
  { file: "icon-16.png", size: 16 },
  { file: "icon-32.png", size: 32 },
  { file: "icon-64.png", size: 64 },
  { file: "icon-80.png", size: 80 },
  { file: "logo-filled.png", size: 80 },
];

/** Whether the point (x, y), in grid units, lies inside the rounded square. */
function insideRoundedSquare(x: number, y: number): boolean {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), GRID - r);
  const cy = Math.min(Math.max(y, r), GRID - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideBar(x: number, y: number): boolean {
  return BARS.some(([left, top, right, bottom]) => x >= left && x < right && y >= top && y < bottom);
}

/** Renders the icon at `size` pixels (a multiple of 16) as straight (non-premultiplied) RGBA. */
export function renderIcon(size: number): PNG {
  if (size % GRID !== 0) throw new Error(`icon size ${size} is not a multiple of ${GRID}`);
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const scale = GRID / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bar = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) * scale;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) * scale;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (insideBar(x, y)) bar++;
          }
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const whiteShare = square === 0 ? 0 : bar / square;
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel++) {
        const teal = TEAL[channel] ?? 0;
        const white = WHITE[channel] ?? 0;
        png.data[offset + channel] = Math.round(teal + (white - teal) * whiteShare);
      }
      png.data[offset + 3] = Math.round((255 * square) / samples);
    }
  }
  return png;
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const { file, size } of ICONS) {
    const bytes = PNG.sync.write(renderIcon(size), { colorType: 6 });
    writeFileSync(join(dir, file), bytes);
    console.log(`wrote assets/${file} (${size}×${size}, ${bytes.length} bytes)`);
  }
}

if (require.main === module) main();
