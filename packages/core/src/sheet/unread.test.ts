import { describe, expect, it } from 'vitest';
import { unreadTargets } from './unread.ts';

describe('unreadTargets', () => {
  it('finds target-like numbers no statement covers', () => {
    const text = '力争打造2个千亿级产业集群。';
    expect(unreadTargets(text, [])).toMatchObject([{ text: '力争打造2个千亿级产业集群', reason: 'number-with-unit' }]);
    expect(unreadTargets(text, [{ span: [2, 14] }])).toEqual([]);
  });

  it('leaves thresholds, dates, names and clauses without a target cue alone', () => {
    for (const text of ['全面推开占地5亩以上规下工业企业亩均效益评价', '2023年3月印发', '推进5G网络建设', '全市共有120家企业参会']) {
      expect(unreadTargets(text, [])).toEqual([]);
    }
  });

  it('reports a placeholder the grammar did not read', () => {
    expect(unreadTargets('力争签约项目**个', [])).toMatchObject([{ reason: 'placeholder' }]);
  });
});
