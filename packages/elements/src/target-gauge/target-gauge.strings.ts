/** Words of <mb-target-gauge> per locale; numbers and units come from shared/format.ts. */
import type { Locale } from '../shared/locale.ts';

export interface GaugeStrings {
  /** Prefix of the target text: "目标" → "目标 7%左右". */
  target: string;
  /** Default label of the reference marker (last year's actual). */
  reference: string;
  /** Label of the pace marker (时间进度: the share of the target due by now). */
  pace: string;
  /** Accessible name when no label is set. */
  unnamed: string;
  /** The value as a decrease: "下降3.2%". */
  declined: (value: string) => string;
  /** Separator of the aria-valuetext sentence. */
  comma: string;
  /** Legend item: "上年 6.8%". */
  marker: (name: string, value: string) => string;
  /** Pace legend with the elapsed share: "时间进度 50% · 应完成 75户". */
  paceShare: (share: number, value: string) => string;
}

export const gaugeStrings: Record<Locale, GaugeStrings> = {
  'zh-CN': {
    target: '目标',
    reference: '上年',
    pace: '进度',
    unnamed: '目标完成情况',
    declined: (v) => `下降${v}`,
    comma: '，',
    marker: (name, value) => `${name}${value}`,
    paceShare: (share, value) => `时间进度${Math.round(share * 100)}%，应完成${value}`,
  },
  en: {
    target: 'target',
    reference: 'last year',
    pace: 'pace',
    unnamed: 'Progress against target',
    declined: (v) => `down ${v}`,
    comma: ', ',
    marker: (name, value) => `${name} ${value}`,
    paceShare: (share, value) => `${Math.round(share * 100)}% of the period elapsed, ${value} due`,
  },
};
