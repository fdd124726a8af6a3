import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellRange } from '../model.ts';
import { planFromSentences } from '../validate/test-plans.ts';
import { validate } from '../validate/validate.ts';
import { gridFromRows } from './grid-from-rows.ts';
import { readSheet } from './read-sheet.ts';
import '../locales/en.ts'; // English words register on import, as the package index does

const WORDS = [
  '序号',
  '重点任务',
  '内容和要求',
  '牵头单位',
  '配合单位',
  '指标',
  '单位',
  '目标值',
  '1-6月完成',
  '完成率',
  '县区',
  '合计',
  '全市',
  '金安区',
  '区经信局',
  '%',
  '户',
  '亿元',
  '20%以上',
  '≥15',
  '**',
  '3-5',
  '#DIV/0!',
  '—',
  '技改投资增长 15% 以上。',
  '新增规上工业企业',
  '规上工业增加值增速(%)',
  '注：数据为示例',
  '《金安区 2023 年度工业发展要点》重点任务分解表',
  '',
  '',
  '',
];
const cell = fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: -5, max: 500 }), fc.string({ maxLength: 6 }));
const plan = planFromSentences({ name: 'p', region: '六安市', level: 'city', year: 2023 }, ['力争技改投资增长20%以上，新增规上工业企业150户以上。']);

describe('robustness', () => {
  it('never throws on arbitrary small grids with arbitrary merges, and findings always name a sheet', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { minLength: 0, maxLength: 9 }),
        fc.array(fc.tuple(fc.nat(8), fc.nat(6), fc.nat(3), fc.nat(3)), { maxLength: 3 }),
        (rows, rawMerges) => {
          const merges: CellRange[] = rawMerges.map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
          const grid = gridFromRows('S', rows, { merges });
          const table = readSheet(grid);
          const report = validate([table], [plan], { asOf: '2023-06-30', locale: 'en' });
          for (const f of report.findings) {
            expect(f.sheet).toBe('S');
            expect(f.message.length).toBeGreaterThan(0);
          }
          expect(report.valid).toBe(report.findings.every((f) => f.severity !== 'error'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
