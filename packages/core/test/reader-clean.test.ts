import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { cleanText } from '../src/reader/clean.ts';
import { identityText, joinMapped, originalSpan, rewrite, sliceMapped } from '../src/reader/mapped-text.ts';

const seed = (n: string) => readFileSync(new URL(`../../../seeds/documents/${n}`, import.meta.url), 'utf8');

/** The original characters behind a cleaned substring. */
function behind(original: string, cleaned: string) {
  const m = cleanText(original);
  const at = m.text.indexOf(cleaned);
  if (at === -1) throw new Error(`"${cleaned}" not in cleaned text`);
  const [s, e] = originalSpan(m, at, at + cleaned.length);
  return original.slice(s, e);
}

describe('mapped text', () => {
  it('maps copied, replaced and deleted characters back to the original', () => {
    const m = rewrite(identityText('ab<p>cd&nbsp;e'), /<p>|&nbsp;/g, (x) => (x[0] === '<p>' ? '' : ' '));
    expect(m.text).toBe('abcd e');
    expect(originalSpan(m, 1, 3)).toEqual([1, 6]); // "b<p>c": the deletion stays inside
    expect(originalSpan(m, 4, 5)).toEqual([7, 13]); // the space covers the whole entity
  });

  it('joins and slices without losing the mapping', () => {
    const base = identityText('0123456789');
    const joined = joinMapped([sliceMapped(base, 1, 3), sliceMapped(base, 7, 9)]);
    expect(joined.text).toBe('1278');
    expect(originalSpan(joined, 1, 3)).toEqual([2, 8]);
  });

  it('gives an empty span for an empty range and clamps out-of-range input', () => {
    const m = identityText('abc');
    expect(originalSpan(m, 2, 2)).toEqual([2, 2]);
    expect(originalSpan(m, -5, 99)).toEqual([0, 3]);
    expect(originalSpan(identityText(''), 0, 0)).toEqual([0, 0]);
  });
});

