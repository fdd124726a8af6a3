/**
 * Units the table does not hold: a single measure word closing its clause (盏, 枚, 分 of a score), composed units (X每Y,
 * X/百Y, N/10万) and a bare 万 after investment or funds; and the figures none of them may take. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2025) => readStatements(text, { year }).map((s) => `${s.role} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('a measure word the table lacks is a unit where it closes its clause', () => {
  it('reads 盏 and 枚 before a break, and 分 after a score word', () => {
    expect(read('今年在主干道安装太阳能路灯800盏，方便群众出行。')).toEqual(['target count = 800盏']);
    expect(read('今年发放便民联系卡500枚。')).toEqual(['target count = 500枚']);
    expect(read('今年群众满意度测评得分≥85分。')).toEqual(['target level >= 85分']);
    expect(read('今年营商环境评价得分达到92分以上。')).toEqual(['target level >= 92分']);
  });

  it('must not fire on times, ordinals, letters, multipliers, ranks, document parts or places', () => {
    expect(read('会议于今年4月8日10时20分召开。')).toEqual([]);
    expect(read('今年争取进入全省第2方阵。')).toEqual([]);
    expect(read('今年推进S218省道改造。')).toEqual([]);
    expect(read('今年位次前移3位，报告全文共5800字，分为6类。')).toEqual([]);
    expect(read('全县下辖2街道8镇，办公地址为新华路18号302室。')).toEqual([]);
    expect(read('今年以旧换新3万单。')).toEqual([]);
  });
});

describe('composed units and 万 for 万元', () => {
  it('reads X每Y, X/百Y and N/10万 as one unit, each a level', () => {
    expect(read('到2025年，PM2.5年均浓度控制在33微克每立方米以下。', 2024)).toEqual(['target level <= 33微克每立方米']);
    expect(read('到2025年，公路网密度达到70公里/百平方公里以上。', 2024)).toEqual(['target level >= 70公里/百平方公里']);
    expect(read('到2025年，孕产妇死亡率控制在11/10万以下。', 2024)).toEqual(['target level <= 11/10万']);
  });

  it('reads a bare 万 after investment or funds as 万元, but not after people', () => {
    expect(read('今年引进项目单体投资额均达4000万以上。')).toEqual(['target level >= 4000万元']);
    expect(read('今年新增城镇就业1.5万以上。')).toEqual(['target increment >= 15000人']);
  });

  it('must not read 万 as 万元 when another noun stands between the money word and the figure', () => {
    const full = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);
    expect(full('今年通过项目投资带动就业1.2万以上。')).toEqual(['target 就业 count >= 12000人']);
    expect(full('今年通过项目投资带动就业1.2万。')).toEqual(['target 就业 count = 12000人']);
    expect(full('今年新增投资者户数2万以上。')).toEqual([]);
    expect(full('今年争取资金800万以上。')).toEqual(['target 资金 level >= 800万元']);
    expect(full('今年争取上级衔接资金2800万。')).toEqual(['target 上级衔接资金 level = 2800万元']);
  });
});
