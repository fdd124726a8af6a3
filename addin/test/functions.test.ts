import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTargetFunctions } from '../src/functions/functions.ts';
import { findTarget, regionMatches } from '../src/functions/lookup.ts';
import { plan, target } from './plan-fixture.ts';

const addinDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const metadata = JSON.parse(readFileSync(join(addinDir, 'public/functions.json'), 'utf8')) as {
  functions: { id: string; name: string; result: { type: string }; parameters: { name: string; type: string }[] }[];
};

const plans = [
  plan('luan-2023', '六安市', 2023, [
    target('技改投资', { value: 20, quote: '技改投资增长20%以上。' }),
    target('新增规上工业企业', { kind: 'increment', comparator: '>=', value: 150, unit: '户', dimension: 'enterprise', quote: '新增规上工业企业150户以上。' }),
    target('省级工业设计中心', {
      kind: 'count',
      comparator: 'range',
      value: 3,
      max: 5,
      unit: '家',
      dimension: 'enterprise',
      quote: '培育省级工业设计中心3-5家。',
    }),
    target('数字化转型', { comparator: 'placeholder', value: null, quote: '数字化转型**%。' }),
    target('工业投资', { value: 10, quote: '工业投资增长10%。' }),
    target('工业投资', { value: 12, quote: '工业投资力争增长12%。' }),
  ]),
  plan('anhui-2024', '安徽省', 2024, [target('规上工业增加值', { year: 2024, comparator: '~', value: 7, quote: '规上工业增加值增长7%左右。' })]),
];

class CellError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}
const fns = makeTargetFunctions(
  () => plans,
  (kind, message) => new CellError(kind, message),
);

describe('=MUBIAO.TARGET / TARGETTEXT', () => {
  it('returns the written number and the requirement as text', () => {
    expect(fns.TARGET('技改投资', '六安市', 2023)).toBe(20);
    expect(fns.TARGETTEXT('技改投资', '六安市', 2023)).toBe('≥ 20%');
    expect(fns.TARGET('新增规上工业企业', '六安', 2023)).toBe(150);
    expect(fns.TARGETTEXT('新增规上工业企业', '六安', 2023)).toBe('≥ 150 户');
    expect(fns.TARGETTEXT('省级工业设计中心', '六安市', 2023)).toBe('3–5 家');
    expect(fns.TARGETTEXT('规上工业增加值', '安徽', 2024)).toBe('≈ 7%');
  });

  it('reads 新增/培育 before a metric as asking for the increment, not the stock', () => {
    const both = [
      plan('luan-2023', '六安市', 2023, [
        target('规上工业企业', { kind: 'increment', value: 150, unit: '户', dimension: 'enterprise', quote: '新增规上工业企业150户以上。' }),
        target('规上工业企业', { kind: 'level', value: 1400, unit: '户', dimension: 'enterprise', quote: '规上工业企业总数达到1400户。' }),
      ]),
    ];
    const f = makeTargetFunctions(
      () => both,
      (kind, message) => new CellError(kind, message),
    );
    expect(f.TARGET('新增规上工业企业', '六安市', 2023)).toBe(150);
    expect(() => f.TARGET('规上工业企业', '六安市', 2023)).toThrow(/2 个不同目标/);
  });

  it('answers from the seeded plans', async () => {
    const { seededPlans } = await import('@mubiao/seeds');
    const f = makeTargetFunctions(
      () => seededPlans,
      (kind, message) => new CellError(kind, message),
    );
    expect(f.TARGET('技改投资', '六安市', 2023)).toBe(20);
    expect(f.TARGETTEXT('技改投资', '六安市', 2023)).toBe('≥ 20%');
    expect(f.TARGET('技改投资', '金安区', 2023)).toBe(15);
    expect(f.TARGET('新增规上工业企业', '六安', 2023)).toBe(150);
  });

  it('matches metrics through the core metric key', () => {
    expect(fns.TARGET('技术改造投资', '六安市', 2023)).toBe(20);
    expect(fns.TARGET('规模以上工业增加值', '安徽省', 2024)).toBe(7);
  });

  it('fails as #N/A with a message naming what was not found', () => {
    expect(() => fns.TARGET('技改投资', '宿州市', 2023)).toThrow(/没有“宿州市”的工作要点/);
    expect(() => fns.TARGET('技改投资', '六安市', 2024)).toThrow(/只有 2023 年/);
    expect(() => fns.TARGET('工业投资', '六安市', 2023)).toThrow(/2 个不同目标/);
    expect(() => fns.TARGET('数字化转型', '六安市', 2023)).toThrow(/待确定/);
    try {
      fns.TARGET('技改投资', '宿州市', 2023);
    } catch (e) {
      expect((e as CellError).kind).toBe('notAvailable');
    }
  });

  it('fails as #VALUE! on empty or malformed arguments', () => {
    for (const args of [
      ['', '六安市', 2023],
      ['技改投资', '', 2023],
      ['技改投资', '六安市', 23.5],
    ] as const) {
      try {
        fns.TARGET(...(args as [string, string, number]));
        expect.unreachable();
      } catch (e) {
        expect((e as CellError).kind).toBe('invalidValue');
      }
    }
    expect(findTarget(plans, '技改投资', '六安市', '2023')).toMatchObject({ ok: true });
  });

  it('compares regions without their level suffix', () => {
    expect(regionMatches('六安市', '六安')).toBe(true);
    expect(regionMatches('金安区', '金安')).toBe(true);
    expect(regionMatches('六安市', '六')).toBe(false);
  });
});

describe('functions.json', () => {
  it('declares exactly the implemented functions with matching parameters and result types', () => {
    const implemented = Object.entries(fns);
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(implemented.map(([id]) => id).sort());
    for (const f of metadata.functions) {
      expect(f.name).toBe(f.id);
      const impl = fns[f.id as keyof typeof fns];
      expect(f.parameters.map((p) => p.name)).toEqual(['metric', 'region', 'year']);
      expect(f.parameters).toHaveLength(impl.length);
      expect(f.result.type).toBe(f.id === 'TARGET' ? 'number' : 'string');
    }
    const register = readFileSync(join(addinDir, 'src/functions/register.ts'), 'utf8');
    for (const f of metadata.functions) expect(register).toContain(`CustomFunctions.associate('${f.id}', functions.${f.id})`);
  });
});