describe('cleanText', () => {
  // Invented lines for the passes made cheaper in round 22 (the kept full-width marks unmatched, the spaces' pattern
  // matching its space first, the decimal pass skipped where no digit meets a line break): their readings stay.
  it('keeps Chinese punctuation, makes full-width figures half-width and drops spaces beside Chinese', () => {
    expect(cleanText('全市 生产总值 增长５．２％，达到 ５０ 亿元（同比）。').text).toBe('全市生产总值增长5.2%，达到50亿元（同比）。');
    expect(cleanText('ＧＤＰ增长６％！　新增 ２ 家').text).toBe('GDP增长6%！新增2家');
    expect(cleanText('人口 ab  1,200 万, 增长 3%; 完成率?').text).toBe('人口ab  1,200万，增长3%；完成率？');
  });

  it('mends a decimal the page wrapped, not an item number on its own line (must not fire)', () => {
    expect(cleanText('工业增加值增长8.\n5%，投资增长7\n.5%左右。\n1.\n2025年目标').text).toBe('工业增加值增长8.5%，投资增长7.5%左右。\n1.\n2025年目标');
  });

  it('removes Word bookmarks (seed 000)', () => {
    const text = '[bookmark: _Hlk124972222][bookmark: _GoBack]一、育强主导产业。';
    expect(cleanText(text).text).toBe('一、育强主导产业。');
  });

  it('drops a reader-reaction counter alone on its line, not a sentence that counts people', () => {
    const text = '新建村级服务站12个。\n37人支持\n8 人点赞\n全年有120人支持志愿服务。';
    expect(cleanText(text).text).toBe('新建村级服务站12个。\n全年有120人支持志愿服务。');
  });

  it('drops a portal breadcrumb from its home page on a line of its own, above the headline too', () => {
    const page = '您当前的位置：首页 > 政务公开 > 工作动态\n某县2025年政府工作报告\n地区生产总值增长6%。';
    expect(cleanText(page).text).toBe('某县2025年政府工作报告\n地区生产总值增长6%。');
    expect(cleanText('首页>>新闻中心>>要闻\n新建公园3个。').text).toBe('新建公园3个。');
    expect(extractPlan(page).title).toBe('某县2025年政府工作报告');
    // Must not fire: 首页 in prose, a breadcrumb run on into the article on one line, a home page with no path after it.
    for (const prose of ['政府网站首页开设专栏3个。', '首页 > 要闻 某县今年地区生产总值增长6%，一般公共预算收入增长5%以上。', '网站首页\n新建公园3个。'])
      expect(cleanText(prose).text).toBe(prose.replace('首页 > 要闻 ', '首页>要闻'));
  });

  it('drops the indentation a web page sets before each paragraph, so a line is read from its first word', () => {
    const page = '\u3000\u3000新建村级服务站12个。\n\u3000\u300037人支持\n\u00a0\u00a0地区生产总值增长\n\u3000\u30006.5%\n左右。';
    expect(cleanText(page).text).toBe('新建村级服务站12个。\n地区生产总值增长6.5%左右。');
    // Must not fire: a tab after the spaces (a table's empty first cell), spaces inside a line, a line of spaces only.
    expect(cleanText('指标\t2024年\t2025年\n  \t12\t15').text).toContain('\n  \t12\t15');
    expect(cleanText('全年目标  增长6%\n   \n新建公园3个。').text).toBe('全年目标增长6%\n   \n新建公园3个。');
  });

  it('drops a view counter on a publishing stamp, also one written in Traditional characters, and no counter in prose', () => {
    expect(cleanText('2025-03-02 09:15來源:某某網瀏覽數:356次\n新建公园3个。').text).toBe('2025-03-02 09:15来源：某某网\n新建公园3个。');
    const stamped = cleanText('发布时间：2025-03-02 09:15:08 阅读量：1200\n新建公园3个。').text;
    expect(stamped).not.toContain('1200');
    expect(stamped).toContain('新建公园3个。');
    // Must not fire: a counter without a time of day before it on its line, or after a clause break.
    for (const prose of ['今年政务网站浏览量：120万次。', '截至12:00，浏览次数：3000次', '全年点击量达到500万次。']) expect(cleanText(prose).text).toBe(prose);
  });

  it('drops pinyin a reposting site put after a per cent sign, so the comparator word after it binds the figure', () => {
    expect(cleanText('地区生产总值增长6.5%(gè)左右').text).toBe('地区生产总值增长6.5%左右');
    expect(cleanText('增长8％（yǐ）以上').text).toBe('增长8%以上');
    const [target] = extractPlan('2025年主要预期目标：地区生产总值增长6.5%(gè)左右。').targets;
    expect(target?.comparator).toBe('~');
  });

  it('reads small form punctuation (﹔ ﹐ ﹑) as its standard form, so each clause keeps its own figure', () => {
    expect(cleanText('新建公园3個﹔改造道路12公里﹐新增停車位800個').text).toBe('新建公园3个；改造道路12公里，新增停车位800个');
    const text = '2025年主要目標：新引進企業不少於300家﹔園區總收入達到85億元﹔植樹造林1.2萬畝。';
    const plan = extractPlan(text, { year: 2025 });
    expect(plan.targets.map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([
      ['企业', '>=', 300, '家'],
      ['园区总收入', '>=', 85, '亿元'],
      ['植树造林', '=', 1.2, '万亩'],
    ]);
    // Must not fire: ordinary full-width punctuation, and lookalikes outside the small form block, stay as they are.
    for (const plain of ['比重达到30%；新增10家，完成3项、4项', '是否完成？是！', '（一）新建学校2所', '比例为2∶1', '全长12.5公里。'])
      expect(cleanText(plain).text).toBe(plain.replace('∶', ':'));
  });

  it('leaves brackets after a number that are no pinyin alone', () => {
    for (const text of ['见图3（a）所示', '增长5%（初步统计）', '比重达到30%（含）以上', '第2（1）项']) expect(cleanText(text).text).toBe(text);
  });

  it('drops a comparator word garbled into ?…pinyin) after a number, so the words before it bind the number', () => {
    const text = '今年居民消费价格涨幅控制在3.5%以?xún)?；空气优良率以?xún)?yōu)異成績提升。';
    const clean = cleanText(text);
    expect(clean.text.startsWith('今年居民消费价格涨幅控制在3.5%；')).toBe(true);
    // Not after a number: the garbled character inside a word is left alone.
    expect(clean.text).toContain('空气优良率以');
    expect(clean.text).toContain('xún');
    const plan = extractPlan(text, { year: 2024 });
    expect(plan.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, text.slice(...t.span)])).toEqual([
      ['居民消费价格涨幅', '<=', 3.5, '%', '居民消费价格涨幅控制在3.5%'],
    ]);
  });

  it('removes HTML remnants and entities', () => {
    expect(cleanText('<p>全年力争&nbsp;培育</p>').text).toBe('全年力争培育');
  });

  it('decodes entities a page escaped twice, and tags only decoding brings out', () => {
    expect(cleanText('生产总值增长&amp;ldquo;6%&amp;rdquo;左右，投资增长8%&amp;nbsp;以上').text).toBe('生产总值增长6%左右，投资增长8%以上');
    expect(cleanText('全年力争&amp;#8220;新增&amp;#8221;企业&lt;span&gt;20家&lt;/span&gt;').text).toBe('全年力争“新增”企业20家');
    const [target] = extractPlan('2025年主要预期目标：地区生产总值增长&amp;ldquo;6%&amp;rdquo;左右。').targets;
    expect(`${target?.metric} ${target?.comparator} ${target?.value}`).toBe('地区生产总值 ~ 6');
  });

  it('leaves an ampersand and a less-than sign that escape nothing as they are', () => {
    expect(cleanText('研发强度&lt;5%，股东&amp;公司合作，R&amp;D投入增长').text).toBe('研发强度<5%，股东&公司合作，R&D投入增长');
    expect(cleanText('股东&公司，A&B两类').text).toBe('股东&公司，A&B两类');
  });

  it('removes style and script elements, comments and head tags whole, figures inside them too', () => {
    const page = '<!--  正文 --><style>body{zoom:150%}</style><link rel="stylesheet" href="/a.css?v=2"><p>新增企业20家以上</p><script>var w=80;</script>';
    expect(cleanText(page).text).toBe('新增企业20家以上');
    const plan = extractPlan('<style type="text/css">html{font-size:240%}</style><p>2026年全县力争新增规上企业12家以上。</p>');
    expect(plan.targets.map((t) => [t.value, t.unit])).toEqual([[12, '家']]);
  });

  it('keeps a less-than sign that opens no markup, and the text after an unclosed style tag', () => {
    expect(cleanText('PM2.5浓度<35微克').text).toBe('PM2.5浓度<35微克');
    expect(cleanText('<style>p{margin:0}全年增长5%').text).toBe('p{margin:0}全年增长5%');
  });

  it('joins numbers split by seed 003 page markers, keeping the garbage inside the span', () => {
    const original = seed('003_58fa80235016e783.txt');
    const m = cleanText(original);
    expect(m.text).toContain('全年10亿元企业突破15户');
    expect(m.text.startsWith('2019年全市工业经济工作要点')).toBe(true);
    expect(behind(original, '10亿元企业')).toBe('1\n3、0 亿元企业');
    expect(m.text).not.toMatch(/\n\d{1,2}、/);
  });

  it('does not mistake a short numbered list for page markers', () => {
    const text = '1、加强组织领导。\n2、强化督查考核。\n3、营造良好氛围。';
    expect(cleanText(text).text).toBe(text.replace(/、/g, '、'));
  });

  it('removes seed 003 web-site boilerplate', () => {
    const m = cleanText(seed('003_58fa80235016e783.txt'));
    expect(m.text).not.toMatch(/Copyright|ICP备|本站为/);
    expect(m.text.trimEnd().endsWith('持续健康较快发展。')).toBe(true);
  });

  it('removes seed 004 running headers and joins the sentence they split', () => {
    const original = seed('004_6c17aed7528460c1.txt');
    const m = cleanText(original);
    expect(m.text).not.toContain('行政规范性文件');
    expect(m.text).toContain('推深做实六松现代产业园');
    expect(m.text).toContain('常态化开展');
    expect(m.text).toContain('解决企业共性问题'); // the **bold** variant
    expect(behind(original, '业务保费降至0.8%')).toMatch(/^业务保费降至 0\.8%$/);
    expect(behind(original, '等业务保费')).toContain('六安市金安区人民政府行政规范性文件');
  });

  it('keeps a line break where a header sits between table rows', () => {
    const m = cleanText(seed('004_6c17aed7528460c1.txt'));
    expect(m.text).toMatch(/有关重点企业\n3\t\t推进技术改造/);
    expect(m.text).toMatch(/占营收比重\t区发改委、区经信局、区科技局\t金安经济开发区及有关乡镇\n\t\t\t突破2\.6%。/);
  });

  it('fixes the OCR slips of seed 001', () => {
    const m = cleanText(seed('001_a8837981a284b011.txt'));
    expect(m.text).not.toMatch(/負|監|负贵/);
    expect(m.text).toContain('市地方金融监管局');
  });

  it('normalises width: full-width digits to ASCII, prose punctuation to full-width', () => {
    expect(cleanText('增长１５％以上').text).toBe('增长15%以上');
    expect(cleanText('(一)强化培育,力争1,200户:').text).toBe('（一）强化培育，力争1,200户：');
    expect(cleanText('规上工业增加值同比增长 10% 以上').text).toBe('规上工业增加值同比增长10%以上');
  });

  it('breaks PDF items run together at the space after a percentage, not before a word qualifying it', () => {
    expect(cleanText('零售总额增长 11.5% 财政总收入 7.5 亿元、增长 34.8% 其中 地方财政收入 3.46 亿元').text).toBe(
      '零售总额增长11.5%，财政总收入7.5亿元、增长34.8%，其中地方财政收入3.46亿元',
    );
    expect(cleanText('增长 10% 左右，占比 30% 的企业').text).toBe('增长10%左右，占比30%的企业');
    // …and at the space after the comparator word that closes a percentage.
    expect(cleanText('税收收入增长8%以上 社会消费品零售总额增长5%左右 研发投入增长10%').text).toBe(
      '税收收入增长8%以上，社会消费品零售总额增长5%左右，研发投入增长10%',
    );
    expect(cleanText('增长8%以上 的企业').text).toBe('增长8%以上的企业');
    // Spaces around a decimal point join the number; a numbered line keeps its number apart.
    expect(cleanText('经济增长6 . 5%左右').text).toBe('经济增长6.5%左右');
    expect(cleanText('1. 2022年全市').text).toBe('1. 2022年全市');
    // A space left after the point alone joins a figure run on from words and closed by % or a unit.
    expect(cleanText('财政收入年均增长4. 7%，').text).toBe('财政收入年均增长4.7%，');
    expect(cleanText('粮食产量达到12. 5万吨').text).toBe('粮食产量达到12.5万吨');
    // Numbered items, captions, sections and years stay apart.
    for (const kept of ['主要任务：1. 30个项目', '重点工作。2. 5家企业', '附件1. 5万元以上项目', '见第3. 2节', '截至2. 2025年底', '\n3. 10亿元项目']) {
      expect(cleanText(kept).text).not.toMatch(/\d\.\d/);
    }
    // Spaces around a structure's colons join it; a time of day keeps its own spacing rules.
    expect(cleanText('三次产业结构由上年的10.3 :45.2 :44.5 调整为10.4: 44.1:45.5').text).toBe('三次产业结构由上年的10.3:45.2:44.5调整为10.4:44.1:45.5');
    // The ratio sign ∶ a bulletin prints between a structure's parts is a colon; elsewhere it stays.
    expect(cleanText('三次产业结构调整为3.1∶40.6 ∶56.3。').text).toBe('三次产业结构调整为3.1:40.6:56.3。');
    expect(cleanText('比例∶待定').text).toBe('比例∶待定');
    expect(extractPlan('某县2024年统计公报\n全年三次产业结构调整为3.1∶40.6∶56.3。').actuals.map((a) => a.value)).toEqual([3.1, 40.6, 56.3]);
    // The vertical two-dot form ︰ (U+FE30) of a traditional-script repost is a ratio sign too, only between digits.
    expect(cleanText('產業結構由12.5︰38︰49.5調整為11.9︰37.6︰50.5。').text).toBe('产业结构由12.5:38:49.5调整为11.9:37.6:50.5。');
    for (const kept of ['主要目标︰增长6%', '比例︰待定', '附件︰3个项目', '时间︰上午']) expect(cleanText(kept).text).toBe(kept);
    expect(extractPlan('某縣2024年統計公報\n全年三次產業結構調整為8.2︰41.5︰50.3。').actuals.map((a) => a.value)).toEqual([8.2, 41.5, 50.3]);
    // A dash that introduces a list reads as a colon; a range dash between numbers stays.
    expect(cleanText('主要预期目标——地区生产总值增长7.5%，新增8——10家').text).toBe('主要预期目标：地区生产总值增长7.5%，新增8——10家');
  });

  it('reads Traditional characters and the variant forms Big5 reposts write as Simplified, one for one', () => {
    expect(cleanText('國內生產總值增長6.5%左右').text).toBe('国内生产总值增长6.5%左右');
    expect(cleanText('規模以上先進製造業總産值超過1萬億元，佔規模以上工業比重達70%').text).toBe('规模以上先进制造业总产值超过1万亿元，占规模以上工业比重达70%');
    // Japanese forms an input method slips in.
    expect(cleanText('全区生产总值増长6.5%，経济运行平稳，発展态势良好，済南路改造完成。').text).toBe(
      '全区生产总值增长6.5%，经济运行平稳，发展态势良好，济南路改造完成。',
    );
    expect(cleanText('市場主體淨增12萬戶，旅遊總收入增長9%，優化產業佈局，湧現一批新企業').text).toBe(
      '市场主体净增12万户，旅游总收入增长9%，优化产业布局，涌现一批新企业',
    );
    for (const plain of ['游客人数增长8%', '净增市场主体500户', '雇用农民工1万人', '优化布局', '唇齿相依', '汇聚发展合力', '名胜古迹', '涌现']) {
      expect(cleanText(plain).text).toBe(plain);
    }
    // Read as Simplified, 淨增 is an addition again.
    expect(extractPlan('2023年工作回顧\n2023年，全縣經營主體淨增3200戶。').actuals.map((a) => `${a.metric} ${a.kind} ${a.value}`)).toEqual([
      '经营主体 increment 3200',
    ]);
  });

  it('keeps every cleaned character traceable to the original', () => {
    for (const name of ['000_4a0b2518f3081329.txt', '003_58fa80235016e783.txt', '004_6c17aed7528460c1.txt']) {
      const original = seed(name);
      const m = cleanText(original);
      for (let i = 0; i < m.text.length; i++) {
        const [s, e] = originalSpan(m, i, i + 1);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(original.length);
        if (e - s === 1 && /[\u4e00-\u9fff]/.test(m.text[i]!) && m.text[i] !== '责' && m.text[i] !== '监') {
          expect(original[s]).toBe(m.text[i]);
        }
      }
    }
  });
});

