import { describe, expect, it } from 'vitest';
import { gridFromRows } from './grid-from-rows.ts';
import { readSheet } from './read-sheet.ts';
import { MAX_EXCERPT, unreadTargets } from './unread.ts';

const HEADER = ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位'];

describe('rows are joined only where the sheet says so', () => {
  it('38 rows without 序号 and 牵头单位 are 38 rows, each finding on its own row', () => {
    const rows = Array.from({ length: 38 }, (_, i) => ['', `任务${i + 1}`, `新增规上工业企业${i + 1}户以上。`, '', '']);
    const table = readSheet(gridFromRows('表', [HEADER, ...rows]));
    expect(table.rows).toHaveLength(38);
    expect(table.claims).toHaveLength(38);
    expect(new Set(table.claims.map((c) => c.rowKey)).size).toBe(38);
    expect(table.claims.map((c) => c.cell)).toEqual(rows.map((_, i) => `C${i + 2}`));
  });

  it('a numbered task continued on an unnumbered row (a page break) is one task', () => {
    const table = readSheet(
      gridFromRows('表', [HEADER, ['1', '创新', '高新技术产业增加值占规上工业增加值比重', '区科技局', ''], ['', '', '突破 45%。', '', '']]),
    );
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.rows).toEqual([1, 2]);
    expect(table.claims).toMatchObject([{ cell: 'C3', value: 45 }]);
  });

  it('rows under one merged 序号 cell are one task; rows under a merged 任务 cell with their own leads are not', () => {
    const merged = readSheet(
      gridFromRows('表', [HEADER, ['1', '培育企业', '新增规上工业企业25户以上，', '区经信局', ''], ['', '', '培育专精特新企业10家以上。', '', '']], {
        merges: ['A2:A3'],
      }),
    );
    expect(merged.rows).toHaveLength(1);
    const unnumbered = readSheet(
      gridFromRows('表', [HEADER, ['', '培育企业', '新增规上工业企业25户以上。', '', ''], ['', '', '培育专精特新企业10家以上。', '', '']], {
        merges: ['B2:B3'],
      }),
    );
    expect(unnumbered.rows).toHaveLength(1);
    const ownLeads = readSheet(
      gridFromRows('表', [HEADER, ['', '培育企业', '新增规上工业企业25户以上。', '区经信局', ''], ['', '', '培育专精特新企业10家以上。', '区科技局', '']], {
        merges: ['B2:B3'],
      }),
    );
    expect(ownLeads.rows.map((r) => r.task)).toEqual(['培育企业', '培育企业']);
  });

  it('unnumbered rows without merges stay apart even when they share nothing but blanks', () => {
    const table = readSheet(gridFromRows('表', [HEADER, ['', '', '技改投资增长15%以上。', '', ''], ['', '', '工业投资增长20%以上。', '', '']]));
    expect(table.rows.map((r) => r.rows)).toEqual([[1], [2]]);
  });
});

describe('unread targets in a long cell', () => {
  it('quotes the clause cut to MAX_EXCERPT characters around the number', () => {
    const text = `${'推进'.repeat(200)}力争打造2个千亿级产业集群${'和'.repeat(300)}`;
    const [found] = unreadTargets(text, []);
    expect(found!.text.length).toBeLessThanOrEqual(MAX_EXCERPT + 2);
    expect(found!.text).toContain('打造2个千亿级');
  });

  it('reports a clause once however many numbers it holds, and only uncovered ones', () => {
    const text = '力争打造2个千亿级产业集群和3个百亿级产业集群，建设5个园区';
    expect(unreadTargets(text, []).map((u) => u.text)).toEqual(['力争打造2个千亿级产业集群和3个百亿级产业集群', '建设5个园区']);
    expect(unreadTargets(text, [{ span: [0, 24] }]).map((u) => u.text)).toEqual(['建设5个园区']);
  });
});
