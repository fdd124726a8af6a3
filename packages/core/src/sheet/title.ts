import type { GridView } from './grid-view.ts';

/** Title text above a header: the distinct non-empty texts of the rows above it, joined. */
export function titleAbove(view: GridView, headerTop: number): string {
  const parts: string[] = [];
  for (let r = 0; r < headerTop; r++) {
    for (let c = 0; c < view.grid.colCount; c++) {
      const t = view.ownText(r, c);
      if (t && !parts.includes(t)) parts.push(t);
    }
  }
  return parts.join(' ');
}

const PLACE =
  /([\u4e00-\u9fa5]{2,6}?(?:自治区|省|市|区|县))(?=\s*(?:$|\d{4}|二〇|《|》|年|工业|经济|重点|主要|关于|全|各|“|20|人民政府|政府|分解|任务|指标|目标|进度|完成|工作|制造|产业))/;

/**
 * Region and year a sheet is about, from its title ("《金安区 2023 年度工业发展要点》重点任务
 * 分解表" → 金安区, 2023) or sheet name. Words such as 全市/全区 are not places.
 */
export function regionAndYear(...texts: (string | undefined)[]): { region?: string; year?: number } {
  const out: { region?: string; year?: number } = {};
  for (const raw of texts) {
    if (!raw) continue;
    const text = raw.normalize('NFKC');
    if (out.year === undefined) {
      const y = /(20\d{2})\s*年/.exec(text) ?? /(?<!\d)(20\d{2})(?!\d)/.exec(text);
      if (y) out.year = Number(y[1]);
    }
    if (out.region === undefined) {
      const cleaned = text.replace(/[《》“”"\s]/g, (ch) => (ch === ' ' || ch === '\u3000' ? '' : ch));
      const m = PLACE.exec(cleaned);
      const place = m?.[1]?.replace(/^(年度|年|度)/, '');
      if (m && place && place.length >= 2 && !/^(全|各|本|我|该)/.test(place)) {
        // "六安市金安区" is 金安区: the last named place is the one the sheet is about.
        const nested = /^[\u4e00-\u9fa5]+?(?:省|市)([\u4e00-\u9fa5]{2,}(?:市|区|县))$/.exec(place);
        out.region = nested ? nested[1]! : place;
      }
    }
  }
  return out;
}