describe('a digest’s source marks and dash between items', () => {
  it('break the items, so a list or a 均 does not run into the next item', () => {
    const text = '年度回顾 - 全市进出口增长6.2% [3] - 快递业务量、邮政业务收入均增长12% [3][5] - 新增市场主体3.1万户 [6] - 211个项目完成投资90亿元';
    expect(cleanText(text).text).toContain('增长6.2%；快递业务量');
    expect(cleanText(text).text).toContain('增长12%；新增市场主体');
    expect(cleanText(text).text).toContain('3.1万户；211个项目');
    const plan = extractPlan(`2024年全市经济运行情况\n2024年，${text}`);
    expect(plan.actuals.filter((a) => a.value === 12).map((a) => a.metric)).toHaveLength(2);
    expect(plan.actuals.some((a) => a.metric.includes('['))).toBe(false);
  });

  it('leaves brackets and dashes that are no such break (must not fire)', () => {
    for (const text of [
      '增长4.5%-5% ，城镇新增就业1200万人以上',
      '见附件[1]。全市地区生产总值增长5%',
      '参考文献[1]-[3]所列数据',
      '粮食产量[万吨] - 2024年',
      '数组a[1] -1 为负',
    ]) {
      expect(cleanText(text).text, text).not.toContain('；');
    }
  });
});

