import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import axe from 'axe-core';
import { checkWorkbook } from '@mubiao/core/check/check-workbook';
import { gridFromRows } from '@mubiao/core/sheet/grid-from-rows';
import { planFromSentences } from '@mubiao/core/validate/test-plans';
import '../define/target-gauge.ts';
import type { MbTargetGauge } from './target-gauge.ts';
import { targetGaugeStyles } from './target-gauge.styles.ts';
import { tokenNames } from '../shared/tokens.ts';
import { themes } from '../shared/themes.ts';
import '../locales/en.ts'; // English registers on import, as a portal's second script or import does

async function gauge(attrs: Record<string, string | boolean>, parent: HTMLElement = document.body): Promise<MbTargetGauge> {
  const el = document.createElement('mb-target-gauge');
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  parent.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const base = (el: Element) => part(el, 'base') as HTMLElement;

async function expectNoAxeViolations(el: Element): Promise<void> {
  const result = await axe.run(el);
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

// The test page says lang="en"; the default under test is a page with no language.
beforeEach(() => {
  document.documentElement.lang = '';
});

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

// A whole year gone: a result below its target is then behind (short), not merely not yet met.
const YEAR_OVER = { 'period-start': '2024-01-01', 'period-end': '2024-12-31', 'as-of': '2024-12-31' };

describe("status is core's verdict (the one behind the findings list)", () => {
  const cases: [string, Record<string, string>, string, string, string][] = [
    ['>= met', { comparator: '>=', value: '21', target: '20', unit: '%' }, 'met', '✓', '达标'],
    ['>= below, no date: not yet', { comparator: '>=', value: '15', target: '20', unit: '%' }, 'at-risk', '!', '有风险'],
    ['>= below, year over: short', { comparator: '>=', value: '15', target: '20', unit: '%', ...YEAR_OVER }, 'short', '✕', '未达标'],
    ['> equal is not met', { comparator: '>', value: '200', target: '200', unit: '亿元', ...YEAR_OVER }, 'at-risk', '!', '有风险'],
    ['> met', { comparator: '>', value: '201', target: '200', unit: '亿元' }, 'met', '✓', '达标'],
    ['~ within 5%', { comparator: '~', value: '6.7', target: '7', unit: '%' }, 'met', '✓', '达标'],
    ['~ beyond 5%, year over', { comparator: '~', value: '6.6', target: '7', unit: '%', ...YEAR_OVER }, 'short', '✕', '未达标'],
    ['range lower bound', { comparator: 'range', value: '3', target: '3', max: '5', unit: '家' }, 'met', '✓', '达标'],
    ['range above max', { comparator: 'range', value: '8', target: '3', max: '5', unit: '家' }, 'met', '✓', '达标'],
    ['range below, year over', { comparator: 'range', value: '1', target: '3', max: '5', unit: '家', ...YEAR_OVER }, 'short', '✕', '未达标'],
    ['a promise below the target', { comparator: '>=', value: '15', target: '20', unit: '%', 'value-comparator': '>=' }, 'short', '✕', '未达标'],
    ['a weaker promise', { comparator: '>=', value: '20', target: '20', unit: '%', 'value-comparator': '~' }, 'at-risk', '!', '有风险'],
    ['<= under ceiling', { comparator: '<=', value: '2.5', target: '3', unit: '%' }, 'met', '✓', '达标'],
    ['<= ceiling exceeded', { comparator: '<=', value: '3.4', target: '3', unit: '%' }, 'short', '✕', '未达标'],
    ['= met', { comparator: '=', value: '11', target: '11', unit: '%' }, 'met', '✓', '达标'],
    ['placeholder', { comparator: 'placeholder', value: '5', unit: '%' }, 'no-target', '–', '目标待定'],
    ['** target', { comparator: '>=', value: '5', target: '**', unit: '%' }, 'no-target', '–', '目标待定'],
    ['no value', { comparator: '>=', target: '20', unit: '%' }, 'no-value', '?', '暂无数据'],
  ];
  test.each(cases)('%s', async (_name, attrs, status, icon, word) => {
    const el = await gauge({ label: '指标', ...attrs });
    expect(el.status).toBe(status);
    expect(base(el).classList.contains(`status-${status}`)).toBe(true);
    expect(text(el, 'status')).toBe(`${icon}${word}`);
  });
});

describe('text and aria', () => {
  test('growth against an approximate target: the whole sentence', async () => {
    const el = await gauge({ label: '规上工业增加值增速', value: '7.3', target: '7', comparator: '~', unit: '%', kind: 'growth' });
    const meter = base(el);
    expect(meter.getAttribute('role')).toBe('meter');
    expect(meter.getAttribute('aria-label')).toBe('规上工业增加值增速');
    expect(meter.getAttribute('aria-valuenow')).toBe('7.3');
    expect(Number(meter.getAttribute('aria-valuemin'))).toBe(0);
    expect(Number(meter.getAttribute('aria-valuemax'))).toBeGreaterThan(7.3);
    expect(meter.getAttribute('aria-valuetext')).toBe('7.3%，目标7%左右，高于目标0.3个百分点，达标');
    expect(text(el, 'value')).toBe('7.3%');
    expect(text(el, 'target-text')).toBe('目标7%左右');
    expect(text(el, 'delta')).toBe('高于目标0.3个百分点');
  });

  test('amounts are scaled to 亿 and the delta is in the unit', async () => {
    const el = await gauge({ label: '技改投资', value: '188000', target: '20', comparator: '>=', unit: '亿元' });
    // 188000亿元 is absurd but must still format: 18.8万亿元 is not a unit we print; 亿 scaling stops at 亿.
    expect(text(el, 'value')).toBe('188000亿元');
    const el2 = await gauge({ label: '技改投资', value: '18.8', target: '20', comparator: '>=', unit: '亿元', ...YEAR_OVER });
    expect(text(el2, 'delta')).toBe('低于目标1.2亿元');
    expect(base(el2).getAttribute('aria-valuetext')).toBe('18.8亿元，目标20亿元以上，低于目标1.2亿元，未达标，时间进度100%，应完成20亿元');
    const el3 = await gauge({ value: '12345678', target: '10000000', unit: '万元' });
    expect(text(el3, 'value')).toBe('1234.57亿元');
    expect(text(el3, 'target-text')).toBe('目标1000亿元以上');
  });

  test('ceiling exceeded names the upper limit', async () => {
    const el = await gauge({ label: '单位工业增加值能耗增速', value: '3.4', target: '3', comparator: '<=', unit: '%' });
    expect(base(el).getAttribute('aria-valuetext')).toBe('3.4%，目标控制在3%以内，超出上限0.4个百分点，未达标');
  });

  test('range target: within and outside', async () => {
    const inside = await gauge({ label: '省级工业设计中心', value: '4', target: '3', max: '5', comparator: 'range', unit: '家' });
    expect(text(inside, 'target-text')).toBe('目标3-5家');
    expect(text(inside, 'delta')).toBe('处于目标区间内');
    expect(inside.shadowRoot!.querySelectorAll('[part~="target"]').length).toBe(2);
    const below = await gauge({ label: '省级工业设计中心', value: '2', target: '3', max: '5', comparator: 'range', unit: '家' });
    expect(text(below, 'delta')).toBe('低于目标下限1家');
  });

  test('decline: values are magnitudes of the decrease', async () => {
    const el = await gauge({ label: '单位GDP能耗', value: '3.2', target: '3', comparator: '>=', unit: '%', decline: true });
    expect(el.status).toBe('met');
    expect(text(el, 'value')).toBe('下降3.2%');
    expect(text(el, 'target-text')).toBe('目标下降3%以上');
    expect(text(el, 'delta')).toBe('降幅高于目标0.2个百分点');
  });

  test('placeholder: no target tick, no delta, the sentence says 待定', async () => {
    const el = await gauge({ label: '数字经济核心产业增加值', value: '12', comparator: 'placeholder', unit: '%' });
    expect(part(el, 'target')).toBeNull();
    expect(part(el, 'delta')).toBeNull();
    expect(text(el, 'target-text')).toBe('目标待定');
    expect(base(el).getAttribute('aria-valuetext')).toBe('12%，目标待定，目标待定');
  });

  test('no value: not a meter, the sentence is the name', async () => {
    const el = await gauge({ label: '新增规上工业企业', target: '150', unit: '户' });
    expect(base(el).getAttribute('role')).toBe('img');
    expect(base(el).hasAttribute('aria-valuenow')).toBe(false);
    expect(base(el).getAttribute('aria-label')).toBe('新增规上工业企业，暂无数据，目标150户以上，暂无数据');
    expect(part(el, 'bar')).toBeNull();
  });

  test('reference marker and its legend', async () => {
    const el = await gauge({ label: '增速', value: '7', target: '7', comparator: '~', unit: '%', reference: '6.8' });
    expect(part(el, 'reference')).not.toBeNull();
    expect(text(el, 'legend')).toContain('上年6.8%');
    expect(base(el).getAttribute('aria-valuetext')).toBe('7%，目标7%左右，达到目标，达标，上年6.8%');
    const named = await gauge({ value: '7', target: '7', unit: '%', reference: '6', 'reference-label': '全省' });
    expect(text(named, 'legend')).toContain('全省6%');
  });
});

describe('pace marker (时间过半、任务过半)', () => {
  test('from the period and as-of date: amounts accrue', async () => {
    const el = await gauge({
      label: '新增规上工业企业',
      value: '80',
      target: '150',
      unit: '户',
      kind: 'increment',
      'period-start': '2024-01-01',
      'period-end': '2025-01-01',
      'as-of': '2024-07-02',
    });
    // 183 of 366 days: half the year, 75户 due; 80 is on pace but not yet at the target.
    expect(el.status).toBe('at-risk');
    expect(part(el, 'pace')).not.toBeNull();
    expect(text(el, 'legend')).toBe('▾时间进度50%，应完成75户');
    expect(base(el).getAttribute('aria-valuetext')).toBe('80户，目标150户以上，低于目标70户，有风险，时间进度50%，应完成75户');
  });

  test('behind pace is short', async () => {
    const el = await gauge({
      value: '60',
      target: '150',
      unit: '户',
      kind: 'increment',
      'period-start': '2024-01-01',
      'period-end': '2025-01-01',
      'as-of': '2024-07-02',
    });
    expect(el.status).toBe('short');
  });

  test('an explicit expected value wins; a rate is judged whole once a date is given, with no pace marker', async () => {
    const explicit = await gauge({ value: '60', target: '150', unit: '户', expected: '50' });
    expect(explicit.status).toBe('at-risk');
    expect(text(explicit, 'legend')).toBe('▾进度50户');
    const rate = await gauge({
      value: '6',
      target: '7',
      unit: '%',
      kind: 'growth',
      'period-start': '2024-01-01',
      'period-end': '2025-01-01',
      'as-of': '2024-07-02',
    });
    expect(part(rate, 'pace')).toBeNull();
    expect(rate.status).toBe('short');
  });

  test('no date, no pace: never judged as of today', async () => {
    const el = await gauge({ value: '10', target: '150', unit: '户', kind: 'increment', 'period-start': '2020-01-01', 'period-end': '2020-12-31' });
    expect(el.status).toBe('at-risk');
    expect(part(el, 'pace')).toBeNull();
  });

  test('a bad period is reported, not thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await gauge({ label: '企业', value: '60', target: '150', unit: '户', 'period-start': '2024-13-40x', 'period-end': '2025-01-01' });
    expect(part(el, 'pace')).toBeNull();
    expect(warn.mock.calls[0]?.[0]).toContain('<mb-target-gauge label="企业">: period-start');
    warn.mockRestore();
  });
});

describe('a gauge of a core report', () => {
  // A 1-6月 progress sheet checked by core: the gauge shows the verdict the findings came from.
  const grid = gridFromRows('进度', [
    ['金安区2023年工业经济指标进度表', '', '', ''],
    ['指标', '单位', '全年目标', '1-6月完成'],
    ['新增规上工业企业', '户', '25', '8'],
    ['技改投资增速', '%', '20以上', '22'],
  ]);
  const plan = planFromSentences({ name: 'luan-2023', region: '六安市', level: 'city', year: 2023 }, [
    '技改投资同比增长20%以上。',
    '力争新增规上工业企业150户以上。',
  ]);
  const report = checkWorkbook([grid], [plan]);

  test('draws the status, gap and pace core gave, and agrees with the finding on that cell', async () => {
    const behind = report.gauges!.find((g) => g.cell === 'D3')!;
    expect(report.findings.find((f) => f.cell === 'D3')!.code).toBe('behind-schedule');
    const el = document.createElement('mb-target-gauge');
    el.label = '新增规上工业企业';
    el.gauge = behind;
    document.body.append(el);
    await el.updateComplete;
    expect(el.status).toBe('short');
    expect(text(el, 'delta')).toBe(behind.delta);
    expect(text(el, 'legend')).toBe('▾时间进度50%，应完成13户');
    await expectNoAxeViolations(el);
  });

  test('a met result stays met in another language', async () => {
    const met = report.gauges!.find((g) => g.cell === 'D4')!;
    const el = document.createElement('mb-target-gauge');
    el.lang = 'en';
    el.gauge = met;
    document.body.append(el);
    await el.updateComplete;
    expect(el.status).toBe('met');
    expect(text(el, 'delta')).toBe('2 percentage points above target');
  });
});

describe('variants and geometry', () => {
  test('bullet: bands, bar, target tick in the viewBox', async () => {
    const el = await gauge({ value: '15', target: '20', unit: '户', kind: 'increment', 'scale-max': '40', expected: '10' });
    const svg = part(el, 'graphic') as SVGSVGElement;
    expect(svg.classList.contains('bullet')).toBe(true);
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 30');
    const bar = part(el, 'bar')!;
    expect(Number(bar.getAttribute('width'))).toBeCloseTo(112.5, 5);
    const tick = part(el, 'target')!;
    expect(Number(tick.getAttribute('x1'))).toBeCloseTo(150, 5);
    const bands = [...el.shadowRoot!.querySelectorAll('.band')].map((b) => b.getAttribute('class'));
    expect(bands).toEqual(['band band-short', 'band band-at-risk', 'band band-met']);
  });

  test('a ceiling puts the met band first', async () => {
    const el = await gauge({ value: '2', target: '3', comparator: '<=', unit: '%' });
    const bands = [...el.shadowRoot!.querySelectorAll('.band')].map((b) => b.classList[1]);
    expect(bands).toEqual(['band-met', 'band-short']);
  });

  test('a narrow scale clamps the bar but keeps aria-valuenow within min..max', async () => {
    const el = await gauge({ label: '增速', value: '30', target: '20', unit: '%', 'scale-max': '25' });
    expect(Number(part(el, 'bar')!.getAttribute('width'))).toBeCloseTo(300, 5);
    expect(base(el).getAttribute('aria-valuemax')).toBe('30');
  });

  test('negative values draw from zero', async () => {
    const el = await gauge({ value: '-2.5', target: '5', unit: '%', 'scale-min': '-5', 'scale-max': '10' });
    const bar = part(el, 'bar')!;
    expect(Number(bar.getAttribute('x'))).toBeCloseTo(50, 5);
    expect(Number(bar.getAttribute('width'))).toBeCloseTo(50, 5);
    expect(el.shadowRoot!.querySelector('.zero')).not.toBeNull();
  });

  test('arc variant draws annular-sector paths', async () => {
    const el = await gauge({ value: '7.3', target: '7', comparator: '~', unit: '%', variant: 'arc', label: '增速' });
    const svg = part(el, 'graphic') as SVGSVGElement;
    expect(svg.classList.contains('arc')).toBe(true);
    expect(part(el, 'bar')!.tagName).toBe('path');
    expect(part(el, 'bar')!.getAttribute('d')).toMatch(/^M/);
    expect(part(el, 'target')!.tagName).toBe('line');
    await expectNoAxeViolations(el);
  });

  test('responsive: the bullet fills its container', async () => {
    const box = document.createElement('div');
    box.style.setProperty('width', '240px');
    document.body.append(box);
    const el = await gauge({ value: '15', target: '20', unit: '%' }, box);
    expect(Math.round(part(el, 'graphic')!.getBoundingClientRect().width)).toBe(240);
    box.style.setProperty('width', '520px');
    expect(Math.round(part(el, 'graphic')!.getBoundingClientRect().width)).toBe(520);
  });

  test('attribute numbers may carry separators and a trailing %', async () => {
    const el = await gauge({ value: '7.3%', target: '1,000', unit: '%' });
    expect(el.value).toBe(7.3);
    expect(el.target).toBe(1000);
  });

  test('properties update the rendering', async () => {
    const el = await gauge({ value: '15', target: '20', unit: '%' });
    el.value = 25;
    await el.updateComplete;
    expect(el.status).toBe('met');
    expect(text(el, 'value')).toBe('25%');
  });
});

describe('locale', () => {
  test('en via the lang attribute', async () => {
    const el = await gauge({ lang: 'en', label: 'Industrial value added', value: '7.3', target: '7', comparator: '~', unit: '%' });
    expect(base(el).getAttribute('aria-valuetext')).toBe('7.3%, target about 7%, 0.3 percentage points above target, Met');
    expect(text(el, 'status')).toBe('✓Met');
  });

  test('en from an ancestor, amounts in yuan', async () => {
    const section = document.createElement('section');
    section.lang = 'en-GB';
    document.body.append(section);
    const el = await gauge({ value: '18.8', target: '20', unit: '亿元' }, section);
    expect(text(el, 'value')).toBe('1.88 billion yuan');
    expect(text(el, 'delta')).toBe('120 million yuan below target');
    expect(base(el).getAttribute('aria-label')).toBe('Progress against target');
  });

  test('follows a change of the document language and of its own lang', async () => {
    const el = await gauge({ value: '21', target: '20', unit: '%' });
    expect(text(el, 'status')).toBe('✓达标');
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el, 'status')).toBe('✓Met');
    el.setAttribute('lang', 'zh-CN');
    await el.updateComplete;
    expect(text(el, 'status')).toBe('✓达标');
  });
});

