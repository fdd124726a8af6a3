/**
 * News whose title names no report or plan of its own, that measures a result on the year before exactly (同比增长3.1%)
 * and whose words of aim stand only in sentences without figures (锚定…目标不动摇, 实施…倍增计划), reports results
 * throughout: its figures with no cue of their own are results, not the year's targets. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''}`)].sort();
};

const head = '某开发区加快转型发展 开创高质量发展新局面\n2024-03-12 08:10 来源：某某网\n';
const lede = '某某网讯 近年来，某开发区主动作为，转型发展取得明显成效。2023年，实现地区生产总值185.2亿元，同比增长4.6%。\n';
const aims = '锚定“千亿工业”目标不动摇，大力实施制造业倍增计划，着力打造新材料产业集群。\n';
const body = '积极推进企业技改工作，完成工业技改投资21.4亿元、增长32.5%。建成特色产业园区3个。\n';

describe('news that reports results throughout', () => {
  it('reads the figures with no cue of their own as results', () => {
    const got = roles(`${head}${lede}${aims}${body}`);
    for (const a of ['A 185.2亿元', 'A 4.6%', 'A 21.4亿元', 'A 32.5%', 'A 3个']) expect(got).toContain(a);
    expect(got.filter((r) => r.startsWith('T '))).toEqual([]);
  });
});

describe('must not fire', () => {
  it('keeps a text whose figure stands under a word of aim a plan (力争…)', () => {
    const got = roles(`${head}${lede}${aims}今年，某开发区力争规上工业总产值突破300亿元。\n${body}`);
    expect(got).toContain('T 300亿元');
  });

  it('leaves a text titled as a plan of its own to its own reading', () => {
    const got = roles(`某开发区2024年工业转型实施方案\n${lede}${aims}${body}`);
    expect(got).toContain('T 21.4亿元');
  });

  it('needs a result measured on the year before: without one the paragraphs keep their default', () => {
    const got = roles(`${head}某某网讯 近年来，某开发区主动作为。\n${aims}${body}`);
    expect(got).toContain('T 21.4亿元');
  });

  it('does not count a bounded change (同比增长9%以上) as a result', () => {
    const got = roles(`${head}某某网讯 某开发区工业投资同比增长9%以上。\n${aims}${body}`);
    expect(got).toContain('T 21.4亿元');
  });
});