describe('years written in Chinese digits', () => {
  it('become Arabic digits one for one (二○二六年 → 2026年), offsets kept', () => {
    const text = '公布二○二六年主要预期目标，二〇二五年全市生产总值增长百分之五点四。';
    expect(cleanText(text).text).toBe('公布2026年主要预期目标，2025年全市生产总值增长百分之五点四。');
    expect(behind(text, '2025年')).toBe('二〇二五年');
    const plan = extractPlan('市长公布二○二六年全市经济社会发展主要预期目标：全市生产总值增长百分之五左右。\n二○二五年全市生产总值增长百分之五点四。');
    expect(plan.year).toBe(2026);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period?.year}`)).toEqual(['5.4% 2025']);
  });

  it('reads Arabic zeros typed among the Chinese digits (二00九年 → 2009年)', () => {
    expect(cleanText('其中二00九年全区地区生产总值增长百分之十一。').text).toBe('其中2009年全区地区生产总值增长百分之十一。');
    expect(cleanText('二0一八年全县粮食产量达到三十万吨。').text).toBe('2018年全县粮食产量达到三十万吨。');
    const plan = extractPlan('今年全区生产总值增长百分之八以上。\n此前，二00九年全区生产总值增长百分之十一。');
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period?.year}`)).toEqual(['11% 2009']);
  });

  it('leaves numerals that are no year (must not fire)', () => {
    for (const text of [
      '二十二年来',
      '一二三四年级',
      '十二〇二五年',
      '二〇二五',
      '第十四个五年规划',
      '一千二百年',
      '第二00年',
      '12000年',
      '二00',
      '二00多年',
    ]) {
      expect(cleanText(text).text, text).toBe(text);
    }
  });
});

