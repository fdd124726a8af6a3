/**
 * Two figures in one phrase: a count of things with its size in another unit right after it (N个M户, N条M公里), and
 * 和 / 及 / 以及 after a figure ending its statement as 、 does. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2025) => readStatements(text, { year }).map((s) => `${s.role} ${s.value}${s.unit}`);

describe('a count and its size right after it are two statements', () => {
  it('reads N个M户 and N条M公里 as two figures', () => {
    expect(read('今年改造老旧小区18个960户。')).toEqual(['target 18个', 'target 960户']);
    expect(read('今年完成农村公路等12条260公里建设任务。')).toEqual(['target 12条', 'target 260公里']);
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

  it('must not fire on 及以上 or a list of values', () => {
    expect(read('今年培育规上企业10家及以上。')).toEqual(['target 10家']);
    expect(read('今年两项指标分别增长15%和20%。')).toEqual(['target 15%', 'target 20%']);
  });
});
