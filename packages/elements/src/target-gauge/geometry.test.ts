import { describe, expect, test } from 'vitest';
import { pathRound } from 'd3-path';
import { arcPath, linearScale, niceDomain, tickStep } from './geometry.ts';

describe('linearScale', () => {
  test('maps and clamps', () => {
    const x = linearScale([0, 40], [0, 300]);
    expect(x(20)).toBe(150);
    expect(x(-10)).toBe(0);
    expect(x(100)).toBe(300);
    const y = linearScale([-5, 10], [0, 300]);
    expect(y(0)).toBe(100);
  });
  test('reversed range and zero-width domain', () => {
    expect(linearScale([0, 10], [100, 0])(2.5)).toBe(75);
    expect(linearScale([3, 3], [0, 300])(3)).toBe(0);
  });
});

describe('niceDomain (d3 semantics)', () => {
  test.each([
    [
      [0, 8.395],
      [0, 10],
    ],
    [
      [0, 23],
      [0, 25],
    ],
    [
      [0, 172.5],
      [0, 200],
    ],
    [
      [-2.875, 11.5],
      [-5, 15],
    ],
    [
      [0, 0.345],
      [0, 0.4],
    ],
    [
      [0, 1.15],
      [0, 1.2],
    ],
    // 0.05 × 6 is 0.30000000000000004 in floats: d3-array steps by its inverse (×20, ÷20) and
    // stays at 0.3; the hand-written nice() that d3-array replaced widened this to 0.4.
    [
      [0, 0.2698],
      [0, 0.3],
    ],
    [
      [-0.0028, 0.2705],
      [-0.1, 0.3],
    ],
  ] as [[number, number], [number, number]][])('%j → %j', (input, expected) => {
    expect(niceDomain(input, 4)).toEqual(expected);
  });
  test('tick steps are 1, 2, 5 × 10^k', () => {
    expect(tickStep(0, 10, 4)).toBe(2);
    expect(tickStep(0, 100, 4)).toBe(20);
    expect(tickStep(0, 1, 4)).toBe(0.2);
    expect(tickStep(0, 70, 4)).toBe(20);
  });
});

describe('arcPath', () => {
  test("a half ring from 9 to 3 o'clock", () => {
    // d3-path sets the large-arc flag at exactly 180°, where either flag draws the same half circle.
    expect(arcPath(-Math.PI / 2, Math.PI / 2, 62, 90)).toBe('M-90,0A90,90,0,1,1,90,0L62,0A62,62,0,1,0,-62,0Z');
  });
  test('the same sectors as the hand-written path it replaced (points within 0.001)', () => {
    // The path arcPath drew before it used d3-path: toFixed(3) coordinates, 0 at 12 o'clock.
    const point = (r: number, a: number) => `${(r * Math.sin(a)).toFixed(3)},${(-r * Math.cos(a)).toFixed(3)}`;
    const before = (a0: number, a1: number, r0: number, r1: number) => {
      const [s, e] = [Math.min(a0, a1), Math.max(a0, a1)];
      const large = e - s > Math.PI ? 1 : 0;
      const outer = `M${point(r1, s)}A${r1},${r1},0,${large},1,${point(r1, e)}`;
      return r0 <= 0 ? `${outer}L0,0Z` : `${outer}L${point(r0, e)}A${r0},${r0},0,${large},0,${point(r0, s)}Z`;
    };
    const numbers = (path: string) => path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i++) {
      const a0 = (random() - 0.5) * Math.PI;
      const a1 = (random() - 0.5) * Math.PI;
      const r0 = i % 5 === 0 ? 0 : 50 + random() * 20;
      const r1 = 80 + random() * 20;
      const now = arcPath(a0, a1, r0, r1);
      const then = before(a0, a1, r0, r1);
      expect(now.replace(/[^A-Z]/g, '')).toBe(then.replace(/[^A-Z]/g, ''));
      const [x, y] = [numbers(now), numbers(then)];
      expect(x.length).toBe(y.length);
      x.forEach((v, k) => expect(Math.abs(v - y[k]!)).toBeLessThanOrEqual(0.0010001));
    }
  });
  test('the same string as d3-path draws (pathRound(3)), for sectors, pies, tiny and half-turn arcs', () => {
    const d3Sector = (a0: number, a1: number, r0: number, r1: number) => {
      const [start, end] = [Math.min(a0, a1) - Math.PI / 2, Math.max(a0, a1) - Math.PI / 2];
      // Where d3-path draws no arc (under its epsilon) arcPath draws nothing.
      if (end - start <= 1e-6 || r1 <= 0) return '';
      const path = pathRound(3);
      path.arc(0, 0, r1, start, end);
      if (r0 > 0) path.arc(0, 0, r0, end, start, true);
      else path.lineTo(0, 0);
      path.closePath();
      return path.toString();
    };
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const cases: [number, number, number, number][] = [
      [-Math.PI / 2, Math.PI / 2, 62, 90],
      [0, 5e-7, 60, 90],
      [0, 2e-6, 60, 90],
      [-Math.PI / 2, Math.PI / 2, 0, 90],
      [0.3, 0.3 + Math.PI, 40.0004, 90.1235],
    ];
    for (let i = 0; i < 1000; i++) {
      const a0 = (random() - 0.5) * Math.PI;
      const a1 = i % 7 === 0 ? a0 + random() * 1e-5 : (random() - 0.5) * Math.PI;
      cases.push([a0, a1, i % 5 === 0 ? 0 : 40 + random() * 30, 70.5 + random() * 30]);
    }
    for (const [a0, a1, r0, r1] of cases) expect(arcPath(a0, a1, r0, r1)).toBe(d3Sector(a0, a1, r0, r1));
  });
  test('angles in either order, large arcs, pies and empty sectors', () => {
    expect(arcPath(1, 0, 1, 2)).toBe(arcPath(0, 1, 1, 2));
    expect(arcPath(0, 4, 1, 2)).toContain('A2,2,0,1,1');
    expect(arcPath(0, 1, 0, 2)).toMatch(/L0,0Z$/);
    expect(arcPath(0.5, 0.5, 1, 2)).toBe('');
  });
});
