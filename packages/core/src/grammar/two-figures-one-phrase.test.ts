/**
 * Two figures in one phrase: a count of things with its size in another unit right after it (N个M户, N条M公里), and
 * 和 / 及 / 以及 after a figure ending its statement as 、 does. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2025) => readStatements(text, { year }).map((s) => `${s.role} ${s.value}${s.unit}`);
const full = (text: string, year = 2025) => readStatements(text, { year }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('a count and its size right after it are two statements', () => {
  it('reads N个M户 and N条M公里 as two figures', () => {
    expect(read('今年改造老旧小区18个960户。')).toEqual(['target 18个', 'target 960户']);
    expect(read('今年完成农村公路等12条260公里建设任务。')).toEqual(['target 12条', 'target 260公里']);
  });

  it('gives the size the metric of the count, not the count figure nor the noun after the size', () => {
    expect(full('今年改造老旧小区18个960户。')).toEqual(['target 改造老旧小区 count = 18个', 'target 改造老旧小区 count = 960户']);
    expect(full('今年改造老旧小区18个960户以上，新建学校3所。')).toEqual([
      'target 改造老旧小区 count = 18个',
      'target 改造老旧小区 count >= 960户',
      'target 学校 increment = 3所',
    ]);
    expect(full('今年完成农村公路等12条260公里建设任务。')).toEqual(['target 农村公路等 count = 12条', 'target 农村公路等 count = 260公里']);
  });

  it('must not fire on a sum or rate that qualifies the things counted, nor on one unit twice', () => {
    expect(read('今年实施3个1000万元以上项目。')).toEqual(['target 3个']);
    expect(read('今年培育营业收入10亿元企业6家。')).toEqual(['target 6家']);
  });
});

describe('和 / 及 / 以及 after a figure end its statement', () => {
  it('reads each item of a list joined by 和 or 及', () => {
    expect(read('今年改造雨水管网12公里和污水管网7公里。')).toEqual(['target 12公里', 'target 7公里']);
    expect(read('今年铺设供水管网380米及其他附属设施。')).toEqual(['target 380米']);
    expect(read('今年新建学校3所以及幼儿园5所。')).toEqual(['target 3所', 'target 5所']);
  });

  it('must not cut a word that starts with 和 or 及, nor a 和 phrase that reaches no figure', () => {
    expect(full('今年将建设5个和美乡村。')).toEqual(['target 和美乡村 count = 5个']);
    expect(full('今年，我县将建设10个和美乡村示范村，创建5个和谐社区。')).toEqual(['target 和美乡村示范村 count = 10个', 'target 和谐社区 count = 5个']);
    expect(full('今年建设5个和美乡村，打造3个及时雨服务站。')).toEqual(['target 和美乡村 count = 5个', 'target 及时雨服务站 count = 3个']);
    expect(full('今年地区生产总值增长8%和就业稳定。')).toEqual(['target 地区生产总值和就业稳定 growth = 8%']);
  });

  it('must not fire on 及以上 or a list of values', () => {
    expect(read('今年培育规上企业10家及以上。')).toEqual(['target 10家']);
    expect(read('今年两项指标分别增长15%和20%。')).toEqual(['target 15%', 'target 20%']);
  });
});
