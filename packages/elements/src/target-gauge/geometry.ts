/**
 * The gauge's geometry: a clamped linear scale, d3's "nice" domain rounding and an annular-sector
 * path. Written here rather than imported from d3-scale / d3-shape because the installed d3
 * builds are single prebundled files that do not tree-shake: scaleLinear alone costs 10 kB gzip
 * (it drags in d3-interpolate, d3-color and d3-format) and arc 4.8 kB, which would break the
 * gauge's 10 kB budget on their own. The conventions are d3's, so the output is the same:
 * angles in radians, 0 at 12 o'clock, increasing clockwise.
 */

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

/** d3's tick step: 1, 2, 5 or 10 times a power of ten, giving about `count` ticks. */
export function tickStep(start: number, stop: number, count: number): number {
  const raw = Math.abs(stop - start) / Math.max(1, count);
  if (raw === 0 || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/** Extends a domain outwards to round tick values, as d3's scale.nice(count) does. */
export function niceDomain([lo, hi]: readonly [number, number], count = 4): [number, number] {
  if (!(hi > lo)) return [lo, hi];
  let step = tickStep(lo, hi, count);
  // Rounding may change the span enough to pick another step; d3 iterates until it settles.
  for (let i = 0; i < 5; i++) {
    const nlo = Math.floor(lo / step) * step;
    const nhi = Math.ceil(hi / step) * step;
    const next = tickStep(nlo, nhi, count);
    lo = nlo;
    hi = nhi;
    if (next === step) break;
    step = next;
  }
  // Drop float noise such as 0.30000000000000004.
  return [Number(lo.toPrecision(12)), Number(hi.toPrecision(12))];
}

const point = (r: number, a: number) => `${(r * Math.sin(a)).toFixed(3)},${(-r * Math.cos(a)).toFixed(3)}`;

/**
 * SVG path of an annular sector between angles a0 and a1 (radians, clockwise from 12 o'clock)
 * and radii r0 (inner) to r1 (outer). Empty when the sector has no extent.
 */
export function arcPath(a0: number, a1: number, r0: number, r1: number): string {
  const start = Math.min(a0, a1);
  const end = Math.max(a0, a1);
  if (end - start < 1e-9 || r1 <= 0) return '';
  const large = end - start > Math.PI ? 1 : 0;
  const outer = `M${point(r1, start)}A${r1},${r1},0,${large},1,${point(r1, end)}`;
  if (r0 <= 0) return `${outer}L0,0Z`;
  return `${outer}L${point(r0, end)}A${r0},${r0},0,${large},0,${point(r0, start)}Z`;
}
