/**
 * The gauge's geometry: d3-array's `nice` / `tickStep` round the scale's domain; the annular
 * sectors of the arc variant are written here in d3-path's output format (the commands
 * d3-shape's `arc` draws), and the clamped linear map instead of d3-scale's `scaleLinear`.
 * Conventions are d3's: angles in radians, 0 at 12 o'clock, increasing clockwise.
 *
 * Measured with the package's build (rolldown, tree-shaken, minified, gzip -9):
 * - d3-array `nice` + `tickStep`: 303 B gzip in mubiao-elements.js (2026-12, marginal), kept.
 * - d3-path `pathRound` (its whole Path class): 870 B gzip in mubiao-elements.js (2026-12,
 *   marginal) for one path shape of three commands; written here it is about 150 B. The test
 *   draws every sector with d3-path as well and requires the same string, so d3-path stays the
 *   reference (a dev dependency) and leaves the single file (issue 17's 25 kB goal).
 * - d3-scale `scaleLinear` alone: 22,392 B min / 9,050 B gzip (it imports d3-interpolate,
 *   d3-color and d3-format whether or not they are called); d3-shape `arc` alone: 16,562 B min /
 *   4,069 B gzip (the prebundled file keeps every curve factory): more than the whole gauge entry
 *   for a clamp-and-multiply and one path shape.
 */
import { nice, tickStep } from 'd3-array';

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

/** A coordinate as d3-path's `pathRound(3)` writes it: rounded to 3 decimals, shortest form. */
const coordinate = (value: number) => String(Math.round(value * 1000) / 1000);

/** The point at radius r and angle a (radians from 3 o'clock, clockwise on screen), as "x,y". */
const point = (r: number, a: number) => `${coordinate(r * Math.cos(a))},${coordinate(r * Math.sin(a))}`;

/**
 * SVG path of an annular sector between angles a0 and a1 (radians, clockwise from 12 o'clock)
 * and radii r0 (inner) to r1 (outer), drawn as d3-shape's arc does and written as d3-path's
 * `pathRound(3)` writes it: outer arc clockwise, line in, inner arc back (a pie slice to the
 * centre when r0 is 0). Empty when the sector has no extent (under a millionth of a radian). The gauge's sweep is at most a half
 * turn; a sector of a full turn or more is not drawn correctly (d3-path splits those in two arcs).
 */
export function arcPath(a0: number, a1: number, r0: number, r1: number): string {
  // d3-path measures angles from 3 o'clock.
  const start = Math.min(a0, a1) - Math.PI / 2;
  const end = Math.max(a0, a1) - Math.PI / 2;
  // Under d3-path's epsilon it draws no arc (only stray moves); nothing is drawn here either.
  if (end - start <= 1e-6 || r1 <= 0) return '';
  // d3-path sets the large-arc flag from a half turn on.
  const large = end - start >= Math.PI ? 1 : 0;
  const arc = (r: number, to: number, clockwise: number) => `A${coordinate(r)},${coordinate(r)},0,${large},${clockwise},${point(r, to)}`;
  const inner = r0 > 0 ? `L${point(r0, end)}${arc(r0, start, 0)}` : 'L0,0';
  return `M${point(r1, start)}${arc(r1, end, 1)}${inner}Z`;
}
