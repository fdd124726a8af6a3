/**
 * The gauge's geometry, on d3: d3-array's `nice` / `tickStep` round the scale's domain, and
 * d3-path serialises the annular sectors of the arc variant (the commands d3-shape's `arc`
 * draws). The clamped linear map is written here instead of d3-scale's `scaleLinear`.
 * Conventions are d3's: angles in radians, 0 at 12 o'clock, increasing clockwise.
 *
 * Measured with the package's build (rolldown, tree-shaken, minified, gzip -9), 2026-11-22:
 * - d3-array `nice` + `tickStep` alone: 1,524 B min / 725 B gzip; d3-path `pathRound`: 2,451 B /
 *   1,029 B; both 3,967 B / 1,645 B. In mubiao-elements.js they cost 1,251 B gzip more than the
 *   hand-written equivalents they replaced (29,759 → 31,010 B gzip); the gauge's own entry, d3
 *   external, went from 8,128 to 7,946 B gzip.
 * - d3-scale `scaleLinear` alone: 22,392 B min / 9,050 B gzip. A continuous scale imports
 *   d3-interpolate (with d3-color's colour parsing) and d3-format (for tickFormat) whether or not
 *   they are called, and d3's packages ship as prebundled .mjs files whose top-level calls
 *   (bisector(), Blur2(), the curve factories) a bundler has to keep. d3-shape `arc` alone:
 *   16,562 B min / 4,069 B gzip (the prebundled file keeps every curve factory). Both: 39,149 B /
 *   12,951 B gzip, more than the whole gauge entry and half the single file's 25 kB goal, for a
 *   clamp-and-multiply and one path shape. So the linear map stays hand-written here and the
 *   sector is drawn with d3-path directly.
 */
import { nice, tickStep } from 'd3-array';
import { pathRound } from 'd3-path';

/** A clamped linear map from `domain` to `range`. A zero-width domain maps everything to range[0]. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  return (x: number) => {
    if (span === 0) return r0;
    const t = (Math.min(hi, Math.max(lo, x)) - d0) / span;
    return r0 + t * (r1 - r0);
  };
}

/** d3-array's tick step: 1, 2, 5 or 10 times a power of ten, giving about `count` ticks. */
export { tickStep };

/** Extends a domain outwards to round tick values, as d3's scale.nice(count) does (d3-array's `nice`). */
export function niceDomain([lo, hi]: readonly [number, number], count = 4): [number, number] {
  if (!(hi > lo)) return [lo, hi];
  const [nlo, nhi] = nice(lo, hi, count);
  // `+ 0` turns a -0 (ceil of a small negative) into 0.
  return [nlo + 0, nhi + 0];
}

/**
 * SVG path of an annular sector between angles a0 and a1 (radians, clockwise from 12 o'clock)
 * and radii r0 (inner) to r1 (outer), drawn as d3-shape's arc does: outer arc clockwise, line
 * in, inner arc back (a pie slice to the centre when r0 is 0), coordinates rounded to 3
 * decimals. Empty when the sector has no extent.
 */
export function arcPath(a0: number, a1: number, r0: number, r1: number): string {
  // d3-path measures angles from 3 o'clock.
  const start = Math.min(a0, a1) - Math.PI / 2;
  const end = Math.max(a0, a1) - Math.PI / 2;
  if (end - start < 1e-9 || r1 <= 0) return '';
  const path = pathRound(3);
  path.arc(0, 0, r1, start, end);
  if (r0 > 0) path.arc(0, 0, r0, end, start, true);
  else path.lineTo(0, 0);
  path.closePath();
  return path.toString();
}