describe('keyword spam a hacked page injects into sentences', () => {
  it('goes, even inside a word, and the words around it join again', () => {
    expect(cleanText('全年单位GDP能光算谷歌seotrong>光算谷歌外链耗降低3%左右').text).toBe('全年单位GDP能耗降低3%左右');
    expect(cleanText('社会消费品零售总额增长光算谷歌seo光算谷歌外链7%').text).toBe('社会消费品零售总额增长7%');
    expect(extractPlan('今年主要预期目标：规上工业增加值增长百度外链8%左右。').targets.map((t) => `${t.metric} ${t.value}`)).toEqual(['规上工业增加值 8']);
  });

  it.each([
    '引进谷歌、百度等企业区域总部3家。',
    '与百度合作建设智能网联汽车测试道路50公里。',
    '光算法研究中心建成投用。',
    '谷歌地图数据显示，游客增长12%。',
    '开展搜索引擎优化（SEO）培训2期。',
    '百度指数排名全省第3位。',
  ])('leaves ordinary words alone: %s', (text) => {
    expect(cleanText(text).text).toBe(text);
  });
});

describe('page numbers a PDF or Word extraction left in the text', () => {
  it('go, inside a sentence too, and a sentence split by a page-number line joins again', () => {
    expect(cleanText('全年粮食产量达到52万吨第3页共20页，比上年增长2%').text).toBe('全年粮食产量达到52万吨，比上年增长2%');
    expect(cleanText('今年工业投资增长12%\n第 4 页 共 20 页\n以上，服务业增加值增长6%。').text).toBe('今年工业投资增长12%以上，服务业增加值增长6%。');
    expect(cleanText('城乡居民收入增长7%。\n- 5 -\n全年新增就业3000人。').text).toBe('城乡居民收入增长7%。\n全年新增就业3000人。');
    const text = '今年主要目标：工业投资增长12%\n— 4 —\n以上，服务业增加值增长6%。';
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}`)).toEqual(['工业投资 >= 12', '服务业增加值 = 6']);
    const [s, e] = plan.targets[0]!.span!;
    expect(text.slice(s, e)).toBe('工业投资增长12%\n— 4 —\n以上');
  });

  it.each([
    '本规划文本共86页，分为八章。',
    '全书共320页，第5页起为附表。',
    '详见附件第3页表格。',
    '项目建设期3-5年，总投资12亿元。',
    '规上工业增加值增长-3.2%，降幅收窄。',
    '2024年1—3月完成投资8亿元。',
  ])('leave ordinary sentences alone: %s', (text) => {
    expect(cleanText(text).text).toBe(text);
  });
});

describe('marks scattered around a figure', () => {
  it('go: a doubled per cent sign, a quote inside the figure, quotes around a figure alone', () => {
    expect(cleanText('城镇登记失业率控制在4%%以内').text).toBe('城镇登记失业率控制在4%以内');
    expect(cleanText('进出口增长2.5％％').text).toBe('进出口增长2.5%');
    expect(cleanText('服务业增加值增长8”%以上').text).toBe('服务业增加值增长8%以上');
    expect(cleanText('全区生产总值增长“5.5%”左右，税收达到“30亿元”').text).toBe('全区生产总值增长5.5%左右，税收达到30亿元');
    const text = '今年全区生产总值增长“5.5%”左右。';
    const [target] = extractPlan(text).targets;
    expect(`${target?.metric} ${target?.comparator} ${target?.value}`).toBe('生产总值 ~ 5.5');
  });

  it('go around a quoted range, and around corner brackets as Hong Kong and Taiwan sites quote', () => {
    expect(cleanText('全县财政收入增长目标为“6%-7%”。').text).toBe('全县财政收入增长目标为6%-7%。');
    expect(cleanText('今年该省出口增长目标为「3%至4%」，投资增长「8%以上」').text).toBe('今年该省出口增长目标为3%至4%，投资增长8%以上');
    const [target] = extractPlan('今年全市生产总值增长目标为「6%至6.5%」。').targets;
    expect(`${target?.kind} ${target?.comparator} ${target?.value}-${target?.max}`).toBe('growth range 6-6.5');
  });

  it('keep corner-bracketed names and a figure quoted after 的 quoted (as the mainland quotes them)', () => {
    expect(cleanText('推进「1+N」政策体系，实施「3-5年」行动，开展「2-3」结对帮扶。').text).toBe('推进“1+N”政策体系，实施“3-5年”行动，开展“2-3”结对帮扶。');
    expect(cleanText('今年增速较去年的「6%左右」有所下调。').text).toBe('今年增速较去年的“6%左右”有所下调。');
  });

  it.each([
    '实施“361”工程，推进“1+1”结对。',
    '较上年的“5.5%”回落。',
    '打造“224X”产业体系。',
    '开展“双11”促消费活动。',
    '提出“两个50%”的要求。',
    '“十四五”期间年均增长6%。',
    '他说：“今年增长6%。”',
    '完成率100%。',
  ])('leave quoted names and ordinary sentences alone: %s', (text) => {
    expect(cleanText(text).text).toBe(text);
  });
});

describe('a unit a wrapped line left at the start of the next', () => {
  it('joins the number it belongs to', () => {
    expect(cleanText('全年完成固定资产投资120\n亿元，增长8%').text).toBe('全年完成固定资产投资120亿元，增长8%');
    expect(cleanText('城镇新增就业1.2\n万人以上，失业率3%').text).toBe('城镇新增就业1.2万人以上，失业率3%');
    expect(cleanText('占比提高2\n个百分点。').text).toBe('占比提高2个百分点。');
    const [target] = extractPlan('2025年主要预期目标：全年完成固定资产投资120\n亿元。').targets;
    expect(`${target?.value}${target?.unit}`).toBe('120亿元');
  });

  it('leaves words that only start with a unit, tables and lines of a number alone', () => {
    for (const text of [
      '对照附件2\n个人所得税政策执行。',
      '全县培育示范社3\n家庭农场另计。',
      '目标到2025\n人民生活水平显著提高。',
      '地区生产总值\t120\n亿元\t增长',
      '120\n亿元',
    ]) {
      expect(cleanText(text).text).toBe(text);
    }
  });
});

describe('a line break inside a decimal', () => {
  it('joins the number the page wrapped after its point', () => {
    expect(cleanText('全年税收收入增长6.\n8%，达到15亿元').text).toBe('全年税收收入增长6.8%，达到15亿元');
    const text = '今年主要目标：工业投资增长12.\n5%以上。';
    const [target] = extractPlan(text).targets;
    expect(`${target?.metric} ${target?.comparator} ${target?.value}`).toBe('工业投资 >= 12.5');
  });

  it('joins the number the page wrapped before its point', () => {
    expect(cleanText('全年税收收入增长6\n.8%，达到15亿元').text).toBe('全年税收收入增长6.8%，达到15亿元');
    const [target] = extractPlan('今年主要目标：工业投资增长12\n.5%以上。').targets;
    expect(`${target?.metric} ${target?.comparator} ${target?.value}`).toBe('工业投资 >= 12.5');
  });

  it.each(['1.\n2025年主要目标', '目标如下：\n2.\n3个项目开工', '增长6%。\n2.全年新增就业3000人', '共3\n.net域名', '增长6%\n.5个百分点'])(
    'leaves an item number alone: %j',
    (text) => {
      expect(cleanText(text).text).toBe(text);
    },
  );
});

describe('a space a PDF left as a thousands separator', () => {
  it('joins the number run on from words, before a unit', () => {
    expect(cleanText('全年蔬菜产量达到2 350万吨').text).toBe('全年蔬菜产量达到2350万吨');
    const [target] = extractPlan('今年主要目标：粮食产量稳定在1 120万吨以上。').targets;
    expect(`${target?.metric} ${target?.comparator} ${target?.value}`).toBe('粮食产量 >= 1120');
  });

  it.each(['2024年 1 270 1 350', '附件1 500万元以上项目清单', '见表2 300万吨以上企业名单', '截至2023年1 200', '序号 1 200万元', '第3 500名'])(
    'leaves cells, captions and lists alone: %s',
    (text) => {
      expect(cleanText(text).text.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      expect(cleanText(text).text).not.toMatch(/\d{4}万|\d{4}名/);
    },
  );
});

describe('a download site’s watermark at the ends of lines', () => {
  const text = [
    '某县2019年政府工作报告Xq',
    '各位代表：Xq',
    '2018年，全县地区生产总值增长6%。Xq',
    '一般公共预算收入增长5%。X',
    'q',
    '城镇新增就业1200人。',
  ].join('\n');

  it('goes wherever it stands, split by a wrap too, and the figures read as without it', () => {
    const cleaned = cleanText(text).text;
    expect(cleaned).not.toMatch(/X\s?q/);
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['6%', '5%', '1200人']);
    const first = plan.actuals[0]!;
    expect(text.slice(first.span[0], first.span[1])).toContain('6%');
  });

  it('leaves acronyms, file endings and a token on fewer lines alone', () => {
    const words = ['全市GDP', '人均GDP', '单位GDP', 'photo.jpg', 'photo2.jpg', 'photo3.jpg', '某页Ab', '另一页Ab'].join('\n');
    expect(cleanText(words).text).toBe(words);
  });

  it('leaves a unit or a product name that ends lines after a figure or a word (kWh, App)', () => {
    const units = ['可再生能源发电量达到30亿kWh', '年放电量1亿kWh', '全社会用电量控制在200亿kWh', '储能规模达到5万kWh。'].join('\n');
    expect(cleanText(units).text).toBe(units);
    const apps = ['全部接入“i市民”App', '上线“一网通办”App', '推广“企业通”App'].join('\n');
    expect(cleanText(apps).text).toBe(apps);
  });
});

describe('debris of Big5 and Hong Kong reposts of national and provincial news', () => {
  it('reads 陜 (the Taiwan and Hong Kong form of 陝) as 陕', () => {
    expect(cleanText('陜西省省長作政府工作報告').text).toBe('陕西省省长作政府工作报告');
  });

  it('drops a whole word glossed in one bracket (零售(língshòu)额), so the metric before a figure reads clean', () => {
    expect(cleanText('全市工业产值(chǎnzhí)增长6%，进出口(jìnchūkǒu)总额增长9%').text).toBe('全市工业产值增长6%，进出口总额增长9%');
    expect(cleanText('记者(jìzhě)从市统计局(tǒngjìjú)获悉').text).toBe('记者从市统计局获悉');
    // Not an English word, a toneless pair of syllables or an abbreviation in brackets: they stay.
    expect(cleanText('新设基金(beta)一支').text).toContain('beta');
    expect(cleanText('项目代号(xinhua)启动').text).toContain('xinhua');
    expect(cleanText('区块链(BaaS)平台').text).toContain('BaaS');
    expect(cleanText('温度(25℃)以下').text).toContain('25℃');
  });

  it('drops a transliteration whose closing bracket a space precedes (會(huì )議), as one without', () => {
    expect(cleanText('全國政協會(huì )議新聞發(fā)布會(huì )舉行').text).toBe('全国政协会议新闻发布会举行');
    // Not a toneless letter or two in brackets with a space: the letters stay.
    expect(cleanText('单位（a ）').text).toContain('a');
    expect(cleanText('项目(an )').text).toContain('an');
  });
});

describe('a part heading that a PDF page in columns set beside the next column’s words', () => {
  const gap = ' '.repeat(14);
  const page = (heading: string) =>
    `政府工作报告\n（2021年1月8日）\n${heading}${gap}在全省率先完成各项改革任务,城乡\n${' '.repeat(8)}一年来,全市地区生产总值增长4.5%${gap}面貌焕然一新\n二、2021年工作安排\n今年全市地区生产总值增长7%左右。`;

  it('ends the heading at the gap, so its part and year date the results under it', () => {
    const plan = extractPlan(page('一、2020 年工作回顾'));
    expect(plan.actuals.map((a) => `${a.value} ${a.period.year}`)).toEqual(['4.5 2020']);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['7 2021']);
  });

  it('keeps the spans on the original characters', () => {
    const original = page('（一）2020 年工作回顾');
    const m = cleanText(original);
    expect(m.text).toContain('（一）2020年工作回顾\n');
    expect(behind(original, '在全省率先完成各项改革任务')).toBe('在全省率先完成各项改革任务');
  });

  it('leaves a spaced table’s category row, a heading with a short gap, and prose alone', () => {
    const row = `一、经济发展${gap}地区生产总值${gap}亿元${gap}500`;
    expect(cleanText(row).text).not.toContain('\n');
    expect(cleanText('一、2020年工作回顾  一年来，全市上下团结奋进').text).not.toContain('\n');
    expect(cleanText(`全市上下团结奋进、克难攻坚${gap}在全省率先完成各项改革任务`).text).not.toContain('\n');
  });
});

describe('reposted text normalised first', () => {
  const prose = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}项工作稳步推进，各项任务按期完成，群众满意度持续提升。`).join('');

  it('reads full-width digits before the counters and years are checked', () => {
    const m = cleanText('０次浏览\n明年增长２．５％左右。');
    expect(m.text).toBe('明年增长2.5%左右。');
    expect(behind('０次浏览\n明年增长２．５％左右。', '2.5%')).toBe('２．５％');
  });

  it('leaves full-width prose punctuation as it is', () => {
    expect(cleanText('（一）增长５％，达到１０亿元；').text).toBe('（一）增长5%，达到10亿元；');
  });

  it('puts line breaks back in a long text joined onto one line', () => {
    const text = `某市2024年政府工作报告 ——2024年1月10日 一、2023年工作回顾 ${prose(6)} 二、2024年主要目标 全年增长5%左右。`;
    const m = cleanText(text);
    expect(m.text.split('\n').slice(0, 3)).toEqual(['某市2024年政府工作报告', '——2024年1月10日', '一、2023年工作回顾']);
    expect(m.text).toContain('\n二、2024年主要目标\n全年增长5%左右。');
    expect(behind(text, '5%')).toBe('5%');
  });

  it('does not break a one-line text between a word and a figure, nor a short, spaced or multi-line one', () => {
    expect(cleanText(`${prose(6)}全年增长 10% 以上。`).text).toContain('全年增长10%以上。');
    expect(cleanText('某县 工作 要点 全年 增长 5%。').text).not.toContain('\n');
    const scattered = `${'增 长 稳 定 '.repeat(30)}。`;
    expect(cleanText(scattered).text).not.toContain('\n');
    const multiLine = `${prose(4)} 二、主要目标\n${prose(4)}`;
    expect(cleanText(multiLine).text.split('\n')).toHaveLength(2);
  });
});

