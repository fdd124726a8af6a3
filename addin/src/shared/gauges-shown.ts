/**
 * Which of core's gauges a host draws: those that need attention first (short, at risk, met, no
 * target, no value), at most GAUGE_LIMIT. The check worker sends the page only these (a 100,000-
 * row sheet has some 220,000 gauges) with their count.
 */
import type { Gauge } from '@mubiao/core';

/** Gauges drawn at most (each is some 60 DOM nodes). */
export const GAUGE_LIMIT = 6;

const STATUS_ORDER: Record<Gauge['status'], number> = { short: 0, 'at-risk': 1, met: 2, 'no-target': 3, 'no-value': 4 };

export function gaugesToShow(all: readonly Gauge[], limit = GAUGE_LIMIT): Gauge[] {
  return [...all].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]).slice(0, limit);
}
