/** Messages of the findings the sheet reader makes itself (zh-CN default, en). */
import type { Locale } from '../vocab/locale.ts';

export function noHeaderMessage(t: { sheet: string }, locale: Locale): string {
  if (locale === 'en') {
    return `No table header found on sheet "${t.sheet}" (looked for 序号, 重点任务, 内容和要求, 指标, 目标值, 完成值, 牵头单位, 县区…); the sheet was not checked.`;
  }
  return `工作表“${t.sheet}”中未找到表头（如 序号、重点任务、内容和要求、指标、目标值、完成值、牵头单位、县区），未作检查。`;
}
