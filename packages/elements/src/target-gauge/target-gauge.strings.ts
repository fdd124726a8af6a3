/**
 * Words of <mb-target-gauge>: zh-CN here, built in; other locales register theirs (src/locales/en.ts).
 * Numbers and units come from shared/format.ts.
 */

export interface GaugeStrings {
  /** Prefix of the target text, with any space it needs: "目标" → "目标7%左右"; "target " → "target about 7%". */
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

export const gaugeStrings: { readonly 'zh-CN': GaugeStrings } = {
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
};

declare module '@mubiao/core/vocab/words' {
  interface LocaleWords {
    /** The strings of <mb-target-gauge> (zh-CN built in above; English: src/locales/en.ts). */
    targetGauge: GaugeStrings;
  }
}
