/**
 * The works a programme of practical matters lists (民生实事, 重点工程): two pieces of work joined by 并, lamps counted in
 * 盏, things fronted by 对 and a verb of work after them, a scope between the verb and the count. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.kind} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('two pieces of work joined by 并', () => {
  it('each figure is a statement of its own', () => {
    expect(read('改造停车场3个并安装充电桩120个。')).toEqual(['target count 改造停车场 = 3个', 'target count 安装充电桩 = 120个']);
  });

  it('also with 并且 and a size first', () => {
    expect(read('硬化村道8万平方米并且改造危桥6座。')).toEqual(['target level 硬化村道 = 8万平方米', 'target count 改造危桥 = 6座']);
  });

  it('leaves 并列 (a tied rank) and 并网 to their own words', () => {
    expect(read('与邻市并列第3位。').some((s) => s.includes('并'))).toBe(false);
    expect(read('新增光伏装机20万千瓦并网发电。')).toHaveLength(1);
  });
});

describe('盏 counts lamps', () => {
  // Pending: 万盏 (a multiplier before a word the table lacks is left unread: measureWordAfter in scan.ts).
  it.fails('改造老旧路灯2万盏。', () => {
    expect(read('改造老旧路灯2万盏。')).toEqual(['target count 改造老旧路灯 = 2万盏']);
  });

  // 盏 alone closing its clause is a measure word of its own (measureWordAfter).
  it('安装太阳能路灯800盏。', () => {
    expect(read('安装太阳能路灯800盏。')).toEqual(['target count 安装太阳能路灯 = 800盏']);
  });

  it('reads no lamp from a slogan with lone 一', () => {
    expect(read('点亮一盏灯，温暖一座城。')).toEqual([]);
  });
});

describe('对 fronts the things a verb of work after them counts', () => {
  it.each([
    ['对全市40个老旧小区进行提升改造。', 'target count 老旧小区进行提升改造 = 40个'],
    ['对全区12所乡镇卫生院全面提档升级，配齐设备。', 'target count 乡镇卫生院全面提档升级 = 12所'],
    ['对各乡镇30座病险水库实施除险加固。', 'target count 病险水库实施除险加固 = 30座'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it.each(['对10个乡镇进行考核。', '对全县17所学校改造情况进行督查。', '对5个部门开展专项审计。'])('no work done to them: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a scope between a verb of work and its count', () => {
  it('维修更换农村25处的泵站 counts the sites', () => {
    expect(read('维修更换农村25处的供水泵站。')).toEqual(['target count 供水泵站 = 25处']);
  });

  it('a scope alone before a count is no verb', () => {
    expect(read('农村25处供水泵站运行良好。').some((s) => s.startsWith('target count 供水泵站'))).toBe(false);
  });
});

describe('新建一座 / 新增一所: one facility built counts one', () => {
  it.each([
    ['在开发区新建一座污水处理厂。', 'target increment 污水处理厂 = 1座'],
    ['新增一所公办幼儿园。', 'target increment 公办幼儿园 = 1所'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it.each(['打造一座宜居宜业的美丽城市。', '建成一座现代化滨江城市。', '新建一个便民服务中心。'])('a slogan or a bare article: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
