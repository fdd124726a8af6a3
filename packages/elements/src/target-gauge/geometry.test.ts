import { describe, expect, test } from 'vitest';
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
    [[0, 8.395], [0, 10]],
    [[0, 23], [0, 25]],
    [[0, 172.5], [0, 200]],
    [[-2.875, 11.5], [-5, 15]],
    [[0, 0.345], [0, 0.4]],
    [[0, 1.15], [0, 1.2]],
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
  test('a half ring from 9 to 3 o\'clock', () => {
    expect(arcPath(-Math.PI / 2, Math.PI / 2, 62, 90)).toBe(
      'M-90.000,-0.000A90,90,0,0,1,90.000,-0.000L62.000,-0.000A62,62,0,0,0,-62.000,-0.000Z',
    );
  });
  test('angles in either order, large arcs, pies and empty sectors', () => {
    expect(arcPath(1, 0, 1, 2)).toBe(arcPath(0, 1, 1, 2));
    expect(arcPath(0, 4, 1, 2)).toContain('A2,2,0,1,1');
    expect(arcPath(0, 1, 0, 2)).toMatch(/L0,0Z$/);
    expect(arcPath(0.5, 0.5, 1, 2)).toBe('');
  });
});
