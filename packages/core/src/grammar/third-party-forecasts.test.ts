/**
 * A third party's forecast (世界银行预测, 国际货币基金组织预计, 多家机构普遍预计, 经济学家预期): what it forecasts is nobody's
 * target — an estimated result of the year it names or of the year under way (corpus Decisions 32), whatever 今年 or 将
 * follow in its sentence. Must not fire: the issuer's own 预计 (in a plan, after a target, with 力争), a forecaster in
 * another sentence. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2025) =>
  readStatements(text, { year }).map((s) =>
    s.role === 'actual' ? `actual${s.estimate ? ' est' : ''} ${s.value}${s.unit}` : `target ${s.comparator} ${s.value}${s.unit}`,
  );

describe('a third party’s forecast: an estimated result, never a target', () => {
  it.each([
    ['世界银行预测，今年全球经济增长2.5%。', 'actual est 2.5%'],
    ['国际货币基金组织最新预计今年全球经济将增长3.1%。', 'actual est 3.1%'],
    ['多家机构普遍预计，今年我国经济增速将达5%左右。', 'actual est 5%'],
    ['经合组织6月4日发布报告，预计今年全球贸易量将增长2.3%。', 'actual est 2.3%'],
    ['经济学家普遍估计，今年居民消费价格上涨1%左右。', 'actual est 1%'],
    ['世界银行预测，2025年全球经济增长2.7%。', 'actual est 2.7%'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  // Must not fire: the issuer's own estimates and aims, and a forecaster whose sentence has closed.
  it.each([
    ['今年全市地区生产总值预期增长6%左右，力争达到6.5%。', ['target ~ 6%', 'target >= 6.5%']],
    ['力争今年全市规上工业增加值增长8%。', ['target = 8%']],
    ['世界银行预测全球经济放缓。今年全市地区生产总值增长6%左右。', ['target ~ 6%']],
    ['金融机构各项贷款余额增长12%。', ['target = 12%']],
    // review25a, finding 1: the forecast holds only its own clause; the issuer's figures after it plan. 机构 is an
    // outside body only when named so; 普遍 and 稳定预期 forecast nothing.
    ['国际货币基金组织预计今年全球经济增长3.2%，今年全市地区生产总值增长6%左右，一般公共预算收入增长5%。', ['actual est 3.2%', 'target ~ 6%', 'target = 5%']],
    ['世界银行预计今年全球经济增长2.4%；今年全市地区生产总值增长6%左右。', ['actual est 2.4%', 'target ~ 6%']],
    ['面对多家机构预测全球经济放缓的复杂形势，今年全市地区生产总值增长6%左右。', ['target ~ 6%']],
    ['到2027年，全市养老机构床位预期达到5000张，护理型床位占比达到55%。', ['target >= 5000张', 'target >= 55%']],
    ['引导金融机构稳定预期，今年全市新增贷款增长10%以上。', ['target >= 10%']],
    ['推动金融机构降低融资成本，预期全年新增普惠小微贷款50亿元。', ['target = 50亿元']],
    ['市场普遍预期回暖，今年全市社会消费品零售总额增长7%。', ['target = 7%']],
  ])('must not fire: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