describe('safety and accessibility', () => {
  test('label text stays inert', async () => {
    const evil = '<img src=x onerror="window.__mbPwned=1">';
    const el = await gauge({ label: evil, value: '1', target: '2' });
    expect(text(el, 'label')).toBe(evil);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(base(el).getAttribute('aria-label')).toBe(evil);
    await new Promise((r) => setTimeout(r, 20));
    expect((window as unknown as { __mbPwned?: number }).__mbPwned).toBeUndefined();
  });

  test('bad attributes are named in a warning and do not throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await gauge({ label: '增速', value: 'abc', target: '7', comparator: 'about' });
    expect(el.status).toBe('no-target');
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.some((m) => m.includes('comparator "about"'))).toBe(true);
    expect(messages.some((m) => m.includes('value is not a number'))).toBe(true);
    warn.mockRestore();
  });

  test('no inline style attributes are rendered (CSP)', async () => {
    const el = await gauge({ value: '7.3', target: '7', comparator: '~', unit: '%', reference: '6', expected: '5' });
    expect(el.shadowRoot!.querySelector('[style]')).toBeNull();
  });

  test.each([
    ['met', { value: '7.3', target: '7', comparator: '~', unit: '%' }],
    ['short with markers', { value: '15', target: '20', unit: '%', reference: '18', expected: '10' }],
    ['at risk', { value: '19.5', target: '20', unit: '%' }],
    ['placeholder', { value: '3', comparator: 'placeholder', unit: '%' }],
    ['no value', { target: '150', unit: '户' }],
    ['no label', { value: '3', target: '5', unit: '家' }],
  ])('axe: %s', async (_name, attrs) => {
    const el = await gauge({ label: '规上工业增加值', ...attrs });
    if (_name === 'no label') el.removeAttribute('label');
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});

test('written-out token fallbacks equal the default theme', () => {
  const text = targetGaugeStyles.cssText;
  const uses = [...text.matchAll(/var\(--mb-([a-z0-9-]+), ((?:[^()]|\([^()]*\))*)\)/g)];
  const tokenUses = uses.filter(([, name]) => (tokenNames as string[]).includes(name!));
  expect(tokenUses.length).toBeGreaterThan(10);
  for (const [, name, fallback] of tokenUses) {
    expect(fallback!.trim(), `--mb-${name}`).toBe(themes.default[name as keyof typeof themes.default]);
  }
});
