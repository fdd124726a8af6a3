/**
 * The custom functions =MUBIAO.TARGET(metric, region, year) and =MUBIAO.TARGETTEXT(metric,
 * region, year). Written against an injected plan list and error factory so the same code runs
 * in Excel's custom-functions runtime and in tests.
 */
import type { Plan } from '@mubiao/core';
import { describeTarget } from '@mubiao/core';
import { findTarget, type LookupResult } from './lookup.ts';

/** Builds the error Excel shows (#N/A, #VALUE!) with a message in the cell's tooltip. */
export type ErrorFactory = (kind: 'notAvailable' | 'invalidValue', message: string) => Error;

export interface TargetFunctions {
  /** The target's written number: 20 for "增长20%以上", 150 for "新增150户". */
  TARGET: (metric: string, region: string, year: number) => number;
  /** Comparator and unit as text: "≥ 20%", "3-5 家". */
  TARGETTEXT: (metric: string, region: string, year: number) => string;
}

function orThrow(result: LookupResult, error: ErrorFactory): Extract<LookupResult, { ok: true }> {
  if (result.ok) return result;
  throw error(result.reason === 'bad-input' ? 'invalidValue' : 'notAvailable', result.message);
}

export function makeTargetFunctions(plans: () => readonly Plan[], error: ErrorFactory, locale: 'zh-CN' | 'en' = 'en'): TargetFunctions {
  return {
    TARGET(metric, region, year) {
      const { target } = orThrow(findTarget(plans(), metric, region, year), error);
      return target.value!;
    },
    TARGETTEXT(metric, region, year) {
      const { target } = orThrow(findTarget(plans(), metric, region, year), error);
      return describeTarget(target, locale);
    },
  };
}