describe('a one-line repost: where its lines broke', () => {
  const prose = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}项工作稳步推进，各项任务按期完成，群众满意度持续提升。`).join('');

  it('breaks after a label or sentence closed with ASCII punctuation, before a list mark, a book title or a bracketed tag', () => {
    const lines = cleanText(
      `各镇人民政府,区直各部门: ${prose(5)} ●全年增长6%左右 ●新增就业1万人 第02版:某某两会 《政府工作报告》解读 【两会速递】${prose(2)}`,
    ).text.split('\n');
    expect(lines[0]).toBe('各镇人民政府，区直各部门：');
    expect(lines).toContain('●全年增长6%左右');
    expect(lines).toContain('第02版：某某两会');
    expect(lines).toContain('《政府工作报告》解读');
    expect(lines.some((l) => l.startsWith('【两会速递】'))).toBe(true);
  });

  it('sets a figure dateline and its time on a line of their own, and breaks before an abstract body mark', () => {
    const text = `关于某市2023年计划执行情况的报告 2024-02-29 10:38:07 来源：某市日报 ${prose(5)} 摘要 <正>${prose(1)}`;
    const lines = cleanText(text).text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['关于某市2023年计划执行情况的报告', '2024-02-29 10:38:07', '来源：某市日报']);
    expect(lines).toContain('摘要');
  });

  it('keeps a headline spaced out letter by letter on one line, and a figure with the word before it', () => {
    const lines = cleanText(`某 某 市 政 府 工 作 报 告（摘要） 一、2023年工作回顾 ${prose(8)}全年增长 10% 以上。`).text.split('\n');
    expect(lines[0]).toBe('某某市政府工作报告（摘要）');
    expect(lines[1]).toBe('一、2023年工作回顾');
    expect(lines.at(-1)).toContain('全年增长10%以上。');
  });

  it('reads a one-line table with many spaces as joined lines, but not a PDF line whose spaces stand between lone characters', () => {
    const table = `${prose(8)} 指标 单位 目标 完成 地区生产总值 亿元 300 310 一般公共预算收入 亿元 20 21 ${prose(1)}`;
    expect(cleanText(table).text.split('\n').length).toBeGreaterThan(3);
    const scattered = `${prose(4)}${'全 年 增 长 稳 定 '.repeat(8)}`;
    expect(cleanText(scattered).text).not.toContain('\n');
  });

  it('leaves an HTML page to its tags, not a text with a lone angle-bracket mark', () => {
    expect(cleanText(`<p>${prose(4)} ${prose(4)}</p>`).text).not.toContain('\n');
    expect(cleanText(`摘要 <正>${prose(8)} 二、主要目标 全年增长5%左右。`).text).toContain('\n二、主要目标\n');
  });
});
