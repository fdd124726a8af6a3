/**
 * What an indicator name measures, without a number: "规上工业增加值增速(%)" → growth of
 * 规上工业增加值; "新增规上工业企业" + "户" → increment. For sheets whose 指标 column names the
 * metric and whose 目标值 column holds the number.
 */
import type { TargetKind } from '../model.ts';
import { metricKey } from './lexicon.ts';
import { parseSegment } from './segment.ts';
import { kindOf } from './kinds.ts';
import { canonicalUnit, unitInfo } from './units.ts';

export interface MetricMeaning {
  metric: string;
  metricKey: string;
  kind: TargetKind;
  decline: boolean;
  /** The unit used: the one passed in, else one written in brackets at the end of the name. */
  unit: string;
}

/** A unit in brackets at the end of a name: 规上工业增加值增速(%) / 工业总产值（亿元）. */
const BRACKETED_UNIT = /[（(]\s*([^（）()]{1,8}?)\s*[）)]\s*$/;

export function classifyMetric(name: string, unit = ''): MetricMeaning {
  let label = String(name ?? '').trim();
  let written = canonicalUnit(String(unit ?? ''));
  const bracket = BRACKETED_UNIT.exec(label);
  if (bracket) {
    if (written === '') written = canonicalUnit(bracket[1]!);
    label = label.slice(0, bracket.index).trim();
  }
  const segment = parseSegment(label, 0, label.length);
  const metric = label.slice(segment.start, segment.end).trim() || label;
  const info = unitInfo(written);
  // Without a unit a rate word still says growth: the number column is a percentage.
  const kind: TargetKind = info.dimension === 'number' && segment.rate ? 'growth' : kindOf(info.dimension, metric, segment, null);
  return { metric, metricKey: metricKey(metric), kind, decline: segment.rate?.decline ?? false, unit: info.unit };
}
